package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.metrics.Trend;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RagRatingProperties {

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(3);
    }

    @Provide
    Arbitrary<BigDecimal> tolerances() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(2);
    }

    @Property
    void ragIsSymmetricUnderFlippingTheDirectionAndMirroringTheValues(@ForAll("values") BigDecimal target,
            @ForAll("values") BigDecimal actual, @ForAll Direction direction,
            @ForAll("tolerances") BigDecimal tolerance) {
        assertEquals(RagRating.rate(target, actual, direction, tolerance),
                RagRating.rate(target.negate(), actual.negate(), direction.flip(), tolerance));
        assertEquals(RagRating.rate(target, actual, Direction.LOWER_IS_BETTER, tolerance),
                RagRating.rate(target.negate(), actual.negate(), Direction.HIGHER_IS_BETTER, tolerance));
    }

    @Property
    void greenExactlyWhenTheTargetIsMet(@ForAll("values") BigDecimal target, @ForAll("values") BigDecimal actual,
            @ForAll Direction direction, @ForAll("tolerances") BigDecimal tolerance) {
        assertEquals(RagRating.isMet(target, actual, direction),
                RagRating.rate(target, actual, direction, tolerance) == Rag.GREEN);
    }

    @Property
    void aLargerToleranceNeverMakesARatingWorse(@ForAll("values") BigDecimal target,
            @ForAll("values") BigDecimal actual, @ForAll Direction direction,
            @ForAll("tolerances") BigDecimal tolerance, @ForAll("tolerances") BigDecimal more) {
        Rag strict = RagRating.rate(target, actual, direction, tolerance);
        Rag lenient = RagRating.rate(target, actual, direction, tolerance.add(more));
        assertTrue(lenient.compareTo(strict) <= 0, strict + " became " + lenient);
    }

    @Property
    void theRoundedShortfallAgreesWithTheRatingAwayFromTheBoundary(@ForAll("values") BigDecimal target,
            @ForAll("values") BigDecimal actual, @ForAll Direction direction,
            @ForAll("tolerances") BigDecimal tolerance) {
        if (target.signum() == 0 || RagRating.isMet(target, actual, direction)) {
            return;
        }
        BigDecimal shortfall = RagRating.shortfallPercent(target, actual, direction);
        Rag rag = RagRating.rate(target, actual, direction, tolerance);
        BigDecimal margin = new BigDecimal("0.000001");
        if (shortfall.compareTo(tolerance.subtract(margin)) < 0) {
            assertEquals(Rag.AMBER, rag, shortfall + "% short, tolerance " + tolerance);
        } else if (shortfall.compareTo(tolerance.add(margin)) > 0) {
            assertEquals(Rag.RED, rag, shortfall + "% short, tolerance " + tolerance);
        }
    }

    @Property
    void flippingTheDirectionFlipsAnyChangeInTrend(@ForAll("values") BigDecimal previous,
            @ForAll("values") BigDecimal current) {
        Trend lower = RagRating.trend(previous, current, Direction.LOWER_IS_BETTER);
        Trend higher = RagRating.trend(previous, current, Direction.HIGHER_IS_BETTER);
        if (previous.compareTo(current) == 0) {
            assertEquals(Trend.UNCHANGED, lower);
            assertEquals(Trend.UNCHANGED, higher);
        } else {
            assertNotEquals(Trend.UNCHANGED, lower);
            assertNotEquals(lower, higher);
        }
    }
}
