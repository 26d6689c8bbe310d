package dev.bcfkit.testkit;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.AdditionalMeasures.PersonalHealthBudgets;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnSeries;
import dev.bcfkit.testkit.seeds.SouthendReturns;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated series of 2016/17 returns of one board ({@link ReturnSeries}) whose carried cells
 * agree: Q1 to Q2, Q3 or Q4 of Southend's returns ({@code [002]}) as the skeleton, with generated
 * values in every cell a later return pre-populates or carries over: the s.75 answer and the
 * pooled fund ({@code [002:1453]}, {@code [002:1659]}), the "Previously returned data" grids
 * (plan from Q1, forecast and actuals from the previous return, {@code [002:2046]}), the earlier
 * quarters' condition answers ({@code [002:2373]}), conditions that once met stay met, and
 * personal health budget totals that carry over (previous total + new - stopped). Such a series
 * has no finding of any series rule.
 */
public final class ReturnSeriesArbitraries {
    private ReturnSeriesArbitraries() {
    }

    /** @return consistent series of two to four 2016/17 returns, Q1 onwards */
    public static Arbitrary<ReturnSeries> consistent() {
        Arbitrary<Integer> quarters = Arbitraries.integers().between(2, 4);
        Arbitrary<YesNo> s75 = Arbitraries.of(YesNo.YES, YesNo.NO);
        Arbitrary<Long> pounds = Arbitraries.longs().between(0, 50_000_000L);
        Arbitrary<List<Long>> plan = pounds.list().ofSize(4);
        Arbitrary<List<List<Long>>> forecasts = pounds.list().ofSize(4).list().ofSize(4);
        Arbitrary<List<Long>> actuals = pounds.list().ofSize(4);
        // the quarter (0-4) from which each condition is met; 4 = never in the year
        Arbitrary<List<Integer>> metFrom = Arbitraries.integers().between(0, 4).list().ofSize(12);
        Arbitrary<List<Integer>> phb = Arbitraries.integers().between(0, 500).list().ofSize(9);
        return Combinators.combine(quarters, s75, pounds, plan, forecasts, actuals, metFrom, phb)
                .as(ReturnSeriesArbitraries::build);
    }

    private static ReturnSeries build(int count, YesNo s75, long pooled, List<Long> plan, List<List<Long>> forecasts,
            List<Long> actuals, List<Integer> metFrom, List<Integer> phb) {
        List<QuarterlyReturn> skeleton = SouthendReturns.all();
        List<QuarterlyReturn> returns = new ArrayList<>();
        long total = phb.get(0);
        for (int k = 0; k < count; k++) {
            QuarterlyReturn base = skeleton.get(k);
            long added = phb.get(1 + 2 * k);
            long stopped = Math.min(phb.get(2 + 2 * k), total + added);
            total = total + added - stopped;
            returns.add(quarter(base, k, s75, pooled, plan, forecasts, actuals, metFrom, total, added, stopped));
        }
        return ReturnSeries.of(returns);
    }

    private static QuarterlyReturn quarter(QuarterlyReturn base, int k, YesNo s75, long pooled, List<Long> plan,
            List<List<Long>> forecasts, List<Long> actuals, List<Integer> metFrom, long total, long added,
            long stopped) {
        BudgetArrangements budget = new BudgetArrangements(s75, null, null, null);
        List<ConditionResponse> rows = new ArrayList<>();
        for (int i = 0; i < base.nationalConditions().size(); i++) {
            ConditionResponse old = base.nationalConditions().get(i);
            int from = metFrom.get(i % metFrom.size());
            Map<Quarter, ConditionAnswer> earlier = new EnumMap<>(Quarter.class);
            for (int j = 0; j < k; j++) {
                earlier.put(Quarter.values()[j], answer(j, from));
            }
            ConditionAnswer now = answer(k, from);
            rows.add(new ConditionResponse(old.condition(), now,
                    now == ConditionAnswer.YES ? null : base.period().lastDay().plusMonths(3),
                    now == ConditionAnswer.YES ? null : "Agreement is expected next quarter.", new TreeMap<>(earlier)));
        }
        FundFlow amended = flow(plan, forecasts.get(k), actuals, k + 1);
        IncomeAndExpenditure.PreviouslyReturned previously = k == 0 ? null
                : new IncomeAndExpenditure.PreviouslyReturned(flow(plan, forecasts.get(k - 1), actuals, k),
                        flow(plan, forecasts.get(k - 1), actuals, k));
        IncomeAndExpenditure old = base.incomeAndExpenditure();
        IncomeAndExpenditure ie = new IncomeAndExpenditure(Money.pounds(pooled), amended, amended,
                old.financialCommentary(), previously);
        AdditionalMeasures a = base.additionalMeasures();
        PersonalHealthBudgets p = a.personalHealthBudgets();
        AdditionalMeasures measures = new AdditionalMeasures(a.nhsNumberOnCorrespondence(), a.nhsNumberRetrieval(),
                a.dataSharing(), a.openApiProgress(), a.integratedCareRecordPilot(),
                new PersonalHealthBudgets(total, added, stopped, p.percentInContinuingHealthcare(),
                        p.ratePer100kShown(), p.population(), p.populationLabel()),
                a.integratedCareTeams());
        return new QuarterlyReturn(base.period(), base.cover(), budget, rows, ie, base.metrics(),
                base.yearEndFeedback(), measures, base.highImpactChangeModel(), base.narrative(),
                base.additionalIbcf());
    }

    /** Not met before quarter {@code from}, met from it on; plain "No" (allowed in every quarter). */
    private static ConditionAnswer answer(int quarter, int from) {
        return quarter >= from ? ConditionAnswer.YES : ConditionAnswer.NO;
    }

    private static FundFlow flow(List<Long> plan, List<Long> forecast, List<Long> actuals, int actualQuarters) {
        QuarterlyFigures actual = QuarterlyFigures.BLANK;
        for (int q = 0; q < actualQuarters; q++) {
            actual = actual.with(Quarter.values()[q], Money.pounds(actuals.get(q)));
        }
        return new FundFlow(row(plan), row(forecast), actual, null);
    }

    private static QuarterlyFigures row(List<Long> values) {
        return new QuarterlyFigures(Money.pounds(values.get(0)), Money.pounds(values.get(1)),
                Money.pounds(values.get(2)), Money.pounds(values.get(3)),
                Money.pounds(values.stream().mapToLong(Long::longValue).sum()));
    }
}
