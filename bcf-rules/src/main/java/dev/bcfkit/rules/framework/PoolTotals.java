package dev.bcfkit.rules.framework;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.funding.Contribution;
import dev.bcfkit.core.funding.ContributionSource;
import java.util.List;

/**
 * Totals of a plan's contributions to the pooled fund for a year: all sources, or one source.
 * Blank amounts add nothing; a total of no stated amount is {@code null} (not judged), never £0.
 */
final class PoolTotals {
    private PoolTotals() {
    }

    /**
     * @param contributions the plan's contributions
     * @param year a financial year
     * @param source the source to add up, or null for every source
     * @return the total of the stated amounts, or null if no amount is stated
     */
    static Money of(List<Contribution> contributions, FinancialYear year, ContributionSource source) {
        Money total = null;
        for (Contribution c : contributions) {
            if (c.amount() != null && year.equals(c.year()) && (source == null || source == c.source())) {
                total = total == null ? c.amount() : total.plus(c.amount());
            }
        }
        return total;
    }
}
