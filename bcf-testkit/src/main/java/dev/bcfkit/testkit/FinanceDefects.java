package dev.bcfkit.testkit;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Defects in the 2016/17 income and expenditure tab ({@code [002:1011-1048]}). Each moves money
 * by at least £1,000, well beyond any rounding tolerance, and keeps every other rule satisfied:
 * annual totals stay equal to the pooled fund, and the reported quarter's actual is left alone
 * unless the defect is about it.
 */
final class FinanceDefects {
    /** An amount far beyond the £1-per-term rounding tolerance . */
    private static final Money STEP = Money.pounds(1_000);

    private FinanceDefects() {
    }

    private static boolean hasFinances(QuarterlyReturn r) {
        return r.edition() == Edition.QUARTERLY_2016_17 && r.incomeAndExpenditure() != null;
    }

    private static QuarterlyReturn income(QuarterlyReturn r, UnaryOperator<FundFlow> edit) {
        IncomeAndExpenditure f = r.incomeAndExpenditure();
        return ReturnEdits.finances(r, new IncomeAndExpenditure(f.pooledFund(), edit.apply(f.income()),
                f.expenditure(), f.financialCommentary(), f.previouslyReturned()));
    }

    private static QuarterlyReturn expenditure(QuarterlyReturn r, UnaryOperator<FundFlow> edit) {
        IncomeAndExpenditure f = r.incomeAndExpenditure();
        return ReturnEdits.finances(r, new IncomeAndExpenditure(f.pooledFund(), f.income(),
                edit.apply(f.expenditure()), f.financialCommentary(), f.previouslyReturned()));
    }

    private static Quarter otherThan(Quarter reported) {
        return reported == Quarter.Q4 ? Quarter.Q1 : Quarter.Q4;
    }

    private static Money shifted(Money value) {
        return value.isLessThan(STEP) ? value.plus(STEP) : value.minus(STEP);
    }

    /** @return the income plan's quarters no longer add up to its stated annual total */
    static Defect<QuarterlyReturn> unbalancedAnnualTotal() {
        return Defect.of("FIN-ANNUAL-EQUALS-SUM",
                "income plan: a quarter moved by £1,000 while the stated annual total stays the pooled fund",
                FinanceDefects::hasFinances, r -> {
                    Quarter q = otherThan(r.period().quarter());
                    return income(r, flow -> new FundFlow(flow.plan().with(q, shifted(flow.plan().get(q))),
                            flow.forecast(), flow.actual(), flow.differenceComment()));
                });
    }

    /**
     * @return in Q1-Q3 the reported quarter's income actual differs from its plan, in Q4 the pooled
     *     fund differs from the forecast and actual annual totals; either way the comment is blank
     */
    static Defect<QuarterlyReturn> missingDifferenceComment() {
        return Defect.of("FIN-COMMENT-REQUIRED",
                "income: the reported quarter's actual differs from its plan by £1,000 (in Q4: the pooled fund differs"
                        + " from the annual totals by £1,000) and the comment is blank",
                FinanceDefects::hasFinances, r -> {
                    Quarter q = r.period().quarter();
                    if (q == Quarter.Q4) {
                        IncomeAndExpenditure f = r.incomeAndExpenditure();
                        return ReturnEdits.finances(r, new IncomeAndExpenditure(shifted(f.pooledFund()),
                                uncommented(f.income()), uncommented(f.expenditure()), f.financialCommentary(),
                                f.previouslyReturned()));
                    }
                    return income(r, flow -> new FundFlow(flow.plan(), flow.forecast(),
                            flow.actual().with(q, shifted(flow.plan().get(q))), null));
                });
    }

    private static FundFlow uncommented(FundFlow flow) {
        return new FundFlow(flow.plan(), flow.forecast(), flow.actual(), null);
    }

    /** @return the reported quarter's income actual is blank */
    static Defect<QuarterlyReturn> missingActual() {
        return Defect.of("FIN-ACTUALS-TO-DATE", "income: the reported quarter's actual left blank",
                FinanceDefects::hasFinances, r -> {
                    Quarter q = r.period().quarter();
                    return income(r, flow -> new FundFlow(flow.plan(), flow.forecast(), flow.actual().with(q, null),
                            flow.differenceComment()));
                });
    }

    /** @return an income actual entered for the quarter after the reported one */
    static Defect<QuarterlyReturn> futureActual() {
        return Defect.of("FIN-NO-FUTURE-ACTUALS", "income: an actual entered for the quarter after the reported one",
                r -> hasFinances(r) && r.period().quarter() != Quarter.Q4, r -> {
                    Quarter next = Quarter.of(r.period().quarter().number() + 1);
                    return income(r, flow -> new FundFlow(flow.plan(), flow.forecast(),
                            flow.actual().with(next, flow.forecast().get(next)), flow.differenceComment()));
                });
    }

    /**
     * @return an expenditure forecast quarter above 100,000,000, balanced by a negative one, so the
     *     annual total still adds up
     */
    static Defect<QuarterlyReturn> outOfRange() {
        return Defect.of("FIN-NUMERIC-RANGE",
                "expenditure forecast: one quarter set to 100,000,001 and another made negative to keep the total",
                FinanceDefects::hasFinances, r -> {
                    List<Quarter> others = new ArrayList<>(List.of(Quarter.values()));
                    others.remove(r.period().quarter());
                    Quarter up = others.get(0);
                    Quarter down = others.get(1);
                    return expenditure(r, flow -> {
                        QuarterlyFigures f = flow.forecast();
                        Money delta = Money.pounds(Amounts.CELL_MAX + 1).minus(f.get(up));
                        QuarterlyFigures broken = f.with(up, f.get(up).plus(delta)).with(down, f.get(down).minus(delta));
                        return new FundFlow(flow.plan(), broken, flow.actual(), flow.differenceComment());
                    });
                });
    }
}
