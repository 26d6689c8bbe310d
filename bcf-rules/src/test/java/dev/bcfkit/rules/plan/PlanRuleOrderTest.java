package dev.bcfkit.rules.plan;

import static dev.bcfkit.rules.RuleIds.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plan's rule families, asked of each family class itself rather than of the cached rulebook: the rule ids every
 * section contributes, in the order the rulebooks present them (ids never change once released).
 */
class PlanRuleOrderTest {

    @Test
    void thePlanSectionsListTheirRulesInTemplateOrder() {
        assertEquals(List.of("PLAN-DETAILS-REQUIRED", "PLAN-AGREED-COVERS-MINIMUM", "PLAN-AGREED-BEFORE-SUBMITTED",
                "PLAN-CCG-DUPLICATE"), of(PlanDetailsRules::all));
        assertEquals(List.of("PLAN-CCG-SIGN-OFF", "PLAN-SIGN-OFF-UNKNOWN-CCG", "PLAN-COUNCIL-SIGN-OFF",
                "PLAN-BOARD-SIGN-OFF", "PLAN-SIGN-OFF-COMPLETE", "PLAN-PARTNER-SIGN-OFF-DATES", "PLAN-SIGN-OFF-DUPLICATE"),
                of(PlanSignOffRules::all));
        assertEquals(List.of("PLAN-PROVIDER-ENGAGEMENT", "PLAN-PUBLIC-ENGAGEMENT"), of(PlanEngagementRules::all));
        assertEquals(List.of("PLAN-VISION-AIMS", "PLAN-ACUTE-IMPACT-DESCRIBED", "PLAN-ACUTE-IMPACT-QUANTIFIED",
                "PLAN-GOVERNANCE"), of(PlanVisionRules::all));
        assertEquals(List.of("PSC-LOCAL-DEFINITION", "PSC-ALLOCATIONS-ADD-UP", "PSC-EVERY-UNIT-ALLOCATES", "PSC-CARE-BILL-ADDS-UP"),
                of(PlanSocialCareRules::all));
        assertEquals(List.of("PLAN-CONDITIONS-ANSWERED", "PLAN-NHS-NUMBER-COMMITMENT", "PLAN-RISK-STRATIFICATION-NAMED",
                "PLAN-JOINT-ASSESSMENT-PROPORTIONS"), of(PlanConditionRules::all));
        assertEquals(List.of("PLAN-RISK-RATED", "PLAN-RISK-PROVIDER-IMPACT"), of(PlanRiskRules::all));
        assertEquals(List.of("PLAN-PART2-ANSWERED", "PLAN-PART2-COMPLETED"), of(PlanPartTwoRules::all));
        assertEquals(of(PlanDetailsRules::all, PlanSignOffRules::all, PlanEngagementRules::all, PlanVisionRules::all,
                PlanSocialCareRules::all, PlanConditionRules::all, PlanRiskRules::all, PlanPartTwoRules::all),
                of(PlanRules::all));
    }
}
