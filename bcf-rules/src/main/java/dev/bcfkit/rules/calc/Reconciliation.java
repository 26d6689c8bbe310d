package dev.bcfkit.rules.calc;

import dev.bcfkit.core.Money;
import java.math.BigDecimal;

/**
 * Reconciling a stated figure with one computed from its parts, when the papers print figures
 * rounded to whole pounds. <b>Decision (rounded figures, derived):</b> a difference of at most
 * the tolerance (£1 by default) per rounded term is rounding, reported as information rather
 * than an error. Nottinghamshire: "Of the total £16,059,934 ... £15,499,646 is on track to be
 * spent ... £560,287 has therefore been identified" ({@code [000:53]}); the parts add up to
 * £16,059,933, £1 short, with two rounded terms.
 */
public final class Reconciliation {
    private Reconciliation() {
    }

    /**
     * The stated figure minus the computed one, exactly: 16,059,934 - 16,059,933 = 1
     * ({@code [000:53]}).
     *
     * @param stated the figure as stated
     * @param computed the figure computed from its parts
     * @return {@code stated - computed}
     * @throws CalculationException if an input is null
     */
    public static Money difference(Money stated, Money computed) {
        return Inputs.money("stated", stated).minus(Inputs.money("computed", computed));
    }

    /**
     * Whether a non-zero difference can be explained by rounding:
     * {@code 0 < |difference| <= roundedTerms x tolerancePerTerm}. A zero difference is not
     * rounding (there is nothing to explain); £1 with two terms rounded to £1 is ({@code [000:53]}).
     *
     * @param difference the difference, of either sign
     * @param roundedTerms how many of the figures involved were rounded, 0 or more
     * @param tolerancePerTerm the most each rounded term can be out, £0 or more (usually £1)
     * @return whether the difference is within the rounding tolerance
     * @throws CalculationException if an input is null or negative
     */
    public static boolean isRounding(Money difference, int roundedTerms, Money tolerancePerTerm) {
        Inputs.money("difference", difference);
        Inputs.nonNegative("roundedTerms", roundedTerms);
        Inputs.nonNegative("tolerancePerTerm", tolerancePerTerm);
        if (difference.isZero()) {
            return false;
        }
        BigDecimal allowed = tolerancePerTerm.amount().multiply(BigDecimal.valueOf(roundedTerms));
        return difference.abs().amount().compareTo(allowed) <= 0;
    }
}
