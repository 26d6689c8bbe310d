package dev.bcfkit.examples.cli;

import dev.bcfkit.core.plan.Plan;

/**
 * Section 2 a and b of a 2014 BCF plan in its own words: the "Vision for health and care services"
 * ({@code [003:135]}) and the "Aims and objectives" for integrated care ({@code [003:170-172]}).
 * What the plan leaves out shows as blank.
 */
final class PlanVisionSection {
    private PlanVisionSection() {
    }

    /**
     * @param b the page
     * @param plan the plan
     */
    static void write(StringBuilder b, Plan plan) {
        BoardSection.open(b, "vision-and-aims", "Vision, aims and objectives");
        b.append("<dl class=\"commentary vision\">\n");
        BoardCell.fact(b, "Vision for health and care services", BoardSection.prose(plan.vision()));
        BoardCell.fact(b, "Aims and objectives", BoardSection.prose(plan.aimsAndObjectives()));
        b.append("</dl>\n");
        BoardSection.close(b);
    }
}
