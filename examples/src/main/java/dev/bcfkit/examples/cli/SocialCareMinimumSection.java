package dev.bcfkit.examples.cli;

import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.funding.SocialCareContribution;

/**
 * The NHS minimum contribution to adult social care of a 2017-19 pooled budget
 * ({@code [002:673-676]}): the baseline, the planned contribution by year, whether it is
 * frontloaded, and the part funded from the improved BCF, which cannot be "offset against the NHS
 * minimum contribution to adult social care" ({@code [002:471]}). The model cannot tell a
 * "frontloaded" left out from one answered "No", so only a "Yes" is shown.
 */
final class SocialCareMinimumSection {
    private SocialCareMinimumSection() {
    }

    /**
     * @param b the page
     * @param budget the pooled budget
     */
    static void write(StringBuilder b, PooledBudget budget) {
        BoardSection.open(b, "social-care-minimum", "Minimum contribution to adult social care");
        SocialCareContribution s = budget.socialCare();
        if (s == null) {
            b.append(BoardSection.blank("The document does not give the NHS contribution to adult social care."));
            BoardSection.close(b);
            return;
        }
        b.append("<dl class=\"facts social-care\">\n");
        BoardCell.fact(b, "Baseline", BoardCell.money(s.baseline()));
        if (s.frontloaded()) {
            BoardCell.fact(b, "Frontloaded", "Yes");
        }
        b.append("</dl>\n");
        BoardCell.yearTable(b, "Planned contribution to adult social care", s.planned());
        BoardCell.yearTable(b, "Funded from the improved Better Care Fund", s.fundedFromIbcf());
        BoardSection.close(b);
    }
}
