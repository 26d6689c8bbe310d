package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.metrics.Rag;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link RagRating#rate} and {@link RagRating#bands} tell the same story: the rating of an actual
 * is the band its shortfall falls in, and the bands cover every shortfall once.
 */
class RagBandsProperties {

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(3);
    }

    @Provide
    Arbitrary<BigDecimal> tolerances() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> shortfalls() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(4);
    }

    /**
     * The rating is the band of the rounded shortfall, wherever rounding cannot move it across a
     * band's edge (the rating itself compares exactly).
     */
    @Property
    void theRatingIsTheBandOfTheShortfall(@ForAll("values") BigDecimal target, @ForAll("values") BigDecimal actual,
            @ForAll Direction direction, @ForAll("tolerances") BigDecimal tolerance) {
        Assume.that(target.signum() != 0);
        BigDecimal shortfall = RagRating.shortfallPercent(target, actual, direction);
        Assume.that(shortfall.subtract(tolerance).abs().compareTo(new BigDecimal("0.00001")) > 0);
        assertEquals(RagRating.bands(tolerance).get(shortfall), RagRating.rate(target, actual, direction, tolerance));
    }

    @Property
    void everyShortfallIsInExactlyOneBand(@ForAll("shortfalls") BigDecimal shortfall,
            @ForAll("tolerances") BigDecimal tolerance) {
        Rag expected = shortfall.signum() == 0 ? Rag.GREEN
                : shortfall.compareTo(tolerance) <= 0 ? Rag.AMBER : Rag.RED;
        assertEquals(expected, RagRating.bands(tolerance).get(shortfall));
        long containing = RagRating.bands(tolerance).asMapOfRanges().keySet().stream()
                .filter(band -> band.contains(shortfall)).count();
        assertEquals(1, containing);
    }
}
