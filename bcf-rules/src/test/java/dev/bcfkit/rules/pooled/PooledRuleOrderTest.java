package dev.bcfkit.rules.pooled;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The pooled budget's rule families, asked of each family class itself rather than of the cached rulebook: the rule ids every
 * section contributes, in the order the rulebooks present them (ids never change once released).
 */
class PooledRuleOrderTest {

    @SafeVarargs
    private static List<String> ids(Supplier<? extends List<? extends Rule<?>>>... sections) {
        List<String> ids = new ArrayList<>();
        for (Supplier<? extends List<? extends Rule<?>>> s : sections) {
            s.get().forEach(r -> ids.add(r.id()));
        }
        return ids;
    }

    @Test
    void thePooledBudgetSectionsListTheirRulesInFrameworkOrder() {
        assertEquals(List.of("POOL-SECTION-75", "POOL-SECTION-75-CONFIRMED", "DFG-PASSED-DOWN",
                "POOL-CONTRIBUTIONS-NON-NEGATIVE", "DFG-DISTRICT-DUPLICATE"),
                ids(PooledFundRules::all));
        assertEquals(List.of("UPLIFT-SOCIAL-CARE-MINIMUM", "UPLIFT-SOCIAL-CARE-STATED", "UPLIFT-FRONTLOAD-CARRIED-OVER",
                "IBCF-NOT-OFFSET"),
                ids(PooledSocialCareRules::all));
        assertEquals(List.of("IBCF-POOLED", "IBCF-POOLED-RECORDED", "IBCF-ALLOCATIONS-ADD-UP",
                "IBCF-ALLOCATIONS-ROUNDING", "IBCF-SPEND-RECONCILES", "IBCF-SPEND-ROUNDING"),
                ids(PooledImprovedBcfRules::all));
        assertEquals(ids(PooledFundRules::all, PooledSocialCareRules::all, PooledImprovedBcfRules::all),
                ids(PooledBudgetRules::all));
    }
}
