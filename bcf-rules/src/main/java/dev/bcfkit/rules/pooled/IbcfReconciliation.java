package dev.bcfkit.rules.pooled;

import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.ImprovedBcfFigures;
import dev.bcfkit.rules.calc.Reconciliation;
import java.util.Collection;
import java.util.List;

/**
 * A stated iBCF figure against the sum of the published figures it should equal. Published
 * figures are rounded, so a difference that rounding explains is not an error. Derived: the
 * tolerance follows the precision each figure is given in ({@link PublishedPrecision}). For
 * figures to the pound the allowance is the caller's tolerance (£1 by default) for each addend:
 * with n addends each off by at most half a pound and the stated figure by another half, the
 * true error is at most (n + 1) / 2 pounds, which n pounds cover ({@code [000:53]}: £16,059,934
 * against £15,499,646 + £560,287, £1 out). A figure to £0.01m may be out by £5,000, addend or
 * stated ({@code [000:42]}: £16.06m + £21.56m + £26.51m against £64.13m).
 *
 * @param stated the stated figure
 * @param terms the figures that should add up to it
 * @param computed their exact sum
 * @param difference stated minus computed
 * @param tolerancePerTerm the rounding tolerance for each addend given to the pound
 * @param allowed the largest difference rounding explains, from the precision of every figure
 */
record IbcfReconciliation(Money stated, List<Money> terms, Money computed, Money difference,
        Money tolerancePerTerm, Money allowed) {

    /**
     * @param stated the stated figure
     * @param terms the figures that should add up to it, none null
     * @param tolerancePerTerm the tolerance for each rounded term
     * @return the reconciliation
     */
    static IbcfReconciliation of(Money stated, Collection<Money> terms, Money tolerancePerTerm) {
        List<Money> copy = List.copyOf(terms);
        Money computed = ImprovedBcfFigures.total(copy);
        Money allowed = PublishedPrecision.of(stated).statedAllowance();
        for (Money term : copy) {
            allowed = allowed.plus(PublishedPrecision.of(term).addendAllowance(tolerancePerTerm));
        }
        return new IbcfReconciliation(stated, copy, computed, Reconciliation.difference(stated, computed),
                tolerancePerTerm, allowed);
    }

    /** @return whether the figures add up exactly */
    boolean exact() {
        return difference.isZero();
    }

    /** @return whether they differ, but by no more than rounding the figures explains */
    boolean withinRounding() {
        return !difference.isZero() && !difference.abs().isGreaterThan(allowed);
    }

    /** @return whether they differ by more than rounding explains */
    boolean beyondRounding() {
        return !exact() && !withinRounding();
    }

    /**
     * @return the verdict clause of a message: "a difference of £1, within rounding (£1 for each
     *     of 2 rounded figures)" or "... more than rounding explains (...)"; figures given to
     *     £0.01m are named with their £5,000
     */
    String verdict() {
        long roundMillions = terms.stream().filter(t -> PublishedPrecision.of(t)
                == PublishedPrecision.HUNDREDTH_OF_A_MILLION).count();
        boolean statedRound = PublishedPrecision.of(stated) == PublishedPrecision.HUNDREDTH_OF_A_MILLION;
        String why;
        if (roundMillions == 0 && !statedRound) {
            why = tolerancePerTerm.format() + " for each of " + terms.size() + " rounded figures";
        } else {
            long figures = roundMillions + (statedRound ? 1 : 0);
            why = allowed.format() + " in all: " + PublishedPrecision.HALF_A_HUNDREDTH_OF_A_MILLION.format()
                    + " for each of " + figures(figures) + " given to £0.01m"
                    + (terms.size() > roundMillions ? ", " + tolerancePerTerm.format() + " for each of "
                            + figures(terms.size() - roundMillions) + " given to the pound" : "");
        }
        return "a difference of " + difference.abs().format() + ", "
                + (withinRounding() ? "within rounding" : "more than rounding explains") + " (" + why + ")";
    }

    private static String figures(long n) {
        return n + (n == 1 ? " figure" : " figures");
    }
}
