package dev.bcfkit.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A figure carries the unit the paper prints, and falls back to the metric's own unit only where none is printed. */
class MetricFiguresTest {

    @Test
    void nottinghamshireBcf4IsInDelayedDaysPer100kPerMonthAsPrinted() {
        // [000:26] "Delayed transfers of care (delayed days) from hospital per 100,000 population
        // (average per month)", "613.7 Q2", "644.14 Q2"
        MetricFigures bcf4 = new MetricFigures("BCF4", new BigDecimal("613.7"), MetricUnit.PER_100K_PER_MONTH, "Q2",
                new BigDecimal("644.14"), MetricUnit.PER_100K_PER_MONTH, "Q2", Rag.RED, Trend.WORSENING, null);
        assertEquals(MetricUnit.PER_100K_PER_MONTH, bcf4.targetUnit());
        assertEquals(MetricUnit.PER_100K_PER_MONTH, bcf4.actualUnitOr(MetricUnit.COUNT));
        assertEquals(MetricUnit.PER_100K_PER_MONTH, bcf4.targetUnitOr(MetricUnit.COUNT));
    }

    @Test
    void aUnitThePaperDoesNotPrintIsTheMetricsOwn() {
        // Southend's "90% against a target of 91.7%" [002:2449] as written before units were carried
        MetricFigures f = new MetricFigures(null, new BigDecimal("91.7"), null, new BigDecimal("90"), "Q4 16/17",
                null, null, null);
        assertNull(f.targetUnit());
        assertNull(f.actualUnit());
        assertEquals(MetricUnit.PERCENT, f.targetUnitOr(MetricKind.PATIENT_EXPERIENCE.unit()));
        assertEquals(MetricUnit.PERCENT, f.actualUnitOr(MetricKind.PATIENT_EXPERIENCE.unit()));
    }

    @Test
    void eachFigureKeepsItsOwnUnit() {
        // a count target beside a rate actual stays as reported: nothing is converted
        MetricFigures mixed = new MetricFigures(null, new BigDecimal("2700"), MetricUnit.COUNT, null,
                new BigDecimal("3100"), MetricUnit.PER_100K, null, null, null, null);
        assertEquals(MetricUnit.COUNT, mixed.targetUnitOr(MetricUnit.PER_100K));
        assertEquals(MetricUnit.PER_100K, mixed.actualUnitOr(MetricUnit.COUNT));
        assertEquals("delayed days", MetricUnit.DELAYED_DAYS.label());
        assertEquals("delayed per day", MetricUnit.DELAYED_PER_DAY.label());
        assertEquals("count", MetricUnit.COUNT.label());
    }
}
