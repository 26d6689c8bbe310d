package dev.bcfkit.examples.cli;

import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanConditions;
import dev.bcfkit.core.plan.PlanConditions.DataSharing;
import dev.bcfkit.core.plan.PlanConditions.JointAssessment;
import java.math.BigDecimal;

/**
 * The national conditions b) to d) of a 2014 BCF plan ({@code [003:628-679]}) in the plan's own
 * words: 7 day services to support discharge ({@code [003:630]}), data sharing with the NHS number
 * as the primary identifier and open APIs ({@code [003:647-663]}), and joint assessment and
 * accountable lead professional ({@code [003:665-679]}). Condition a), protecting social care, has
 * its own section ({@link SocialCareProtectionSection}). An answer the plan does not give shows
 * as blank, never as met.
 */
final class PlanConditionsSection {
    private PlanConditionsSection() {
    }

    /**
     * @param b the page
     * @param plan the plan
     */
    static void write(StringBuilder b, Plan plan) {
        BoardSection.open(b, "plan-conditions", "National conditions");
        PlanConditions c = plan.conditions();
        if (c == null) {
            b.append(BoardSection.blank("The plan gives no answers on the national conditions."));
            BoardSection.close(b);
            return;
        }
        b.append("<dl class=\"facts plan-conditions\">\n");
        BoardCell.fact(b, "7 day services to support discharge", BoardSection.prose(c.sevenDayServices()));
        DataSharing d = c.dataSharing() == null
                ? new DataSharing(null, null, null, null, null, null) : c.dataSharing();
        BoardCell.fact(b, "NHS number confirmed as the primary identifier", BoardCell.yesNo(d.nhsNumberPrimaryConfirmed()));
        BoardCell.fact(b, "NHS number as the primary identifier", BoardSection.prose(d.nhsNumberAsPrimaryIdentifier()));
        BoardCell.fact(b, "NHS number in place by", BoardCell.text(d.nhsNumberInPlaceBy()));
        BoardCell.fact(b, "Commitment to the NHS number", BoardSection.prose(d.nhsNumberCommitment()));
        BoardCell.fact(b, "Open APIs", BoardSection.prose(d.openApis()));
        BoardCell.fact(b, "Information governance", BoardSection.prose(d.informationGovernance()));
        JointAssessment j = c.jointAssessment() == null ? new JointAssessment(null, null, null, null)
                : c.jointAssessment();
        BoardCell.fact(b, "Joint assessment and accountable lead professional", BoardSection.prose(j.answer()));
        BoardCell.fact(b, "Risk stratification", BoardSection.prose(j.riskStratification()));
        BoardCell.fact(b, "Adults at high risk", percent(j.percentAdultsAtHighRisk()));
        BoardCell.fact(b, "Of those at risk, with a joint care plan", percent(j.percentAtRiskWithJointCarePlan()));
        b.append("</dl>\n");
        BoardSection.close(b);
    }

    private static String percent(BigDecimal p) {
        return p == null ? BoardCell.BLANK : Html.escape(p.toPlainString() + "%");
    }
}
