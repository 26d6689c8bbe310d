package dev.bcfkit.rules.returns;

import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Table;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.FundRow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.calc.Reconciliation;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.engine.CellRange;
import dev.bcfkit.rules.engine.Pointer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2016/17 income and expenditure tab ({@code [002:1011-1048]}): annual
 * totals that add up, year-end figures equal to the pooled fund, the comment the template asks
 * for when they do not, actuals up to the reported quarter, and the template-wide numeric range
 * ({@code [002:1195]}). Figures are compared exactly: the grid holds whole pounds typed by the
 * board, so a £1 difference is a real difference, not rounding of a published figure.
 */
final class FinanceRules {
    private FinanceRules() {
    }

    /** @return the finance rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(ANNUAL_EQUALS_SUM, ANNUAL_EQUALS_POOLED, COMMENT_REQUIRED, ACTUALS_TO_DATE, NO_FUTURE_ACTUALS,
                NUMERIC_RANGE, INCOME_EQUALS_EXPENDITURE);
    }

    /** A stated annual total equals the sum of its quarters. */
    static final Rule<QuarterlyReturn> ANNUAL_EQUALS_SUM = Rule.on(QuarterlyReturn.class, "FIN-ANNUAL-EQUALS-SUM")
            .requirements("R41")
            .title("Every stated annual total (plan, forecast, actual) equals the sum of its four quarters")
            .severity(Severity.ERROR)
            .editions(ReturnEditions.Y2016)
            .source("[002:1615] \"Q1 2016/17 · Q2 2016/17 · Q3 2016/17 · Q4 2016/17 · Annual Total\";"
                    + " [002:2002] 3,282,763 + 3 x 3,282,762 = 13,131,049")
            .check((r, ctx, emit) -> {
                IncomeAndExpenditure ie = r.incomeAndExpenditure();
                for (FundGrid grid : FundGrid.values()) {
                    for (FundRow row : FundRow.values()) {
                        QuarterlyFigures f = grid.row(ie, row);
                        Money computed = FundGrid.sumOfQuarters(f);
                        if (computed == null || f.annualTotal() == null) {
                            continue;
                        }
                        Money difference = Reconciliation.difference(f.annualTotal(), computed);
                        if (!difference.isZero()) {
                            emit.report(grid.pointer(row, "annualTotal"), FundGrid.label(row) + " annual "
                                    + grid.property() + " " + f.annualTotal().format()
                                    + " differs from the sum of its quarters " + computed.format() + " by "
                                    + difference.abs().format());
                        }
                    }
                }
            });

    /** Plan and forecast annual totals (and in Q4 the actual) equal the pooled fund. */
    static final Rule<QuarterlyReturn> ANNUAL_EQUALS_POOLED = Rule.on(QuarterlyReturn.class,
            "FIN-ANNUAL-EQUALS-POOLED")
            .requirements("R42")
            .title("Plan and forecast annual totals (in Q4 the actual too) equal the pooled fund")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("[002:1251] \"It is expected that the total planned income and planned expenditure figures"
                    + " for 2016-17 should equal the total pooled budget\"; [002:1011] \"in both cases the yearend"
                    + " figures should equal the total pooled fund\"; the template asks for a comment, not a"
                    + " correction [002:1027]")
            .check((r, ctx, emit) -> {
                IncomeAndExpenditure ie = r.incomeAndExpenditure();
                Money pooled = ie == null ? null : ie.pooledFund();
                if (pooled == null) {
                    return;
                }
                for (FundGrid grid : FundGrid.values()) {
                    for (FundRow row : FundGrid.annualRows(ReturnEditions.quarter(ctx))) {
                        Money annual = FundGrid.annual(grid.row(ie, row));
                        if (annual != null && !annual.equals(pooled)) {
                            emit.report(grid.pointer(row, "annualTotal"), differsFromPooled(grid, row, annual, pooled));
                        }
                    }
                }
            });

    /** The quarter's comment triggers need a comment. */
    static final Rule<QuarterlyReturn> COMMENT_REQUIRED = Rule.on(QuarterlyReturn.class, "FIN-COMMENT-REQUIRED")
            .requirements("R43")
            .title("A difference from the pooled fund, or the quarter's actual differing from its plan or forecast,"
                    + " is commented on")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("[002:1027] Q1 \"Please comment if one of the following applies: - There is a difference between"
                    + " the planned / forecasted annual totals and the pooled fund - The Q1 actual differs from the Q1"
                    + " plan and / or Q1 forecast\"; [002:1628] Q2-Q3; [002:2398] Q4"
                    + ". A WARNING: the template asks (\"please\"), and a blank answer is an incomplete return")
            .check((r, ctx, emit) -> {
                IncomeAndExpenditure ie = r.incomeAndExpenditure();
                if (ie == null) {
                    return;
                }
                for (FundGrid grid : FundGrid.values()) {
                    FundFlow flow = grid.of(ie);
                    if (flow == null || !Text.isBlank(flow.differenceComment())) {
                        continue;
                    }
                    List<String> triggers = commentTriggers(ie, grid, ReturnEditions.quarter(ctx));
                    if (!triggers.isEmpty()) {
                        emit.report(Pointer.of("incomeAndExpenditure", grid.property(), "differenceComment"),
                                "a comment on the " + grid.property() + " figures is required: "
                                        + String.join("; ", triggers));
                    }
                }
            });

    /** Actuals are given for every quarter up to the reported one. */
    static final Rule<QuarterlyReturn> ACTUALS_TO_DATE = Rule.on(QuarterlyReturn.class, "FIN-ACTUALS-TO-DATE")
            .requirements("R40")
            .title("Actual income and expenditure are given for every quarter up to the reported one")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("[002:1025] Q1 return: Actual Q1; [002:1625] Q2: Q1-Q2; [002:2011] Q3: Q1-Q3; [002:2395] Q4:"
                    + " Q1-Q4: each quarter's return has Actual cells up to its own quarter")
            .check((r, ctx, emit) -> {
                IncomeAndExpenditure ie = r.incomeAndExpenditure();
                if (ie == null) {
                    return;
                }
                Quarter now = ReturnEditions.quarter(ctx);
                for (FundGrid grid : FundGrid.values()) {
                    if (grid.of(ie) == null) {
                        continue;
                    }
                    ImmutableTable<FundRow, Quarter, Money> cells = grid.quarters(ie);
                    for (Quarter q : Quarter.values()) {
                        if (q.compareTo(now) <= 0 && !cells.contains(FundRow.ACTUAL, q)) {
                            emit.report(grid.pointer(FundRow.ACTUAL, FundGrid.property(q)), "the " + q + " actual "
                                    + grid.property() + " is blank; a " + ctx.period()
                                    + " return gives actuals for every quarter up to " + now);
                        }
                    }
                }
            });

    /** No actuals after the reported quarter. */
    static final Rule<QuarterlyReturn> NO_FUTURE_ACTUALS = Rule.on(QuarterlyReturn.class, "FIN-NO-FUTURE-ACTUALS")
            .requirements("R40")
            .title("No actual is given for a quarter after the reported one")
            .severity(Severity.ERROR)
            .editions(ReturnEditions.Y2016)
            .source("[002:1025], [002:1625], [002:2011]: the Actual row has cells only up to the reported quarter,"
                    + " so an actual for a later quarter cannot be entered in the template")
            .check((r, ctx, emit) -> {
                IncomeAndExpenditure ie = r.incomeAndExpenditure();
                Quarter now = ReturnEditions.quarter(ctx);
                for (FundGrid grid : FundGrid.values()) {
                    grid.quarters(ie).row(FundRow.ACTUAL).forEach((q, m) -> {
                        if (q.compareTo(now) > 0) {
                            emit.report(grid.pointer(FundRow.ACTUAL, FundGrid.property(q)), "the " + q + " actual "
                                    + grid.property() + " " + m.format() + " is given in a " + ctx.period()
                                    + " return; actuals stop at " + now);
                        }
                    });
                }
            });

    /**
     * The cells a board types are within the template's range. The limit is on "cells requiring a
     * numerical input" ({@code [002:1195]}): the quarterly plan, forecast and actual figures and the
     * personal health budget counts. The pooled fund is pre-populated from an earlier collection
     * ({@code [002:1048]}) and the annual totals are the template's sums, so neither is judged here.
     */
    static final Rule<QuarterlyReturn> NUMERIC_RANGE = Rule.on(QuarterlyReturn.class, "FIN-NUMERIC-RANGE")
            .requirements("R46", "R36")
            .title("Numeric cells a board types are between 0 and 100,000,000; the Continuing Healthcare percentage"
                    + " between 0 and 100")
            .severity(Severity.ERROR)
            .editions(ReturnEditions.Y2016)
            .source("[002:1195] \"Throughout this template cells requiring a numerical input are restricted to values"
                    + " between 0 and 100,000,000.\" (inclusive), so not the pre-populated pooled fund [002:1048] or"
                    + " the annual totals; [002:1138-1139] \"what proportion are in receipt of"
                    + " NHS"
                    + " Continuing Healthcare (%)\"")
            .check((r, ctx, emit) -> {
                IncomeAndExpenditure ie = r.incomeAndExpenditure();
                for (FundGrid grid : FundGrid.values()) {
                    for (Table.Cell<FundRow, Quarter, Money> cell : grid.quarters(ie).cellSet()) {
                        Money m = cell.getValue();
                        if (CellRange.outside(CellRange.NUMERIC_INPUT, m.amount())) {
                            // the path and label are built only for a figure out of range
                            FundRow row = cell.getRowKey();
                            Quarter q = cell.getColumnKey();
                            emit.report(grid.pointer(row, FundGrid.property(q)), "the " + q + " "
                                    + FundGrid.label(row) + " " + grid.property() + " " + m.format()
                                    + " is outside the template's range £0 to £100,000,000");
                        }
                    }
                }
                AdditionalMeasures am = r.additionalMeasures();
                AdditionalMeasures.PersonalHealthBudgets phb = am == null ? null : am.personalHealthBudgets();
                if (phb != null) {
                    count(emit, phb.total(), "total", "the number of personal health budgets in place");
                    count(emit, phb.newInQuarter(), "newInQuarter", "the number of new personal health budgets");
                    count(emit, phb.stoppedInQuarter(), "stoppedInQuarter",
                            "the number of personal health budgets stopped");
                    BigDecimal pct = phb.percentInContinuingHealthcare();
                    if (CellRange.outside(CellRange.PERCENTAGE, pct)) {
                        emit.report(Pointer.of("additionalMeasures", "personalHealthBudgets",
                                "percentInContinuingHealthcare"), "the percentage in receipt of NHS Continuing"
                                + " Healthcare, " + pct.toPlainString() + "%, is outside 0 to 100");
                    }
                }
            });

    /** Annual income and expenditure agree (information). */
    static final Rule<QuarterlyReturn> INCOME_EQUALS_EXPENDITURE = Rule.on(QuarterlyReturn.class,
            "FIN-INCOME-EQUALS-EXPENDITURE")
            .requirements("R42")
            .title("Annual income into and expenditure from the pooled fund agree")
            .severity(Severity.INFO)
            .editions(ReturnEditions.Y2016)
            .source("Derived: both should equal the pooled fund [002:1011], so a difference"
                    + " between them is worth knowing; Southend's are equal in every cell [002:1022-1036]")
            .derived()
            .check((r, ctx, emit) -> {
                IncomeAndExpenditure ie = r.incomeAndExpenditure();
                for (FundRow row : FundGrid.annualRows(ReturnEditions.quarter(ctx))) {
                    Money income = FundGrid.annual(FundGrid.INCOME.row(ie, row));
                    Money expenditure = FundGrid.annual(FundGrid.EXPENDITURE.row(ie, row));
                    if (income != null && expenditure != null && !income.equals(expenditure)) {
                        emit.report(FundGrid.EXPENDITURE.pointer(row, "annualTotal"), FundGrid.label(row)
                                + " annual expenditure " + expenditure.format() + " differs from " + FundGrid.label(row)
                                + " annual income " + income.format() + " by "
                                + Reconciliation.difference(expenditure, income).abs().format());
                    }
                }
            });

    /**
     * The comment triggers of the reported quarter for one grid ({@code [002:1027]},
     * {@code [002:1628]}, {@code [002:2398]}).
     *
     * @param ie the tab
     * @param grid income or expenditure
     * @param now the reported quarter
     * @return the triggers that fire, described, in the template's order
     */
    static List<String> commentTriggers(IncomeAndExpenditure ie, FundGrid grid, Quarter now) {
        List<String> triggers = new ArrayList<>();
        Money pooled = ie.pooledFund();
        List<FundRow> annualRows = switch (now) {
            case Q1 -> List.of(FundRow.PLAN, FundRow.FORECAST);
            case Q2, Q3 -> List.of(FundRow.FORECAST);
            case Q4 -> List.of(FundRow.FORECAST, FundRow.ACTUAL);
        };
        if (pooled != null) {
            for (FundRow row : annualRows) {
                Money annual = FundGrid.annual(grid.row(ie, row));
                if (annual != null && !annual.equals(pooled)) {
                    triggers.add(differsFromPooled(grid, row, annual, pooled));
                }
            }
        }
        if (now != Quarter.Q4) {
            ImmutableTable<FundRow, Quarter, Money> cells = grid.quarters(ie);
            Money actual = cells.get(FundRow.ACTUAL, now);
            for (FundRow row : List.of(FundRow.PLAN, FundRow.FORECAST)) {
                Money expected = cells.get(row, now);
                if (actual != null && expected != null && !actual.equals(expected)) {
                    triggers.add(now + " actual " + grid.property() + " " + actual.format() + " differs from the "
                            + now + " " + FundGrid.label(row) + " " + expected.format() + " by "
                            + Reconciliation.difference(actual, expected).abs().format());
                }
            }
        }
        return triggers;
    }

    private static String differsFromPooled(FundGrid grid, FundRow row, Money annual, Money pooled) {
        return FundGrid.label(row) + " annual " + grid.property() + " " + annual.format()
                + " differs from the pooled fund " + pooled.format() + " by "
                + Reconciliation.difference(annual, pooled).abs().format();
    }

    private static void count(Emitter emit, Long n, String property, String what) {
        if (n != null && CellRange.outside(CellRange.NUMERIC_INPUT, BigDecimal.valueOf(n))) {
            emit.report(Pointer.of("additionalMeasures", "personalHealthBudgets", property), what + ", " + n
                    + ", is outside the template's range 0 to 100,000,000");
        }
    }
}
