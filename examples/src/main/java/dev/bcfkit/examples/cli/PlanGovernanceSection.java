package dev.bcfkit.examples.cli;

import dev.bcfkit.core.plan.Plan;

/**
 * Two parts of section 2 of a 2014 BCF plan that a board answers for, in the plan's own words:
 * "2. Implications for the acute sector", where "You must clearly quantify the impact on NHS
 * service delivery targets" ({@code [003:351-353]}), and "3. Governance", the arrangements for
 * oversight of progress and outcomes ({@code [003:565-567]}). What the plan leaves out shows as
 * blank.
 */
final class PlanGovernanceSection {
    private PlanGovernanceSection() {
    }

    /**
     * @param b the page
     * @param plan the plan
     */
    static void write(StringBuilder b, Plan plan) {
        BoardSection.open(b, "acute-sector-and-governance", "Implications for the acute sector and governance");
        b.append("<dl class=\"commentary governance\">\n");
        BoardCell.fact(b, "Implications for the acute sector", BoardSection.prose(plan.acuteSectorImpact()));
        BoardCell.fact(b, "Governance", BoardSection.prose(plan.governance()));
        b.append("</dl>\n");
        BoardSection.close(b);
    }
}
