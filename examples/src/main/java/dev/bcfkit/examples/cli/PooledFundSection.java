package dev.bcfkit.examples.cli;

import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.PooledBudget;

/**
 * Whether a 2017-19 pooled budget is pooled under section 75: "A requirement that the BCF is
 * transferred into one or more pooled funds established under section 75 of the NHS Act 2006"
 * ({@code [002:460]}), and, where it is not yet, the date pooling is expected. An answer the
 * document does not give shows as blank, not as pooled.
 */
final class PooledFundSection {
    private PooledFundSection() {
    }

    /**
     * @param b the page
     * @param budget the pooled budget
     */
    static void write(StringBuilder b, PooledBudget budget) {
        BoardSection.open(b, "section-75", "Pooled budget (section 75)");
        b.append("<dl class=\"facts pooling\">\n");
        BoardCell.fact(b, "Funds pooled via a section 75 agreement", BoardCell.yesNo(budget.pooledViaSection75()));
        if (budget.pooledViaSection75() != YesNo.YES || budget.expectedPoolingDate() != null) {
            BoardCell.fact(b, "Date pooling is expected", BoardCell.date(budget.expectedPoolingDate()));
        }
        b.append("</dl>\n");
        BoardSection.close(b);
    }
}
