package dev.bcfkit.examples.cli;

import dev.bcfkit.core.DistrictCouncil;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.funding.DisabledFacilitiesGrant;
import dev.bcfkit.core.funding.PooledBudget;
import java.util.Map;

/**
 * The Disabled Facilities Grant of a 2017-19 pooled budget by year: the allocation and, in a
 * two-tier area, the amounts passed to the district councils, which must be passed down "in full,
 * unless jointly agreed to do otherwise" ({@code [002:467]}). The model cannot tell an agreement
 * to retain left out from one not made, so only a recorded agreement is shown.
 */
final class DisabledFacilitiesGrantSection {
    private DisabledFacilitiesGrantSection() {
    }

    /**
     * @param b the page
     * @param budget the pooled budget
     */
    static void write(StringBuilder b, PooledBudget budget) {
        BoardSection.open(b, "disabled-facilities-grant", "Disabled Facilities Grant");
        if (budget.disabledFacilitiesGrants().isEmpty()) {
            b.append(BoardSection.blank("The document does not give the Disabled Facilities Grant."));
            BoardSection.close(b);
            return;
        }
        b.append("<table class=\"dfg\">\n<thead><tr><th scope=\"col\">Year</th><th scope=\"col\">Allocation</th>"
                + "<th scope=\"col\">Passed to district councils</th></tr></thead>\n<tbody>\n");
        for (DisabledFacilitiesGrant g : budget.disabledFacilitiesGrants()) {
            if (g == null) {
                continue;
            }
            b.append("<tr><th scope=\"row\">").append(BoardCell.text(g.year() == null ? null : g.year().toString()))
                    .append("</th><td class=\"number\">").append(BoardCell.money(g.allocation())).append("</td><td>");
            if (g.passedToDistricts().isEmpty()) {
                b.append(BoardCell.BLANK);
            } else {
                b.append("<ul>");
                for (Map.Entry<DistrictCouncil, Money> e : g.passedToDistricts().entrySet()) {
                    b.append("<li>").append(BoardCell.text(e.getKey() == null ? null : e.getKey().name()))
                            .append(": ").append(BoardCell.money(e.getValue())).append("</li>");
                }
                b.append("</ul>");
            }
            if (g.jointlyAgreedToRetain()) {
                b.append("<p>Jointly agreed to retain part of the grant.</p>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        BoardSection.close(b);
    }
}
