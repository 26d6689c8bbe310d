package dev.bcfkit.rules.pooled;

import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The business rules of a Health and Wellbeing Board's pooled budget under the 2017-19
 * Integration and Better Care Fund Policy Framework ({@code [002:395-517]}, Annex A
 * {@code [002:667-688]}; edition {@link dev.bcfkit.core.Edition#POOLED_BUDGET_2017_19}): the
 * section 75 pool ({@code [002:460]}), the NHS contribution to adult social care uplifted by
 * 1.79% and 1.9% ({@code [002:673-675]}), the improved BCF pooled and not offset against it
 * ({@code [002:471]}, {@code [002:477]}, {@code [002:679]}) with its published figures reconciled
 * ({@code [000:42]}, {@code [000:53]}), and the Disabled Facilities Grant in two-tier areas
 * ({@code [002:467]}).
 *
 * <p>Every rule is pure and thread-safe, never throws on a missing section or blank value, and
 * says in its documentation whether a blank is a finding of its own. Rule ids: POOL-SECTION-75,
 * DFG-PASSED-DOWN, POOL-CONTRIBUTIONS-NON-NEGATIVE, UPLIFT-SOCIAL-CARE-MINIMUM, UPLIFT-SOCIAL-CARE-STATED,
 * UPLIFT-FRONTLOAD-CARRIED-OVER, IBCF-NOT-OFFSET, IBCF-POOLED, IBCF-POOLED-RECORDED,
 * IBCF-ALLOCATIONS-ADD-UP,
 * IBCF-ALLOCATIONS-ROUNDING, IBCF-SPEND-RECONCILES, IBCF-SPEND-ROUNDING.
 */
public final class PooledBudgetRules {
    private static final List<Rule<PooledBudget>> ALL = collect();

    private PooledBudgetRules() {
    }

    /**
     * The pooled-budget rules: the pool, the social-care contribution, the improved BCF.
     *
     * @return the rules, an unmodifiable list
     */
    public static List<Rule<PooledBudget>> all() {
        return ALL;
    }

    private static List<Rule<PooledBudget>> collect() {
        List<Rule<PooledBudget>> rules = new ArrayList<>();
        rules.addAll(PooledFundRules.all());
        rules.addAll(PooledSocialCareRules.all());
        rules.addAll(PooledImprovedBcfRules.all());
        return List.copyOf(rules);
    }
}
