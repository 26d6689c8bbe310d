package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.returns.QuarterlyReturn;

/**
 * The few facts every report about a document starts with, read null-safely because invalid
 * documents are representable (a design principle): which Health and Wellbeing Board it is
 * from.
 */
final class DocumentFacts {
    private DocumentFacts() {
    }

    /**
     * @param document a {@code QuarterlyReturn}, {@code Plan}, {@code PooledBudget}, {@code PolicyFrameworkPlan} or
     *     {@code LocalOutcomeTable}
     * @return the board's name, or null when the document does not give it (a local outcome table names
     *     its partnership instead, {@code [001:14]})
     */
    static String board(BcfDocument document) {
        HealthAndWellbeingBoard hwb = null;
        if (document instanceof QuarterlyReturn r && r.cover() != null) {
            hwb = r.cover().healthAndWellbeingBoard();
        } else if (document instanceof Plan p && p.details() != null) {
            hwb = p.details().healthAndWellbeingBoard();
        } else if (document instanceof PooledBudget b) {
            hwb = b.healthAndWellbeingBoard();
        } else if (document instanceof LocalOutcomeTable t) {
            return t.partnership();
        } else if (document instanceof PolicyFrameworkPlan p) {
            hwb = p.healthAndWellbeingBoard();
        }
        return hwb == null ? null : hwb.name();
    }
}
