package dev.bcfkit.rules.pooled;

import dev.bcfkit.core.Money;
import java.math.BigDecimal;

/**
 * The precision a published figure is given in, judged from the figure itself because the model
 * keeps the amount, not how it was printed. The papers print iBCF figures in two ways: to the pound
 * ("£16,059,934", {@code [000:53]}) and to £0.01m ("£64.13m over three years - with £16.06m in
 * 2017/18", {@code [000:42]}). Derived: a whole-pound figure that is a non-zero multiple of
 * £10,000 is taken as given to £0.01m, so it may be out by up to half of that, £5,000; any other
 * figure is taken as given to the pound. A figure that happens to be a round £10,000 although
 * exact is judged more leniently, never more strictly.
 */
enum PublishedPrecision {
    /** To the pound, as "£16,059,934" ({@code [000:53]}). */
    POUND("to the pound"),
    /** To £0.01m, as "£16.06m" ({@code [000:42]}). */
    HUNDREDTH_OF_A_MILLION("to £0.01m");

    /** £10,000, the unit of a figure printed to £0.01m. */
    static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    /** Half of it: the most a figure printed to £0.01m can be out by rounding. */
    static final Money HALF_A_HUNDREDTH_OF_A_MILLION = Money.pounds(5_000);

    private final String label;

    PublishedPrecision(String label) {
        this.label = label;
    }

    /** @return how the precision reads in a message, such as "to £0.01m" */
    String label() {
        return label;
    }

    /**
     * @param figure a published figure
     * @return the precision it is taken to be given in
     */
    static PublishedPrecision of(Money figure) {
        BigDecimal amount = figure.amount();
        if (amount.signum() != 0 && amount.remainder(TEN_THOUSAND).signum() == 0) {
            return HUNDREDTH_OF_A_MILLION;
        }
        return POUND;
    }

    /**
     * The most rounding can put this figure out by when it is an addend: the caller's tolerance for a
     * figure to the pound (£1 by default), half of £0.01m for one to £0.01m.
     *
     * @param tolerancePerPound the tolerance for a figure given to the pound
     * @return the allowance
     */
    Money addendAllowance(Money tolerancePerPound) {
        return this == POUND ? tolerancePerPound : HALF_A_HUNDREDTH_OF_A_MILLION;
    }

    /**
     * The most rounding can put the stated figure out by: nothing extra for one to the pound (the
     * addends' £1 each already covers it, as before), half of £0.01m for one to £0.01m.
     *
     * @return the allowance
     */
    Money statedAllowance() {
        return this == POUND ? Money.ZERO : HALF_A_HUNDREDTH_OF_A_MILLION;
    }
}
