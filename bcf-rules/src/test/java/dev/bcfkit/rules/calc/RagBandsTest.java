package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.metrics.Rag;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The red/amber/green bands of the shortfall as {@link Range}s: Nottinghamshire's Q2 2017/18
 * ratings ({@code [000:23-26]}) read off the bands with the default tolerance of 2.5%.
 */
class RagBandsTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void theDefaultBandsAreGreenAtNoShortfallAmberToTwoAndAHalfAndRedAbove() {
        ImmutableRangeMap<BigDecimal, Rag> bands = RagRating.bands(RagRating.DEFAULT_AMBER_TOLERANCE_PERCENT);
        assertEquals(Map.of(
                Range.singleton(BigDecimal.ZERO), Rag.GREEN,
                Range.openClosed(BigDecimal.ZERO, d("2.5")), Rag.AMBER,
                Range.greaterThan(d("2.5")), Rag.RED), bands.asMapOfRanges());
    }

    @Test
    void nottinghamshiresShortfallsFallInTheirPrintedBands() {
        ImmutableRangeMap<BigDecimal, Rag> bands = RagRating.bands(RagRating.DEFAULT_AMBER_TOLERANCE_PERCENT);
        // BCF1 21,488 against 21,722, met ([000:23]); BCF3 85% vs 84% ([000:25]); BCF4 613.7 vs 644.14 ([000:26]).
        assertEquals(Rag.GREEN, bands.get(d("0.000000")));
        assertEquals(Rag.AMBER, bands.get(d("1.176471")));
        assertEquals(Rag.RED, bands.get(d("4.960078")));
    }

    @Test
    void theToleranceItselfIsAmberAndTheNextStepRed() {
        ImmutableRangeMap<BigDecimal, Rag> bands = RagRating.bands(d("2.5"));
        assertEquals(Rag.AMBER, bands.get(d("2.500")));
        assertEquals(Rag.RED, bands.get(d("2.500001")));
        assertNull(bands.get(d("-0.1")), "a negative shortfall is in no band");
    }

    @Test
    void aToleranceOfZeroLeavesNoAmberBand() {
        assertEquals(Map.of(Range.singleton(BigDecimal.ZERO), Rag.GREEN, Range.greaterThan(BigDecimal.ZERO), Rag.RED),
                RagRating.bands(BigDecimal.ZERO).asMapOfRanges());
    }

    @Test
    void aNegativeOrMissingToleranceIsRefusedByName() {
        CalculationException negative = assertThrows(CalculationException.class, () -> RagRating.bands(d("-1")));
        assertEquals("amberTolerancePercent: expected 0 or more, found -1", negative.getMessage());
        assertThrows(CalculationException.class, () -> RagRating.bands(null));
    }

    @Test
    void aTargetOfZeroNotMetIsRedThroughItsEmptyAmberBand() {
        assertEquals(Rag.RED, RagRating.rate(BigDecimal.ZERO, d("0.001"), Direction.LOWER_IS_BETTER));
        assertEquals(Rag.GREEN, RagRating.rate(BigDecimal.ZERO, d("-0.001"),
                Direction.LOWER_IS_BETTER));
    }
}
