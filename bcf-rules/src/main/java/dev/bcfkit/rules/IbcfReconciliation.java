package dev.bcfkit.rules;

import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.ImprovedBcfFigures;
import dev.bcfkit.rules.calc.Reconciliation;
import java.util.Collection;
import java.util.List;

/**
 * A stated iBCF figure against the sum of the published figures it should equal, judged by
 * DOMAIN.md "Decision (rounded figures)": published figures are rounded to whole pounds, so a
 * difference of at most the tolerance for each rounded term is rounding, not an error
 * ({@code [000:53]}: £16,059,934 against £15,499,646 + £560,287). The rounded terms are the
 * addends: with n addends each off by at most half a unit and the stated figure by another half,
 * the true error is at most (n + 1) / 2 units, which n units cover.
 *
 * @param stated the stated figure
 * @param terms the figures that should add up to it
 * @param computed their exact sum
 * @param difference stated minus computed
 * @param tolerancePerTerm the rounding tolerance for each rounded term
 */
record IbcfReconciliation(Money stated, List<Money> terms, Money computed, Money difference,
        Money tolerancePerTerm) {

    /**
     * @param stated the stated figure
     * @param terms the figures that should add up to it, none null
     * @param tolerancePerTerm the tolerance for each rounded term
     * @return the reconciliation
     */
    static IbcfReconciliation of(Money stated, Collection<Money> terms, Money tolerancePerTerm) {
        List<Money> copy = List.copyOf(terms);
        Money computed = ImprovedBcfFigures.total(copy);
        return new IbcfReconciliation(stated, copy, computed, Reconciliation.difference(stated, computed),
                tolerancePerTerm);
    }

    /** @return whether the figures add up exactly */
    boolean exact() {
        return difference.isZero();
    }

    /** @return whether they differ, but by no more than the tolerance for each rounded term */
    boolean withinRounding() {
        return Reconciliation.isRounding(difference, terms.size(), tolerancePerTerm);
    }

    /** @return whether they differ by more than rounding explains */
    boolean beyondRounding() {
        return !exact() && !withinRounding();
    }

    /**
     * @return the verdict clause of a message: "a difference of £1, within rounding (£1 for each
     *     of 2 rounded figures)" or "... more than rounding explains (...)"
     */
    String verdict() {
        return "a difference of " + difference.abs().format() + ", "
                + (withinRounding() ? "within rounding" : "more than rounding explains") + " ("
                + tolerancePerTerm.format() + " for each of " + terms.size() + " rounded figures)";
    }
}
