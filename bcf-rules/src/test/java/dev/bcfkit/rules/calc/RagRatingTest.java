package dev.bcfkit.rules.calc;

import static dev.bcfkit.core.metrics.Direction.HIGHER_IS_BETTER;
import static dev.bcfkit.core.metrics.Direction.LOWER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.metrics.Trend;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RagRatingTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void nottinghamshireQ2Of2017To18IsReproducedWithTheDefaultTolerance() {
        // [000:23-26] Table 1: G, G, A, R
        assertEquals(Rag.GREEN, RagRating.rate(d("21722"), d("21488"), LOWER_IS_BETTER));
        assertEquals(Rag.GREEN, RagRating.rate(d("565.6"), d("493"), LOWER_IS_BETTER));
        assertEquals(Rag.AMBER, RagRating.rate(d("85"), d("84"), HIGHER_IS_BETTER));
        assertEquals(Rag.RED, RagRating.rate(d("613.7"), d("644.14"), LOWER_IS_BETTER));
        // the same with the tolerance given explicitly, and the directions the metric kinds declare
        BigDecimal tol = RagRating.DEFAULT_AMBER_TOLERANCE_PERCENT;
        assertEquals(d("2.5"), tol);
        assertEquals(Rag.GREEN, RagRating.rate(d("21722"), d("21488"),
                MetricKind.NON_ELECTIVE_ADMISSIONS.direction(), tol));
        assertEquals(Rag.GREEN, RagRating.rate(d("565.6"), d("493"),
                MetricKind.RESIDENTIAL_ADMISSIONS.direction(), tol));
        assertEquals(Rag.AMBER, RagRating.rate(d("85"), d("84"), MetricKind.REABLEMENT.direction(), tol));
        assertEquals(Rag.RED, RagRating.rate(d("613.7"), d("644.14"),
                MetricKind.DELAYED_TRANSFERS_OF_CARE.direction(), tol));
    }

    @Test
    void theShortfallsBehindTheTable() {
        assertEquals(d("0.000000"), RagRating.shortfallPercent(d("21722"), d("21488"), LOWER_IS_BETTER));
        assertEquals(d("1.176471"), RagRating.shortfallPercent(d("85"), d("84"), HIGHER_IS_BETTER));
        assertEquals(d("4.960078"), RagRating.shortfallPercent(d("613.7"), d("644.14"), LOWER_IS_BETTER));
    }

    @Test
    void theToleranceMovesTheAmberBoundary() {
        // BCF3 is 1.1765% short: AMBER at 1.18%, RED at 1.17%
        assertEquals(Rag.RED, RagRating.rate(d("85"), d("84"), HIGHER_IS_BETTER, d("1.17")));
        assertEquals(Rag.AMBER, RagRating.rate(d("85"), d("84"), HIGHER_IS_BETTER, d("1.18")));
        // BCF4 is 4.9601% short: AMBER at 4.97%, RED at 4.96%
        assertEquals(Rag.AMBER, RagRating.rate(d("613.7"), d("644.14"), LOWER_IS_BETTER, d("4.97")));
        assertEquals(Rag.RED, RagRating.rate(d("613.7"), d("644.14"), LOWER_IS_BETTER, d("4.96")));
        // a tolerance of 0 leaves only GREEN and RED
        assertEquals(Rag.RED, RagRating.rate(d("85"), d("84.999"), HIGHER_IS_BETTER, BigDecimal.ZERO));
        assertEquals(Rag.GREEN, RagRating.rate(d("85"), d("85.000"), HIGHER_IS_BETTER, BigDecimal.ZERO));
    }

    @Test
    void theAmberBoundaryIsInclusiveAndExact() {
        assertEquals(Rag.AMBER, RagRating.rate(d("100"), d("102.5"), LOWER_IS_BETTER, d("2.5")));
        assertEquals(Rag.RED, RagRating.rate(d("100"), d("102.5000001"), LOWER_IS_BETTER, d("2.5")));
        assertEquals(Rag.AMBER, RagRating.rate(d("100"), d("97.5"), HIGHER_IS_BETTER, d("2.5")));
        // 301 against 300 is 0.3333...% short; the rounded shortfall 0.333333 is a little less than that,
        // so as a tolerance it is exceeded: the comparison does not use the rounded figure
        BigDecimal rounded = RagRating.shortfallPercent(d("300"), d("301"), LOWER_IS_BETTER);
        assertEquals(d("0.333333"), rounded);
        assertEquals(Rag.RED, RagRating.rate(d("300"), d("301"), LOWER_IS_BETTER, rounded));
        assertEquals(Rag.AMBER, RagRating.rate(d("300"), d("301"), LOWER_IS_BETTER, d("0.333334")));
    }

    @Test
    void aZeroTargetNotMetIsRed() {
        assertEquals(Rag.GREEN, RagRating.rate(BigDecimal.ZERO, BigDecimal.ZERO, LOWER_IS_BETTER));
        assertEquals(Rag.GREEN, RagRating.rate(BigDecimal.ZERO, d("3"), HIGHER_IS_BETTER));
        assertEquals(Rag.RED, RagRating.rate(BigDecimal.ZERO, d("0.01"), LOWER_IS_BETTER, d("1000")));
        CalculationException e = assertThrows(CalculationException.class,
                () -> RagRating.shortfallPercent(BigDecimal.ZERO, d("0.01"), LOWER_IS_BETTER));
        assertTrue(e.getMessage().startsWith("target:") && e.getMessage().contains("0.01"), e.getMessage());
        assertEquals(d("0.000000"), RagRating.shortfallPercent(BigDecimal.ZERO, BigDecimal.ZERO, LOWER_IS_BETTER));
    }

    @Test
    void aNegativeTargetIsMeasuredAgainstItsMagnitude() {
        // a net change of -10 targeted, -9.8 achieved, higher is better: 2% short
        assertEquals(d("2.000000"), RagRating.shortfallPercent(d("-10"), d("-9.8"), LOWER_IS_BETTER));
        assertEquals(Rag.AMBER, RagRating.rate(d("-10"), d("-9.8"), LOWER_IS_BETTER));
    }

    @Test
    void midNottinghamshireOutcomesWhereLowIsGood() {
        // [001:36-41] Mid-Nottinghamshire's own targets, where "Low is good for all the indicators" ([001:29])
        assertTrue(RagRating.isMet(d("28"), d("25"), LOWER_IS_BETTER));
        assertFalse(RagRating.isMet(d("8000"), d("9000"), LOWER_IS_BETTER));
        assertFalse(RagRating.isMet(d("2700"), d("3100"), LOWER_IS_BETTER));
        assertFalse(RagRating.isMet(d("14000"), d("14300"), LOWER_IS_BETTER));
        // meeting the target exactly is meeting it
        assertTrue(RagRating.isMet(d("28"), d("28.0"), LOWER_IS_BETTER));
        assertTrue(RagRating.isMet(d("85"), d("85"), HIGHER_IS_BETTER));
        assertFalse(RagRating.isMet(d("28"), d("25"), HIGHER_IS_BETTER));
        // and as ratings: 12.5%, 14.8% and 2.1% short
        assertEquals(Rag.RED, RagRating.rate(d("8000"), d("9000"), LOWER_IS_BETTER));
        assertEquals(Rag.RED, RagRating.rate(d("2700"), d("3100"), LOWER_IS_BETTER));
        assertEquals(Rag.AMBER, RagRating.rate(d("14000"), d("14300"), LOWER_IS_BETTER));
    }

    @Test
    void trendsAreGoodnessAdjusted() {
        // BCF1 "G ↑": admissions fell, which is better ([000:23])
        assertEquals(Trend.IMPROVING, RagRating.trend(d("22000"), d("21488"), LOWER_IS_BETTER));
        assertEquals(Trend.WORSENING, RagRating.trend(d("600"), d("644.14"), LOWER_IS_BETTER));
        assertEquals(Trend.IMPROVING, RagRating.trend(d("82"), d("84"), HIGHER_IS_BETTER));
        assertEquals(Trend.WORSENING, RagRating.trend(d("84"), d("82"), HIGHER_IS_BETTER));
        assertEquals(Trend.UNCHANGED, RagRating.trend(d("84"), d("84.00"), HIGHER_IS_BETTER));
        assertEquals("↑", RagRating.trend(d("2"), d("1"), LOWER_IS_BETTER).arrow());
    }

    @Test
    void brokenInputsAreRefusedByName() {
        CalculationException tolerance = assertThrows(CalculationException.class,
                () -> RagRating.rate(d("85"), d("84"), HIGHER_IS_BETTER, d("-1")));
        assertEquals("amberTolerancePercent: expected 0 or more, found -1", tolerance.getMessage());
        assertTrue(assertThrows(CalculationException.class,
                () -> RagRating.rate(null, d("84"), HIGHER_IS_BETTER)).getMessage().startsWith("target:"));
        assertTrue(assertThrows(CalculationException.class,
                () -> RagRating.isMet(d("1"), null, HIGHER_IS_BETTER)).getMessage().startsWith("actual:"));
        assertTrue(assertThrows(CalculationException.class,
                () -> RagRating.isMet(d("1"), d("1"), null)).getMessage().startsWith("direction:"));
        assertTrue(assertThrows(CalculationException.class,
                () -> RagRating.trend(d("1"), null, LOWER_IS_BETTER)).getMessage().startsWith("current:"));
        assertTrue(assertThrows(CalculationException.class,
                () -> RagRating.rate(d("1"), d("1E-1000000000"), LOWER_IS_BETTER)).getMessage()
                .startsWith("actual:"));
    }
}
