package dev.bcfkit.rules;

import com.google.common.collect.ImmutableList;
import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.framework.FrameworkPlanRules;
import dev.bcfkit.core.returns.ReturnSeries;
import dev.bcfkit.rules.plan.PlanRules;
import dev.bcfkit.rules.outcomes.LocalOutcomeRules;
import dev.bcfkit.rules.pooled.PooledBudgetRules;
import dev.bcfkit.rules.returns.ReturnRules;
import dev.bcfkit.rules.series.SeriesRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of one template edition (a design principle: "Rulebooks are versioned by financial year"):
 * the 2014 plan's rules, the 2017-19 pooled budget's, or a quarterly return's rules for 2016/17,
 * 2017/18 or 2018/19, whose conditions, metrics and sections differ ({@code [002:97]} "National
 * conditions will reduce from eight to four"). Every edition the library knows has a rulebook;
 * asking for a year it does not know is an {@link dev.bcfkit.core.UnknownEditionException}.
 * Rulebooks are immutable and shared.
 */
public final class Rulebook {
    private static final Map<Edition, Rulebook> BOOKS = build();

    private final Edition edition;
    private final ImmutableList<Rule<QuarterlyReturn>> returnRules;
    private final ImmutableList<Rule<Plan>> planRules;
    private final ImmutableList<Rule<PooledBudget>> pooledBudgetRules;
    private final ImmutableList<Rule<LocalOutcomeTable>> localOutcomeRules;
    private final ImmutableList<Rule<PolicyFrameworkPlan>> frameworkPlanRules;
    private final ImmutableList<Rule<ReturnSeries>> seriesRules;

    private Rulebook(Edition edition, List<Rule<QuarterlyReturn>> returnRules, List<Rule<Plan>> planRules,
            List<Rule<PooledBudget>> pooledBudgetRules, List<Rule<LocalOutcomeTable>> localOutcomeRules,
            List<Rule<PolicyFrameworkPlan>> frameworkPlanRules, List<Rule<ReturnSeries>> seriesRules) {
        this.edition = edition;
        this.returnRules = ImmutableList.copyOf(returnRules);
        this.planRules = ImmutableList.copyOf(planRules);
        this.pooledBudgetRules = ImmutableList.copyOf(pooledBudgetRules);
        this.localOutcomeRules = ImmutableList.copyOf(localOutcomeRules);
        this.frameworkPlanRules = ImmutableList.copyOf(frameworkPlanRules);
        this.seriesRules = ImmutableList.copyOf(seriesRules);
    }

    /**
     * A rulebook of given rules, for tests of the validator's own behaviour.
     *
     * @param edition the edition
     * @param returnRules the return rules
     * @param planRules the plan rules
     * @param pooledBudgetRules the pooled-budget rules
     * @return the rulebook
     */
    static Rulebook of(Edition edition, List<Rule<QuarterlyReturn>> returnRules, List<Rule<Plan>> planRules,
            List<Rule<PooledBudget>> pooledBudgetRules) {
        return new Rulebook(edition, returnRules, planRules, pooledBudgetRules, List.of(), List.of(), List.of());
    }

    /**
     * The rulebook of an edition: for {@link Edition#PLAN_2014} the plan rules, for
     * {@link Edition#POOLED_BUDGET_2017_19} the pooled-budget rules, for
     * {@link Edition#LOCAL_OUTCOMES_2016} the local-outcome rules, for {@link Edition#PLAN_2017_19}
     * the pooled-budget rules (judging the plan's pooled budget) and the 2017-19 plan's own rules, for
     * a quarterly-return edition the return rules that apply to it.
     *
     * @param edition the edition
     * @return its rulebook
     * @throws BcfException if the edition is null
     */
    public static Rulebook forEdition(Edition edition) {
        if (edition == null) {
            throw new BcfException("edition: expected a template edition, found null");
        }
        return BOOKS.get(edition);
    }

    /**
     * The rulebook of the quarterly return for a reporting period, chosen by its financial year
     * ({@link Edition#ofReturn}).
     *
     * @param period the reporting period, such as 2017/18 Q2
     * @return the rulebook of that year's return
     * @throws dev.bcfkit.core.UnknownEditionException if no return template is known for the year,
     *     naming the year and the known years
     * @throws BcfException if the period is null
     */
    public static Rulebook forPeriod(ReportingPeriod period) {
        if (period == null) {
            throw new BcfException("period: expected a reporting period such as 2017/18 Q2, found null");
        }
        return forEdition(Edition.ofReturn(period.year()));
    }

    /** @return the edition */
    public Edition edition() {
        return edition;
    }

    /** @return the quarterly-return rules in order; empty for a plan or pooled-budget edition */
    public ImmutableList<Rule<QuarterlyReturn>> returnRules() {
        return returnRules;
    }

    /**
     * @return the rules that judge a {@link ReturnSeries} of this edition's returns together, in
     *     order; empty unless the edition is a quarterly-return edition
     */
    public ImmutableList<Rule<ReturnSeries>> seriesRules() {
        return seriesRules;
    }

    /** @return the plan rules in order; empty unless the edition is the 2014 plan */
    public ImmutableList<Rule<Plan>> planRules() {
        return planRules;
    }

    /**
     * @return the pooled-budget rules in order; empty unless the edition is the 2017-19 pooled
     *     budget or the 2017-19 plan, whose pooled budget they judge
     */
    public ImmutableList<Rule<PooledBudget>> pooledBudgetRules() {
        return pooledBudgetRules;
    }

    /** @return the local-outcome rules in order; empty unless the edition is a local outcome table */
    public ImmutableList<Rule<LocalOutcomeTable>> localOutcomeRules() {
        return localOutcomeRules;
    }

    /** @return the 2017-19 plan's own rules in order; empty unless the edition is the 2017-19 plan */
    public ImmutableList<Rule<PolicyFrameworkPlan>> frameworkPlanRules() {
        return frameworkPlanRules;
    }

    /**
     * Every rule the library has, each once, in a stable order: the return rules in rulebook
     * order, then the plan rules, then the pooled-budget rules, then the local-outcome rules, then the
     * 2017-19 plan's rules, then the series rules.
     *
     * @return the rules
     * @throws IllegalStateException if two different rules share an id (a programming error)
     */
    public static ImmutableList<Rule<?>> catalogue() {
        Map<String, Rule<?>> byId = new LinkedHashMap<>();
        List<Rule<?>> all = new ArrayList<>();
        all.addAll(ReturnRules.all());
        all.addAll(PlanRules.all());
        all.addAll(PooledBudgetRules.all());
        all.addAll(LocalOutcomeRules.all());
        all.addAll(FrameworkPlanRules.all());
        all.addAll(SeriesRules.all());
        for (Rule<?> r : all) {
            Rule<?> earlier = byId.putIfAbsent(r.id(), r);
            if (earlier != null && earlier != r) {
                throw new IllegalStateException("two rules share the id " + r.id());
            }
        }
        return ImmutableList.copyOf(byId.values());
    }

    @Override
    public String toString() {
        return "Rulebook " + edition + " (" + (returnRules.size() + planRules.size() + pooledBudgetRules.size()
                + localOutcomeRules.size() + frameworkPlanRules.size()) + " rules)";
    }

    private static Map<Edition, Rulebook> build() {
        Map<Edition, Rulebook> books = new EnumMap<>(Edition.class);
        for (Edition e : Edition.values()) {
            List<Rule<QuarterlyReturn>> returns = e.kind() == DocumentKind.QUARTERLY_RETURN
                    ? ReturnRules.all().stream().filter(r -> r.editions().contains(e)).toList() : List.of();
            List<Rule<Plan>> plans = e.kind() == DocumentKind.PLAN
                    ? PlanRules.all().stream().filter(r -> r.editions().contains(e)).toList() : List.of();
            // A pooled-budget rule that names the 2017-19 plan's edition judges the plan's pooled budget.
            List<Rule<PooledBudget>> budgets = PooledBudgetRules.all().stream().filter(r -> r.editions().contains(e))
                    .toList();
            List<Rule<LocalOutcomeTable>> outcomes = e.kind() == DocumentKind.LOCAL_OUTCOME_TABLE
                    ? LocalOutcomeRules.all().stream().filter(r -> r.editions().contains(e)).toList() : List.of();
            List<Rule<PolicyFrameworkPlan>> frameworkPlans = FrameworkPlanRules.all().stream()
                    .filter(r -> r.editions().contains(e)).toList();
            List<Rule<ReturnSeries>> series = e.kind() == DocumentKind.QUARTERLY_RETURN
                    ? SeriesRules.all().stream().filter(r -> r.editions().contains(e)).toList() : List.of();
            books.put(e, new Rulebook(e, returns, plans, budgets, outcomes, frameworkPlans, series));
        }
        return Collections.unmodifiableMap(books);
    }
}
