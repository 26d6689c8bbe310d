package dev.bcfkit.examples.cli;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanDetails;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan details and sign-offs of a 2014 BCF plan ({@code [003:5-64]}, the budget at {@code [003:20-22]}): the local authority,
 * the clinical commissioning groups, the boundary differences, the dates the plan was agreed at
 * the Health and Wellbeing Board and submitted, whether Part 2 "in Excel and contains metrics and
 * finance" was completed ("Both parts must be completed", {@code [003:5]}; blank where the plan
 * does not say), the minimum and the agreed pooled budget by year, and who signed the plan off ({@link SignOffsTable}). What the plan leaves out shows as blank.
 */
final class PlanDetailsSection {
    private PlanDetailsSection() {
    }

    /**
     * @param b the page
     * @param plan the plan
     */
    static void write(StringBuilder b, Plan plan) {
        BoardSection.open(b, "plan-details", "Plan details and sign-offs");
        PlanDetails d = plan.details();
        if (d == null) {
            b.append(BoardSection.blank("The plan gives no plan details."));
        } else {
            b.append("<dl class=\"facts plan-details\">\n");
            BoardCell.fact(b, "Local authority", BoardCell.text(d.localAuthority() == null ? null
                    : d.localAuthority().name()));
            List<String> ccgs = new ArrayList<>();
            for (ClinicalCommissioningGroup c : d.ccgs()) {
                if (c != null) {
                    ccgs.add(c.name());
                }
            }
            BoardCell.fact(b, "Clinical commissioning groups", BoardCell.text(String.join(", ", ccgs)));
            BoardCell.fact(b, "Boundary differences", BoardSection.prose(d.boundaryDifferences()));
            BoardCell.fact(b, "Date agreed at Health and Wellbeing Board", BoardCell.date(d.dateAgreedAtBoard()));
            BoardCell.fact(b, "Date submitted", BoardCell.date(d.dateSubmitted()));
            BoardCell.fact(b, "Part 2 (metrics and finance) completed", BoardCell.yesNo(plan.part2Completed()));
            b.append("</dl>\n");
            BoardCell.yearTable(b, "Minimum required value of ITF pooled budget", d.minimumPooledBudget());
            BoardCell.yearTable(b, "Total agreed value of pooled budget", d.agreedPooledBudget());
        }
        SignOffsTable.write(b, plan.signOffs());
        BoardSection.close(b);
    }
}
