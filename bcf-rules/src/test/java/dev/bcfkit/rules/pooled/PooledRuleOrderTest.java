package dev.bcfkit.rules.pooled;

import static dev.bcfkit.rules.RuleIds.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pooled budget's rule families, asked of each family class itself rather than of the cached rulebook: the rule ids every
 * section contributes, in the order the rulebooks present them (ids never change once released).
 */
class PooledRuleOrderTest {

    @Test
    void thePooledBudgetSectionsListTheirRulesInFrameworkOrder() {
        assertEquals(List.of("POOL-SECTION-75", "POOL-SECTION-75-CONFIRMED", "DFG-PASSED-DOWN",
                "POOL-CONTRIBUTIONS-NON-NEGATIVE", "DFG-DISTRICT-DUPLICATE"),
                of(PooledFundRules::all));
        assertEquals(List.of("UPLIFT-SOCIAL-CARE-MINIMUM", "UPLIFT-SOCIAL-CARE-STATED", "UPLIFT-FRONTLOAD-CARRIED-OVER",
                "IBCF-NOT-OFFSET"),
                of(PooledSocialCareRules::all));
        assertEquals(List.of("IBCF-POOLED", "IBCF-POOLED-RECORDED", "IBCF-ALLOCATIONS-ADD-UP",
                "IBCF-ALLOCATIONS-ROUNDING", "IBCF-SPEND-RECONCILES", "IBCF-SPEND-ROUNDING"),
                of(PooledImprovedBcfRules::all));
        assertEquals(of(PooledFundRules::all, PooledSocialCareRules::all, PooledImprovedBcfRules::all),
                of(PooledBudgetRules::all));
    }
}
