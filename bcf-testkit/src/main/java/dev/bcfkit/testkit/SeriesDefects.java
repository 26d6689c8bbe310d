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
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;

/**
 * Defects of a series of returns ({@link ReturnSeries}): each changes one carried cell of the
 * latest return, so that exactly one finding of its rule follows from a consistent series
 * ({@link ReturnSeriesArbitraries#consistent()}). The cells are those a later 2016/17 return
 * pre-populates from an earlier one ({@code [002:1453]}, {@code [002:1659]}, {@code [002:2046]},
 * {@code [002:2373]}) and the personal health budget total that carries over
 * ({@code [002:1134-1137]}).
 */
public final class SeriesDefects {
    /** The latest return's pre-populated s.75 answer turned over. */
    public static final Defect<ReturnSeries> SERIES_S75_CARRIED = Defect.of("SERIES-S75-CARRIED",
            "the latest return's pre-populated s.75 answer differs from the previous return's",
            s -> s.returns().size() > 1 && last(s).budgetArrangements() != null
                    && last(s).budgetArrangements().pooledViaSection75() != null,
            s -> editLast(s, r -> {
                BudgetArrangements b = r.budgetArrangements();
                YesNo other = b.pooledViaSection75() == YesNo.YES ? YesNo.NO : YesNo.YES;
                return ReturnEdits.budget(r, new BudgetArrangements(other, null, b.expectedPoolingDate(),
                        b.explanation()));
            }));

    /** The latest return's pre-populated pooled fund changed by £1. */
    public static final Defect<ReturnSeries> SERIES_POOLED_FUND_CARRIED = Defect.of("SERIES-POOLED-FUND-CARRIED",
            "the latest return's pre-populated pooled fund differs from the previous return's by £1",
            s -> s.returns().size() > 1 && last(s).incomeAndExpenditure() != null
                    && last(s).incomeAndExpenditure().pooledFund() != null,
            s -> editLast(s, r -> {
                IncomeAndExpenditure ie = r.incomeAndExpenditure();
                return ReturnEdits.finances(r, new IncomeAndExpenditure(ie.pooledFund().plus(Money.pounds(1)),
                        ie.income(), ie.expenditure(), ie.financialCommentary(), ie.previouslyReturned()));
            }));

    /** One cell of the latest Q2 or Q3 return's "Previously returned data" income forecast changed by £1. */
    public static final Defect<ReturnSeries> SERIES_FUND_CARRIED = previouslyReturned("SERIES-FUND-CARRIED",
            Quarter.Q2, Quarter.Q3);

    /** One cell of the Q4 return's "Previously returned data" income forecast changed by £1. */
    public static final Defect<ReturnSeries> SERIES_FUND_CARRIED_Q4 = previouslyReturned("SERIES-FUND-CARRIED-Q4",
            Quarter.Q4);

    /** The latest return shows another answer than Q1's for one condition's Q1 column. */
    public static final Defect<ReturnSeries> SERIES_CONDITION_ANSWERS_CARRIED = Defect.random(
            "SERIES-CONDITION-ANSWERS-CARRIED",
            "the latest return's pre-populated Q1 answer to a condition differs from the Q1 return's",
            s -> s.returns().size() > 1 && s.get(Quarter.Q1).isPresent()
                    && last(s).nationalConditions().stream().anyMatch(c -> c.previousResponses().containsKey(Quarter.Q1)),
            s -> Arbitraries.integers().between(0, last(s).nationalConditions().size() - 1)
                    .filter(i -> last(s).nationalConditions().get(i).previousResponses().containsKey(Quarter.Q1))
                    .map(i -> editLast(s, r -> ReturnEdits.conditions(r, ReturnEdits.replace(r.nationalConditions(),
                            i, row -> {
                                TreeMap<Quarter, ConditionAnswer> earlier = new TreeMap<>(row.previousResponses());
                                earlier.put(Quarter.Q1, earlier.get(Quarter.Q1) == ConditionAnswer.YES
                                        ? ConditionAnswer.NO : ConditionAnswer.YES);
                                return new ConditionResponse(row.condition(), row.answer(), row.expectedDate(),
                                        row.explanation(), earlier);
                            })))));

    /** The latest return's personal health budget total one more than the carry-over gives. */
    public static final Defect<ReturnSeries> SERIES_PHB_CARRIED = Defect.of("SERIES-PHB-CARRIED",
            "the latest return's personal health budget total is one more than previous total + new - stopped",
            s -> s.returns().size() > 1 && last(s).additionalMeasures() != null
                    && last(s).additionalMeasures().personalHealthBudgets() != null
                    && last(s).additionalMeasures().personalHealthBudgets().total() != null,
            s -> editLast(s, r -> {
                AdditionalMeasures a = r.additionalMeasures();
                PersonalHealthBudgets p = a.personalHealthBudgets();
                return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                        r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), new AdditionalMeasures(
                                a.nhsNumberOnCorrespondence(), a.nhsNumberRetrieval(), a.dataSharing(),
                                a.openApiProgress(), a.integratedCareRecordPilot(), new PersonalHealthBudgets(
                                        p.total() + 1, p.newInQuarter(), p.stoppedInQuarter(),
                                        p.percentInContinuingHealthcare(), p.ratePer100kShown(), p.population(),
                                        p.populationLabel()), a.integratedCareTeams()),
                        r.highImpactChangeModel(), r.narrative(), r.additionalIbcf());
            }));

    private SeriesDefects() {
    }

    /** @return every series defect, in rule order */
    public static List<Defect<ReturnSeries>> forSeries() {
        return List.of(SERIES_S75_CARRIED, SERIES_POOLED_FUND_CARRIED, SERIES_FUND_CARRIED, SERIES_FUND_CARRIED_Q4,
                SERIES_CONDITION_ANSWERS_CARRIED, SERIES_PHB_CARRIED);
    }

    private static Defect<ReturnSeries> previouslyReturned(String ruleId, Quarter... quarters) {
        List<Quarter> in = List.of(quarters);
        return Defect.random(ruleId, "one cell of the latest return's previously returned income forecast differs by £1"
                        + " from the return it comes from (" + in + ")",
                s -> s.returns().size() > 1 && in.contains(last(s).period().quarter())
                        && last(s).incomeAndExpenditure() != null
                        && last(s).incomeAndExpenditure().previouslyReturned() != null
                        && last(s).incomeAndExpenditure().previouslyReturned().income() != null
                        && last(s).incomeAndExpenditure().previouslyReturned().income().forecast() != null
                        && s.previous(last(s)).isPresent(),
                s -> Arbitraries.of(Quarter.values())
                        .filter(q -> last(s).incomeAndExpenditure().previouslyReturned().income().forecast().get(q) != null)
                        .map(q -> editLast(s, r -> {
                            IncomeAndExpenditure ie = r.incomeAndExpenditure();
                            FundFlow shown = ie.previouslyReturned().income();
                            FundFlow changed = new FundFlow(shown.plan(), shown.forecast().with(q,
                                    shown.forecast().get(q).plus(Money.pounds(1))), shown.actual(),
                                    shown.differenceComment());
                            return ReturnEdits.finances(r, new IncomeAndExpenditure(ie.pooledFund(), ie.income(),
                                    ie.expenditure(), ie.financialCommentary(), new IncomeAndExpenditure.PreviouslyReturned(
                                            changed, ie.previouslyReturned().expenditure())));
                        })));
    }

    private static QuarterlyReturn last(ReturnSeries s) {
        return s.returns().get(s.returns().size() - 1);
    }

    private static ReturnSeries editLast(ReturnSeries s, UnaryOperator<QuarterlyReturn> edit) {
        List<QuarterlyReturn> returns = new ArrayList<>(s.returns());
        returns.set(returns.size() - 1, edit.apply(last(s)));
        return ReturnSeries.of(returns);
    }
}
