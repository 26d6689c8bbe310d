package dev.bcfkit.rules.pooled;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.funding.ImprovedBcf.SpendForecast;
import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.PooledBudgetYears;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rules on the improved Better Care Fund grant ({@code [002:469-485]}, {@code [000:40-54]}): it is
 * pooled into the BCF, and its published figures reconcile. Published figures are rounded, so a
 * difference that the precision of the figures explains ({@link IbcfReconciliation}: the rounding
 * tolerance {@link RuleContext#roundingTolerance()}, £1 by default, for each figure to the pound;
 * £5,000 for each figure to £0.01m) is an INFO of the *-ROUNDING rule; beyond it, an ERROR of the
 * other. A pooled budget without an iBCF section is
 * not judged by any of these rules.
 */
final class PooledImprovedBcfRules {

    /**
     * IBCF-POOLED: for 2017/18 and 2018/19, the amount pooled into the BCF is at least the year's
     * allocation, unless the area has a written Ministerial exemption. The 2019/20 allocation
     * ({@code [000:42]}) is outside the 2017-19 framework and is not judged. A blank pooled amount
     * is not a shortfall (blank is not zero): it is reported by {@link #POOLED_RECORDED}; a year
     * without an allocation is not judged.
     */
    static final Rule<PooledBudget> POOLED = Rule.on(PooledBudget.class, "IBCF-POOLED")
            .requirements("R23")
            .title("The improved BCF grant is pooled into the BCF, unless Ministerially exempt")
            .severity(Severity.ERROR)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[002:471] \"this additional Improved Better Care Fund (iBCF) funding for adult social care in"
                    + " 2017-19 will be pooled into the local BCF\"; [002:477] \"pool the grant funding into the local"
                    + " BCF, unless an area has written Ministerial exemption\"")
            .check((budget, ctx, emit) -> forEachAllocatedYear(budget, (year, allocation, pooled) -> {
                if (pooled != null && pooled.isLessThan(allocation)) {
                    emit.report(Pointer.of("improvedBcf", "pooled", year), "Only " + pooled.format()
                            + " of the improved BCF allocation of " + allocation.format() + " for " + year
                            + " is pooled into the BCF (" + allocation.minus(pooled).format()
                            + " short), and there is no written Ministerial exemption");
                }
            }));

    /**
     * IBCF-POOLED-RECORDED: for 2017/18 and 2018/19, a year with a positive allocation says how
     * much of it is pooled. A blank amount is not judged as a shortfall by {@link #POOLED}, because
     * blank means not provided, not zero; it is a warning so that the pooling can be confirmed
     * (Nottinghamshire's report {@code [000:42-54]} gives the allocations but not the pooled amounts).
     */
    static final Rule<PooledBudget> POOLED_RECORDED = Rule.on(PooledBudget.class, "IBCF-POOLED-RECORDED")
            .requirements("R23")
            .title("The amount of improved BCF pooled is recorded for each year with an allocation")
            .severity(Severity.WARNING)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[002:477] \"pool the grant funding into the local BCF, unless an area has written Ministerial"
                    + " exemption\"; a blank amount is not provided, not zero, so it cannot be judged as a shortfall")
            .check((budget, ctx, emit) -> forEachAllocatedYear(budget, (year, allocation, pooled) -> {
                if (pooled == null) {
                    emit.report(Pointer.of("improvedBcf", "pooled", year), "The amount of improved BCF pooled"
                            + " into the BCF for " + year + " is blank, against an allocation of "
                            + allocation.format() + "; record it to show the grant is pooled");
                }
            }));

    /** What a pooling rule does with one year of 2017-19 that has a positive allocation. */
    @FunctionalInterface
    private interface AllocatedYear {
        void accept(FinancialYear year, Money allocation, Money pooled);
    }

    /**
     * Calls {@code action} for 2017/18 and 2018/19 where the iBCF has a positive allocation, unless
     * there is no iBCF section or the area has a written Ministerial exemption ({@code [002:477]}).
     */
    private static void forEachAllocatedYear(PooledBudget budget, AllocatedYear action) {
        ImprovedBcf ibcf = budget.improvedBcf();
        if (ibcf == null || ibcf.ministerialExemption()) {
            return;
        }
        for (FinancialYear year : PooledBudgetYears.BOTH) {
            Money allocation = ibcf.allocations().get(year);
            if (allocation != null && allocation.signum() > 0) {
                action.accept(year, allocation, ibcf.pooled().get(year));
            }
        }
    }

    /**
     * IBCF-ALLOCATIONS-ADD-UP: the yearly allocations add up to the stated multi-year total
     * (Nottinghamshire: 16.06 + 21.56 + 26.51 = 64.13 £m, {@code [000:42]}), beyond what rounding
     * each allocation explains. Not judged when the total is blank or there are no allocations.
     */
    static final Rule<PooledBudget> ALLOCATIONS_ADD_UP = Rule.on(PooledBudget.class, "IBCF-ALLOCATIONS-ADD-UP")
            .requirements("R35")
            .title("The improved BCF allocations add up to the stated total")
            .severity(Severity.ERROR)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[000:42] \"an additional £64.13m over three years - with £16.06m in 2017/18, £21.56m in"
                    + " 2018/19 and £26.51m in 2019/20\"; [000:53] \"£16,059,934\". Derived tolerance: each figure may be"
                    + " out by its rounding, £1 for a figure to the pound, £5,000 for one to £0.01m")
            .check((budget, ctx, emit) -> allocations(budget, ctx, emit, false));

    /**
     * IBCF-ALLOCATIONS-ROUNDING: the allocations differ from the stated total, but by no more
     * than the rounding tolerance for each allocation. Information only.
     */
    static final Rule<PooledBudget> ALLOCATIONS_ROUNDING = Rule.on(PooledBudget.class, "IBCF-ALLOCATIONS-ROUNDING")
            .requirements("R35")
            .title("The improved BCF allocations differ from the stated total by rounding only")
            .severity(Severity.INFO)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[000:42] yearly allocations to £0.01m and their stated total \"£64.13m\". Derived: a"
                    + " difference within the figures' rounding (£1 for each figure to the pound, £5,000 for each to"
                    + " £0.01m) is rounding")
            .check((budget, ctx, emit) -> allocations(budget, ctx, emit, true));

    /**
     * IBCF-SPEND-RECONCILES: the year's iBCF allocation equals the forecast spend plus the one-off
     * funding identified, beyond what rounding the two explains. Not judged unless all three
     * figures are given.
     */
    static final Rule<PooledBudget> SPEND_RECONCILES = Rule.on(PooledBudget.class, "IBCF-SPEND-RECONCILES")
            .requirements("R35")
            .title("The improved BCF allocation equals forecast spend plus one-off funding")
            .severity(Severity.ERROR)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[000:53] \"Of the total £16,059,934 improved Better Care Fund, it is forecast that £15,499,646"
                    + " is on track to be spent ... £560,287 has therefore been identified as one-off funding\"."
                    + " Derived tolerance: £1 for each figure to the pound, £5,000 for one to £0.01m")
            .check((budget, ctx, emit) -> spend(budget, ctx, emit, false));

    /**
     * IBCF-SPEND-ROUNDING: the allocation differs from forecast spend plus one-off funding, but by
     * no more than the rounding tolerance for each of the two. Information only: Nottinghamshire's
     * £16,059,934 against £15,499,646 + £560,287 is £1 out ({@code [000:53]}).
     */
    static final Rule<PooledBudget> SPEND_ROUNDING = Rule.on(PooledBudget.class, "IBCF-SPEND-ROUNDING")
            .requirements("R35")
            .title("The improved BCF allocation differs from forecast spend plus one-off funding by rounding only")
            .severity(Severity.INFO)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[000:53] £16,059,934 - £15,499,646 = £560,288 but the paper says £560,287. Derived: figures"
                    + " given to the pound may each be out by £1, so £1 with two such figures is rounding")
            .check((budget, ctx, emit) -> spend(budget, ctx, emit, true));

    private PooledImprovedBcfRules() {
    }

    /** @return this section's rules, in catalogue order */
    static List<Rule<PooledBudget>> all() {
        return List.of(POOLED, POOLED_RECORDED, ALLOCATIONS_ADD_UP, ALLOCATIONS_ROUNDING, SPEND_RECONCILES, SPEND_ROUNDING);
    }

    private static void allocations(PooledBudget budget, RuleContext ctx, Emitter emit, boolean rounding) {
        ImprovedBcf ibcf = budget.improvedBcf();
        if (ibcf == null || ibcf.statedTotal() == null || ibcf.allocations().isEmpty()) {
            return;
        }
        IbcfReconciliation r = IbcfReconciliation.of(ibcf.statedTotal(), ibcf.allocations().values(),
                ctx.roundingTolerance());
        if (rounding ? r.withinRounding() : r.beyondRounding()) {
            emit.report(Pointer.of("improvedBcf", "statedTotal"), "The improved BCF allocations ("
                    + ibcf.allocations().entrySet().stream().map(PooledImprovedBcfRules::yearAmount)
                            .collect(Collectors.joining(", "))
                    + ") sum to " + r.computed().format() + " but the stated total is " + r.stated().format() + ": "
                    + r.verdict());
        }
    }

    private static void spend(PooledBudget budget, RuleContext ctx, Emitter emit, boolean rounding) {
        SpendForecast f = budget.improvedBcf() == null ? null : budget.improvedBcf().spendForecast();
        if (f == null || f.allocation() == null || f.forecastSpend() == null || f.oneOffAvailable() == null) {
            return;
        }
        IbcfReconciliation r = IbcfReconciliation.of(f.allocation(), List.of(f.forecastSpend(), f.oneOffAvailable()),
                ctx.roundingTolerance());
        if (rounding ? r.withinRounding() : r.beyondRounding()) {
            emit.report(Pointer.of("improvedBcf", "spendForecast", "oneOffAvailable"), "Improved BCF"
                    + (f.year() == null ? "" : " for " + f.year()) + ": forecast spend " + f.forecastSpend().format()
                    + " plus one-off funding " + f.oneOffAvailable().format() + " is " + r.computed().format()
                    + " but the allocation is " + f.allocation().format() + ": " + r.verdict());
        }
    }

    private static String yearAmount(Map.Entry<FinancialYear, Money> e) {
        return e.getKey() + " " + e.getValue().format();
    }
}
