package dev.bcfkit.core;

import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.returns.QuarterlyReturn;

/**
 * A document a Health and Wellbeing Board submits: a quarterly return ({@code [002]},
 * {@code [000]}, {@code [004]}), a 2014 plan ({@code [003]}), a 2017-19 pooled budget
 * ({@code [002:395-517]}), a 2017-19 plan ({@code [002:395-517]}, {@code [002:667-688]}) or a local
 * outcome table ({@code [001:35-41]}). The kinds are closed: a reader returns one of them, a validator judges
 * any of them, and a new kind of document is added here, so that every place that tells the kinds
 * apart is found by the compiler or by the test that covers every permitted kind.
 *
 * <p>What every document can answer is small: its kind and the template edition that judges it.
 */
public sealed interface BcfDocument permits QuarterlyReturn, Plan, PooledBudget, PolicyFrameworkPlan,
        LocalOutcomeTable {
    /** @return the kind of document */
    DocumentKind kind();

    /**
     * The template edition this document follows: for a return, decided by its financial year;
     * for a plan, pooled budget or local outcome table, the one edition of its kind.
     *
     * @return the edition
     * @throws UnknownEditionException if no template is known for a return's year
     */
    Edition edition();
}
