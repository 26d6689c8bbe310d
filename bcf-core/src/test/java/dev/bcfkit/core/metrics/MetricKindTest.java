package dev.bcfkit.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bcfkit.core.BcfException;
import org.junit.jupiter.api.Test;

/** Metrics know their unit, direction and population age band. */
class MetricKindTest {

    @Test
    void admissionsAndDelaysAreLowIsGood() {
        // [000:23], [000:26]: admissions and delayed days below target are rated G, above it R
        assertEquals(Direction.LOWER_IS_BETTER, MetricKind.NON_ELECTIVE_ADMISSIONS.direction());
        assertEquals(Direction.LOWER_IS_BETTER, MetricKind.RESIDENTIAL_ADMISSIONS.direction());
        assertEquals(Direction.LOWER_IS_BETTER, MetricKind.DELAYED_TRANSFERS_OF_CARE.direction());
        assertEquals(Direction.HIGHER_IS_BETTER, MetricKind.REABLEMENT.direction());
        assertEquals(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER.flip());
    }

    @Test
    void eachRateHasItsPopulation() {
        assertEquals(AgeBand.ALL_AGES, MetricKind.NON_ELECTIVE_ADMISSIONS.ageBand());   // [002:1267]
        assertEquals(AgeBand.AGED_18_PLUS, MetricKind.DELAYED_TRANSFERS_OF_CARE.ageBand()); // [002:1271]
        assertEquals(AgeBand.AGED_65_PLUS, MetricKind.RESIDENTIAL_ADMISSIONS.ageBand()); // [002:1078]
        assertEquals(MetricUnit.PER_100K_PER_MONTH, MetricKind.DELAYED_TRANSFERS_OF_CARE.unit());
    }

    @Test
    void ratingsReadTheLettersTheReportsPrint() {
        assertEquals(Rag.AMBER, Rag.fromLetter("A")); // [000:25] "A ↑"
        assertThrows(BcfException.class, () -> Rag.fromLetter("Amber"));
        assertEquals("↓", Trend.WORSENING.arrow());
    }

    @Test
    void aPopulationRecordsItsYearAndBand() {
        Population southend = Population.of(AgeBand.ALL_AGES, 2016, 180_589); // [002:1140]
        assertEquals(2016, southend.calendarYear());
        assertEquals(180_589, southend.count());
    }
}
