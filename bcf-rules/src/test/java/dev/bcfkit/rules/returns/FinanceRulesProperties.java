package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.FundRow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.calc.Phasing;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of the 2016/17 income and expenditure rules over balanced returns: a pooled fund of
 * 0 to 100,000,000 phased with the remainder in the earliest quarters (the library's
 * quarterly phasing), the forecast and actuals equal to the plan, every annual total the sum
 * of its quarters and equal to the pooled fund.
 */
class FinanceRulesProperties {

    @Provide
    Arbitrary<QuarterlyReturn> balanced() {
        return Combinators.combine(Arbitraries.longs().between(0, 100_000_000), Arbitraries.of(Quarter.class))
                .as((pooled, q) -> balanced(Money.pounds(pooled), q));
    }

    static QuarterlyReturn balanced(Money pooled, Quarter q) {
        return ReturnEdits.incomeAndExpenditure(ReturnSamples.complete2016(q), ReturnSamples.incomeAndExpenditure(
                pooled, Phasing.split(pooled, 4, Phasing.Unit.POUND), q));
    }

    private static List<String> lines(Rule<QuarterlyReturn> rule, QuarterlyReturn r) {
        return Judge.lines(rule, r);
    }

    @Property(tries = 200)
    void anyBalancedReturnHasNoFinanceFinding(@ForAll("balanced") QuarterlyReturn r) {
        for (Rule<QuarterlyReturn> rule : FinanceRules.all()) {
            assertEquals(List.of(), Judge.run(rule, r), rule.id());
        }
    }

    @Property(tries = 200)
    void changingOneQuarterByDMakesTheAnnualTotalDifferByD(@ForAll("balanced") QuarterlyReturn r,
            @ForAll FundGrid grid, @ForAll FundRow row, @ForAll Quarter quarter,
            @ForAll @LongRange(min = -5_000_000, max = 5_000_000) long d) {
        Assume.that(d != 0);
        Assume.that(row != FundRow.ACTUAL || r.period().quarter() == Quarter.Q4);
        QuarterlyFigures f = grid.row(r.incomeAndExpenditure(), row);
        QuarterlyReturn changed = edit(r, grid, row, f.with(quarter, f.get(quarter).plus(Money.pounds(d))));
        Money sum = Money.sum(grid.row(changed.incomeAndExpenditure(), row).quarters());
        assertEquals(List.of(grid.pointer(row, "annualTotal") + ": " + row.property() + " annual " + grid.property()
                + " " + f.annualTotal().format() + " differs from the sum of its quarters " + sum.format() + " by "
                + Money.pounds(Math.abs(d)).format()), lines(FinanceRules.ANNUAL_EQUALS_SUM, changed));
    }

    @Property(tries = 200)
    void aPooledFundDifferentByDIsWarnedForEveryAnnualRowAndNeedsComments(@ForAll("balanced") QuarterlyReturn r,
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long d) {
        Assume.that(d != 0);
        IncomeAndExpenditure ie = r.incomeAndExpenditure();
        Money pooled = ie.pooledFund().plus(Money.pounds(d));
        QuarterlyReturn changed = ReturnEdits.incomeAndExpenditure(r, new IncomeAndExpenditure(pooled,
                blankComment(ie.income()), blankComment(ie.expenditure()), ie.financialCommentary(), null));
        List<FundRow> rows = FundGrid.annualRows(r.period().quarter());
        List<Finding> warnings = Judge.run(FinanceRules.ANNUAL_EQUALS_POOLED, changed);
        assertEquals(2 * rows.size(), warnings.size());
        assertTrue(warnings.stream().allMatch(w -> w.message().endsWith("differs from the pooled fund "
                + pooled.format() + " by " + Money.pounds(Math.abs(d)).format())), warnings.toString());
        assertEquals(List.of("/incomeAndExpenditure/income/differenceComment",
                "/incomeAndExpenditure/expenditure/differenceComment"),
                Judge.run(FinanceRules.COMMENT_REQUIRED, changed).stream().map(Finding::path).toList());
    }

    @Property(tries = 200)
    void theReportedQuartersActualDifferingFromPlanNeedsACommentBeforeQ4(@ForAll("balanced") QuarterlyReturn r,
            @ForAll FundGrid grid, @ForAll @LongRange(min = 1, max = 1_000_000) long d, @ForAll boolean commented) {
        Quarter now = r.period().quarter();
        FundFlow flow = grid.of(r.incomeAndExpenditure());
        QuarterlyFigures actual = flow.actual().with(now, flow.actual().get(now).plus(Money.pounds(d)));
        if (now == Quarter.Q4) {
            actual = actual.withAnnualTotal(Money.sum(actual.quarters()));
        }
        QuarterlyReturn changed = edit(r, grid, new FundFlow(flow.plan(), flow.forecast(), actual,
                commented ? "timing of invoices" : null));
        List<Finding> findings = Judge.run(FinanceRules.COMMENT_REQUIRED, changed);
        assertEquals(commented ? 0 : 1, findings.size());
        if (!commented && now != Quarter.Q4) {
            assertTrue(findings.get(0).message().contains(now + " actual " + grid.property()) && findings.get(0)
                    .message().contains("by " + Money.pounds(d).format()), findings.get(0).message());
        }
    }

    @Property(tries = 200)
    void actualsAreRequiredUpToTheReportedQuarterAndRefusedAfterIt(@ForAll("balanced") QuarterlyReturn r,
            @ForAll FundGrid grid, @ForAll Quarter quarter) {
        FundFlow flow = grid.of(r.incomeAndExpenditure());
        Quarter now = r.period().quarter();
        boolean reported = quarter.compareTo(now) <= 0;
        QuarterlyFigures actual = flow.actual().with(quarter, reported ? null : Money.pounds(5));
        QuarterlyReturn changed = edit(r, grid, new FundFlow(flow.plan(), flow.forecast(), actual,
                flow.differenceComment()));
        String path = grid.pointer(FundRow.ACTUAL, FundGrid.property(quarter));
        assertEquals(reported ? List.of(path) : List.of(), paths(FinanceRules.ACTUALS_TO_DATE, changed));
        assertEquals(reported ? List.of() : List.of(path), paths(FinanceRules.NO_FUTURE_ACTUALS, changed));
    }

    @Property(tries = 300)
    void thePrePopulatedPooledFundIsNeverJudgedByTheTypedCellsRange(
            @ForAll @LongRange(min = -200_000_000, max = 200_000_000) long pooled, @ForAll Quarter q) {
        // [002:1195] limits "cells requiring a numerical input"; the pooled fund is pre-populated [002:1048]
        QuarterlyReturn r = ReturnSamples.complete2016(q);
        IncomeAndExpenditure ie = r.incomeAndExpenditure();
        QuarterlyReturn changed = ReturnEdits.incomeAndExpenditure(r, new IncomeAndExpenditure(Money.pounds(pooled),
                ie.income(), ie.expenditure(), ie.financialCommentary(), null));
        assertEquals(List.of(), paths(FinanceRules.NUMERIC_RANGE, changed));
    }

    @Property(tries = 200)
    void annualExpenditureDifferentFromIncomeByDIsReportedAsInformation(@ForAll("balanced") QuarterlyReturn r,
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long d) {
        Assume.that(d != 0);
        FundFlow e = r.incomeAndExpenditure().expenditure();
        QuarterlyReturn changed = edit(r, FundGrid.EXPENDITURE, new FundFlow(
                e.plan().withAnnualTotal(e.plan().annualTotal().plus(Money.pounds(d))), e.forecast(), e.actual(),
                e.differenceComment()));
        List<Finding> info = Judge.run(FinanceRules.INCOME_EQUALS_EXPENDITURE, changed);
        assertEquals(1, info.size());
        assertEquals(Severity.INFO, info.get(0).severity());
        assertTrue(info.get(0).message().endsWith(" by " + Money.pounds(Math.abs(d)).format()));
    }

    private static List<String> paths(Rule<QuarterlyReturn> rule, QuarterlyReturn r) {
        return Judge.run(rule, r).stream().map(Finding::path).toList();
    }

    private static FundFlow blankComment(FundFlow f) {
        return new FundFlow(f.plan(), f.forecast(), f.actual(), null);
    }

    private static QuarterlyReturn edit(QuarterlyReturn r, FundGrid grid, FundRow row, QuarterlyFigures figures) {
        FundFlow f = grid.of(r.incomeAndExpenditure());
        List<QuarterlyFigures> rows = new ArrayList<>(List.of(f.plan(), f.forecast(), f.actual()));
        rows.set(row.ordinal(), figures);
        return edit(r, grid, new FundFlow(rows.get(0), rows.get(1), rows.get(2), f.differenceComment()));
    }

    private static QuarterlyReturn edit(QuarterlyReturn r, FundGrid grid, FundFlow flow) {
        IncomeAndExpenditure ie = r.incomeAndExpenditure();
        return ReturnEdits.incomeAndExpenditure(r, new IncomeAndExpenditure(ie.pooledFund(),
                grid == FundGrid.INCOME ? flow : ie.income(), grid == FundGrid.EXPENDITURE ? flow : ie.expenditure(),
                ie.financialCommentary(), null));
    }
}
