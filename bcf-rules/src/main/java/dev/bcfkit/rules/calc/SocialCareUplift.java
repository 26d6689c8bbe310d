package dev.bcfkit.rules.calc;

import dev.bcfkit.core.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The minimum NHS contribution to adult social care in 2017-19 (Condition 2, {@code [002:673-675]}):
 * "increased by 1.79% and 1.9% ... in 2017-18 and in 2018-19 respectively", from the assured
 * 2016/17 baseline; or, frontloaded, "frontload the 2018-19 uplift in 2017-18 and then carry over
 * the same level of contribution in 2018-19 as in 2017-18".
 *
 * <p><b>Decision</b> (ours; the papers give the percentages, not the rounding): the uplifts compound; each year's minimum is rounded to whole
 * pounds {@link RoundingMode#HALF_UP} and the next uplift applies to that rounded figure. For the
 * frontloaded option the library applies the same per-step rule: the 2017/18 minimum is
 * {@code round(round(baseline x 1.0179) x 1.019)}, which is exactly the normal 2018/19 minimum,
 * and 2018/19 carries it over unchanged. So £1,000,000 gives £1,017,900 then £1,037,240 normally,
 * and £1,037,240 in both years frontloaded.
 */
public final class SocialCareUplift {
    /** The 2017/18 uplift, 1.79% ({@code [002:674]}). */
    public static final BigDecimal UPLIFT_2017_18 = new BigDecimal("1.0179");
    /** The 2018/19 uplift, 1.9% ({@code [002:674]}). */
    public static final BigDecimal UPLIFT_2018_19 = new BigDecimal("1.019");

    private SocialCareUplift() {
    }

    /**
     * The minimum contributions for the two years, in whole pounds.
     *
     * @param year2017to18 the 2017/18 minimum
     * @param year2018to19 the 2018/19 minimum
     */
    public record Minimums(Money year2017to18, Money year2018to19) {
        /**
         * @param year2017to18 the 2017/18 minimum
         * @param year2018to19 the 2018/19 minimum
         * @throws CalculationException if either is null
         */
        public Minimums {
            Inputs.present("year2017to18", year2017to18);
            Inputs.present("year2018to19", year2018to19);
        }
    }

    /**
     * The minimum contributions from a 2016/17 baseline ({@code [002:673-675]};
     * the decision above): normally {@code m17 = round(baseline x 1.0179)} and {@code m18 = round(m17 x 1.019)};
     * frontloaded {@code m17 = round(round(baseline x 1.0179) x 1.019)} and {@code m18 = m17}.
     * Every rounding is to whole pounds, HALF_UP.
     *
     * @param baseline2016to17 the assured 2016/17 baseline, £0 or more
     * @param frontloaded whether the area frontloads the 2018/19 uplift into 2017/18
     * @return the two minimums
     * @throws CalculationException if the baseline is null or negative
     */
    public static Minimums minimums(Money baseline2016to17, boolean frontloaded) {
        Inputs.nonNegative("baseline2016to17", baseline2016to17);
        Money m17 = baseline2016to17.times(UPLIFT_2017_18, 0, RoundingMode.HALF_UP);
        Money m18 = m17.times(UPLIFT_2018_19, 0, RoundingMode.HALF_UP);
        return frontloaded ? new Minimums(m18, m18) : new Minimums(m17, m18);
    }
}
