package dev.bcfkit.rules.calc;

import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.metrics.Trend;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Red/amber/green rating of a metric against its target and the goodness-adjusted trend, as in
 * Nottinghamshire's "Performance against BCF performance metrics" ({@code [000:20-26]}).
 * Green when the target is met; otherwise Amber when the shortfall relative to the
 * target is within a tolerance, else Red: three bands of the shortfall, {@link #bands}. <b>Decision:</b> the default tolerance is
 * 2.5 per cent, a parameter per metric; it reproduces
 * Nottinghamshire Q2 2017/18: BCF1 G, BCF2 G, BCF3 A (85% vs 84%, 1.18% short), BCF4 R (613.7
 * vs 644.14, 4.96% short).
 *
 * <p>Direction: low is good for admissions and delayed transfers (Nottinghamshire rates
 * non-elective admissions of 21,488 against 21,722 Green and delayed days of 644.14 against 613.7
 * Red, {@code [000:23]}, {@code [000:26]}); high is good for reablement ({@code [000:25]}).
 */
public final class RagRating {
    /**
     * The default amber tolerance, 2.5 per cent of the target: a decision of ours (the papers give
     * RAG ratings, not the rule); it reproduces {@code [000:23-26]}.
     */
    public static final BigDecimal DEFAULT_AMBER_TOLERANCE_PERCENT = new BigDecimal("2.5");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RagRating() {
    }

    /**
     * Whether the target is met: for lower-is-better when {@code actual <= target} (Mid-Notts,
     * "low is good", 25 admissions against a target of 28, {@code [001:38]}); for
     * higher-is-better when {@code actual >= target}.
     *
     * @param target the target
     * @param actual the actual
     * @param direction which way is better
     * @return whether the target is met
     * @throws CalculationException if an input is null or unreasonably large
     */
    public static boolean isMet(BigDecimal target, BigDecimal actual, Direction direction) {
        Inputs.decimal("target", target);
        Inputs.decimal("actual", actual);
        Inputs.present("direction", direction);
        int c = actual.compareTo(target);
        return direction == Direction.LOWER_IS_BETTER ? c <= 0 : c >= 0;
    }

    /**
     * How far the actual falls short of the target, relative to the target's magnitude, in per
     * cent: {@code |actual - target| / |target| x 100} at {@value Rates#SCALE} decimal places,
     * HALF_UP, and 0 when the target is met. Nottinghamshire BCF3: 85 vs 84 gives 1.176471; BCF4:
     * 613.7 vs 644.14 gives 4.960078 ({@code [000:25-26]}).
     *
     * @param target the target
     * @param actual the actual
     * @param direction which way is better
     * @return the shortfall in per cent, 0 or more
     * @throws CalculationException if an input is null, or the target is 0 and not met (no
     *     relative shortfall exists; {@link #rate} rates that case RED)
     */
    public static BigDecimal shortfallPercent(BigDecimal target, BigDecimal actual, Direction direction) {
        if (isMet(target, actual, direction)) {
            return BigDecimal.ZERO.setScale(Rates.SCALE);
        }
        if (target.signum() == 0) {
            throw new CalculationException("target: a shortfall relative to a target of 0 is undefined (actual "
                    + actual.toPlainString() + ")");
        }
        return actual.subtract(target).abs().multiply(HUNDRED)
                .divide(target.abs(), Rates.SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The three bands of the shortfall, in per cent of the target ({@link #shortfallPercent}):
     * {@link Rag#GREEN} for {@code [0..0]} (the target is met), {@link Rag#AMBER} for
     * {@code (0..tolerance]} and {@link Rag#RED} for {@code (tolerance..+∞)}. With the tolerance
     * 2.5%, Nottinghamshire BCF3's shortfall of 1.176471% is AMBER and BCF4's 4.960078% is RED
     * ({@code [000:25-26]}). With a tolerance of 0 the amber band is empty and has no entry. A
     * negative shortfall is in no band ({@code get} returns null).
     *
     * @param amberTolerancePercent the largest shortfall, in per cent of the target, rated AMBER; 0 or more
     * @return the bands, each shortfall in at most one
     * @throws CalculationException if the tolerance is null, negative or unreasonably large
     */
    public static ImmutableRangeMap<BigDecimal, Rag> bands(BigDecimal amberTolerancePercent) {
        Inputs.nonNegative("amberTolerancePercent", amberTolerancePercent);
        return bands(HUNDRED, amberTolerancePercent);
    }

    /**
     * The bands of the shortfall in the metric's own units, for a target of magnitude
     * {@code scale / 100}: the amber band ends at {@code tolerance x scale / 100}. Scaling the
     * bands, not the shortfall, keeps the comparison exact.
     */
    private static ImmutableRangeMap<BigDecimal, Rag> bands(BigDecimal scale, BigDecimal amberTolerancePercent) {
        BigDecimal amberTop = amberTolerancePercent.multiply(scale).movePointLeft(2);
        ImmutableRangeMap.Builder<BigDecimal, Rag> bands = ImmutableRangeMap.<BigDecimal, Rag>builder()
                .put(Range.singleton(BigDecimal.ZERO), Rag.GREEN);
        if (amberTop.signum() > 0) {
            bands.put(Range.openClosed(BigDecimal.ZERO, amberTop), Rag.AMBER);
        }
        return bands.put(Range.greaterThan(amberTop), Rag.RED).build();
    }

    /**
     * Rates an actual against a target: {@link Rag#GREEN} when met; {@link Rag#AMBER} when the
     * exact relative shortfall is at most the tolerance (inclusive); otherwise {@link Rag#RED}, as
     * in {@link #bands}. A target of 0 that is not met is RED (the amber band of a target of 0 is
     * empty). The comparison is exact: the shortfall {@code |actual - target|} is looked up in the
     * bands scaled to the target ({@code |actual - target| x 100 <= tolerance x |target|} is
     * AMBER), so the result does not depend on how {@link #shortfallPercent} is rounded. With the
     * tolerance 2.5%: Nottinghamshire BCF3 85 vs 84 is AMBER, BCF4 613.7 vs 644.14 is RED
     * ({@code [000:25-26]}).
     *
     * @param target the target
     * @param actual the actual
     * @param direction which way is better
     * @param amberTolerancePercent the largest shortfall, in per cent of the target, rated AMBER; 0 or more
     * @return the rating
     * @throws CalculationException if an input is null or the tolerance is negative
     */
    public static Rag rate(BigDecimal target, BigDecimal actual, Direction direction,
            BigDecimal amberTolerancePercent) {
        Inputs.nonNegative("amberTolerancePercent", amberTolerancePercent);
        BigDecimal shortfall = isMet(target, actual, direction) ? BigDecimal.ZERO : actual.subtract(target).abs();
        return bands(target.abs(), amberTolerancePercent).get(shortfall);
    }

    /**
     * Rates with the default tolerance of 2.5 per cent (the
     * decision above), as {@link #rate(BigDecimal, BigDecimal, Direction, BigDecimal)}.
     *
     * @param target the target
     * @param actual the actual
     * @param direction which way is better
     * @return the rating
     * @throws CalculationException if an input is null
     */
    public static Rag rate(BigDecimal target, BigDecimal actual, Direction direction) {
        return rate(target, actual, direction, DEFAULT_AMBER_TOLERANCE_PERCENT);
    }

    /**
     * The trend from the previous period, goodness-adjusted: {@link Trend#IMPROVING} means
     * better whatever the direction (Nottinghamshire BCF1 "G ↑" for admissions falling against a
     * lower-is-better target, {@code [000:23]}); equal values are {@link Trend#UNCHANGED}.
     *
     * @param previous the previous period's value
     * @param current this period's value
     * @param direction which way is better
     * @return the trend
     * @throws CalculationException if an input is null
     */
    public static Trend trend(BigDecimal previous, BigDecimal current, Direction direction) {
        Inputs.decimal("previous", previous);
        Inputs.decimal("current", current);
        Inputs.present("direction", direction);
        int c = current.compareTo(previous);
        if (c == 0) {
            return Trend.UNCHANGED;
        }
        boolean better = direction == Direction.LOWER_IS_BETTER ? c < 0 : c > 0;
        return better ? Trend.IMPROVING : Trend.WORSENING;
    }
}
