package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.MetricUnit;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.testkit.seeds.NottinghamshireReturn;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures are rated in the units they are reported in, and never across two units. */
class FigureRatingTest {
    private static final BigDecimal TOLERANCE = RagRating.DEFAULT_AMBER_TOLERANCE_PERCENT;

    @Test
    void nottinghamshireTableOneIsRatedInItsOwnUnits() {
        // [000:23-26]: G, G, A, R, each target and actual in the unit the indicator column prints
        List<MetricProgress> metrics = NottinghamshireReturn.q2of2017to18().metrics();
        List<Rag> rated = metrics.stream().map(m -> FigureRating.rate(m.metric(), m.figures(), TOLERANCE)).toList();
        assertEquals(List.of(Rag.GREEN, Rag.GREEN, Rag.AMBER, Rag.RED), rated);
        assertEquals(metrics.stream().map(m -> m.figures().reportedRag()).toList(), rated);
        assertTrue(metrics.stream().allMatch(m -> FigureRating.sameUnit(m.metric(), m.figures())));
        assertEquals("target 613.7 in \"per 100,000 per month\", actual 644.14 in \"per 100,000 per month\"",
                FigureRating.describeUnits(MetricKind.DELAYED_TRANSFERS_OF_CARE, metrics.get(3).figures()));
    }

    @Test
    void aFigureWithoutAUnitIsInTheMetricsOwnUnit() {
        // Southend Q4: "90% against a target of 91.7%" [002:2449]; a file without units reads the same
        MetricFigures unstated = new MetricFigures(null, new BigDecimal("91.7"), null, new BigDecimal("90"), null,
                null, null, null);
        MetricFigures percent = new MetricFigures(null, new BigDecimal("91.7"), null, null, new BigDecimal("90"),
                MetricUnit.PERCENT, null, null, null, null);
        assertTrue(FigureRating.sameUnit(MetricKind.PATIENT_EXPERIENCE, unstated));
        assertTrue(FigureRating.sameUnit(MetricKind.PATIENT_EXPERIENCE, percent));
        assertEquals(Rag.AMBER, FigureRating.rate(MetricKind.PATIENT_EXPERIENCE, percent, TOLERANCE));
        assertFalse(FigureRating.sameUnit(MetricKind.NON_ELECTIVE_ADMISSIONS, percent),
                "a percentage is not the admissions metric's rate per 100,000");
    }

    @Test
    void aCountIsNotComparedWithARate() {
        MetricFigures mixed = new MetricFigures(null, new BigDecimal("10072"), MetricUnit.COUNT, null,
                new BigDecimal("2716.5"), MetricUnit.PER_100K, null, null, null, null);
        CalculationException e = assertThrows(CalculationException.class,
                () -> FigureRating.rate(MetricKind.NON_ELECTIVE_ADMISSIONS, mixed, TOLERANCE));
        assertEquals("figures: target 10072 in \"count\", actual 2716.5 in \"per 100,000\"; a target and an actual in"
                + " different units cannot be compared", e.getMessage());
        MetricFigures daysAgainstRate = new MetricFigures(null, new BigDecimal("613.7"), null, null,
                new BigDecimal("1830"), MetricUnit.DELAYED_DAYS, null, null, null, null);
        assertEquals("figures: target 613.7 in \"per 100,000 per month\" (not stated: the metric's unit), actual 1830"
                + " in \"delayed days\"; a target and an actual in different units cannot be compared",
                assertThrows(CalculationException.class, () -> FigureRating.rate(
                        MetricKind.DELAYED_TRANSFERS_OF_CARE, daysAgainstRate, TOLERANCE)).getMessage());
    }

    @Test
    void missingInputsAreNamed() {
        MetricFigures blank = new MetricFigures(null, null, null, null, null, null, null, null);
        assertEquals("metric: expected a value, found null",
                assertThrows(CalculationException.class, () -> FigureRating.sameUnit(null, blank)).getMessage());
        assertEquals("figures: expected a value, found null", assertThrows(CalculationException.class,
                () -> FigureRating.sameUnit(MetricKind.REABLEMENT, null)).getMessage());
        assertEquals("target 85 in \"%\" (not stated: the metric's unit), actual (blank) in \"%\" (not stated: the"
                + " metric's unit)", FigureRating.describeUnits(MetricKind.REABLEMENT, new MetricFigures(null,
                        new BigDecimal("85"), null, null, null, null, null, null)));
        assertThrows(CalculationException.class, () -> FigureRating.rate(MetricKind.REABLEMENT, blank, TOLERANCE));
    }
}
