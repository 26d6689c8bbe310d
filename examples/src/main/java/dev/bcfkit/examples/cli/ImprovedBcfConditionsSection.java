package dev.bcfkit.examples.cli;

import dev.bcfkit.core.plan.ImprovedBcfConditions;
import dev.bcfkit.core.plan.ImprovedBcfUse;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;

/**
 * The improved Better Care Fund's conditions and planned uses in a 2017-19 plan
 * ({@code [002:469-485]}): working with the CCGs and providers, quarterly reports, the dates the
 * uses were locally agreed and spending starts, the section 151 officer's letter, and each planned
 * use with its year, purpose and amount. An answer the plan does not give shows as blank.
 */
final class ImprovedBcfConditionsSection {
    private ImprovedBcfConditionsSection() {
    }

    /**
     * @param b the page
     * @param plan the plan
     */
    static void write(StringBuilder b, PolicyFrameworkPlan plan) {
        BoardSection.open(b, "ibcf-conditions", "Improved Better Care Fund: conditions and uses");
        ImprovedBcfConditions c = plan.improvedBcfConditions();
        if (c == null) {
            b.append(BoardSection.blank("The plan does not give the improved Better Care Fund's conditions or uses."));
            BoardSection.close(b);
            return;
        }
        b.append("<dl class=\"facts ibcf-conditions\">\n");
        BoardCell.fact(b, "Working with the CCGs and providers", BoardCell.yesNo(c.workingWithCcgAndProviders()));
        BoardCell.fact(b, "Quarterly reports", BoardCell.yesNo(c.quarterlyReports()));
        BoardCell.fact(b, "Uses locally agreed on", BoardCell.date(c.locallyAgreed()));
        BoardCell.fact(b, "Spending from", BoardCell.date(c.spendingFrom()));
        BoardCell.fact(b, "Section 151 officer's letter", BoardCell.yesNo(c.section151Letter()));
        b.append("</dl>\n");
        if (c.uses().isEmpty()) {
            b.append(BoardSection.blank("The plan lists no uses of the improved Better Care Fund."));
            BoardSection.close(b);
            return;
        }
        b.append("<table class=\"ibcf-uses\">\n<thead><tr><th scope=\"col\">Use</th><th scope=\"col\">Year</th>"
                + "<th scope=\"col\">Purpose</th><th scope=\"col\">Amount</th></tr></thead>\n<tbody>\n");
        for (ImprovedBcfUse u : c.uses()) {
            if (u != null) {
                b.append("<tr><th scope=\"row\">").append(BoardSection.prose(u.description())).append("</th><td>")
                        .append(Html.escape(String.valueOf(u.year()))).append("</td><td>")
                        .append(BoardCell.text(u.purpose() == null ? null : u.purpose().label()))
                        .append("</td><td class=\"number\">").append(BoardCell.money(u.amount()))
                        .append("</td></tr>\n");
            }
        }
        b.append("</tbody>\n</table>\n");
        BoardSection.close(b);
    }
}
