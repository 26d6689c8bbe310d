package dev.bcfkit.rules.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The plan's rule families, asked of each family class itself rather than of the cached rulebook: the rule ids every
 * section contributes, in the order the rulebooks present them (ids never change once released).
 */
class PlanRuleOrderTest {

    @SafeVarargs
    private static List<String> ids(Supplier<? extends List<? extends Rule<?>>>... sections) {
        List<String> ids = new ArrayList<>();
        for (Supplier<? extends List<? extends Rule<?>>> s : sections) {
            s.get().forEach(r -> ids.add(r.id()));
        }
        return ids;
    }

    @Test
    void thePlanSectionsListTheirRulesInTemplateOrder() {
        assertEquals(List.of("PLAN-DETAILS-REQUIRED", "PLAN-AGREED-COVERS-MINIMUM", "PLAN-AGREED-BEFORE-SUBMITTED",
                "PLAN-CCG-DUPLICATE"), ids(PlanDetailsRules::all));
        assertEquals(List.of("PLAN-CCG-SIGN-OFF", "PLAN-SIGN-OFF-UNKNOWN-CCG", "PLAN-COUNCIL-SIGN-OFF",
                "PLAN-BOARD-SIGN-OFF", "PLAN-SIGN-OFF-COMPLETE", "PLAN-PARTNER-SIGN-OFF-DATES", "PLAN-SIGN-OFF-DUPLICATE"),
                ids(PlanSignOffRules::all));
        assertEquals(List.of("PLAN-PROVIDER-ENGAGEMENT", "PLAN-PUBLIC-ENGAGEMENT"), ids(PlanEngagementRules::all));
        assertEquals(List.of("PLAN-VISION-AIMS", "PLAN-ACUTE-IMPACT-DESCRIBED", "PLAN-ACUTE-IMPACT-QUANTIFIED",
                "PLAN-GOVERNANCE"), ids(PlanVisionRules::all));
        assertEquals(List.of("PSC-LOCAL-DEFINITION", "PSC-ALLOCATIONS-ADD-UP", "PSC-EVERY-UNIT-ALLOCATES", "PSC-CARE-BILL-ADDS-UP"),
                ids(PlanSocialCareRules::all));
        assertEquals(List.of("PLAN-CONDITIONS-ANSWERED", "PLAN-NHS-NUMBER-COMMITMENT", "PLAN-RISK-STRATIFICATION-NAMED",
                "PLAN-JOINT-ASSESSMENT-PROPORTIONS"), ids(PlanConditionRules::all));
        assertEquals(List.of("PLAN-RISK-RATED", "PLAN-RISK-PROVIDER-IMPACT"), ids(PlanRiskRules::all));
        assertEquals(List.of("PLAN-PART2-ANSWERED", "PLAN-PART2-COMPLETED"), ids(PlanPartTwoRules::all));
        assertEquals(ids(PlanDetailsRules::all, PlanSignOffRules::all, PlanEngagementRules::all, PlanVisionRules::all,
                PlanSocialCareRules::all, PlanConditionRules::all, PlanRiskRules::all, PlanPartTwoRules::all),
                ids(PlanRules::all));
    }
}
