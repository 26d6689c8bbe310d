package dev.bcfkit.rules.returns;

import com.google.common.collect.ImmutableTable;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.FundRow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;
import java.util.Locale;

/**
 * The two grids of the 2016/17 income and expenditure tab, income into and expenditure from the
 * pooled fund ({@code [002:1011]}), with null-safe access for rules judging a return whose shape
 * may be broken, the quarters' cells as a table of row by quarter ({@link #quarters}), and the
 * annual figure of a row: the stated "Annual Total" if entered, else the sum of four entered
 * quarters ({@code [002:1615]}).
 */
enum FundGrid {
    /** "Income". */
    INCOME,
    /** "Expenditure". */
    EXPENDITURE;

    /** @return the JSON property name, {@code income} or {@code expenditure} */
    String property() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param ie the tab, possibly null
     * @return this grid, or null
     */
    FundFlow of(IncomeAndExpenditure ie) {
        if (ie == null) {
            return null;
        }
        return this == INCOME ? ie.income() : ie.expenditure();
    }

    /**
     * @param ie the tab, possibly null
     * @param row a row
     * @return that row of this grid, or null
     */
    QuarterlyFigures row(IncomeAndExpenditure ie, FundRow row) {
        FundFlow flow = of(ie);
        return flow == null ? null : figures(flow, row);
    }

    /**
     * The quarters' cells of this grid as the template lays them out ({@code [002:1022]}): a row
     * for each of plan, forecast and actual, a column for each quarter. Only entered cells are in
     * the table, in the template's order (row by row, Q1 to Q4), so a rule walks the cells there
     * are instead of testing every blank one; the annual totals are not quarters and stay out.
     *
     * @param ie the tab, possibly null
     * @return the entered quarter figures by row and quarter; empty if the tab, the grid or every
     *     cell is blank
     */
    ImmutableTable<FundRow, Quarter, Money> quarters(IncomeAndExpenditure ie) {
        FundFlow flow = of(ie);
        ImmutableTable.Builder<FundRow, Quarter, Money> cells = ImmutableTable.builder();
        if (flow != null) {
            for (FundRow row : FundRow.values()) {
                QuarterlyFigures f = figures(flow, row);
                for (Quarter q : Quarter.values()) {
                    Money m = quarter(f, q);
                    if (m != null) {
                        cells.put(row, q, m);
                    }
                }
            }
        }
        return cells.build();
    }

    /**
     * @param flow a grid
     * @param row a row
     * @return the row, or null if the grid has none
     */
    static QuarterlyFigures figures(FundFlow flow, FundRow row) {
        return flow == null ? null : row.of(flow);
    }

    /**
     * @param row a row of this grid
     * @param rest further tokens, such as {@code "annualTotal"}
     * @return the JSON pointer to the row (and the further tokens)
     */
    String pointer(FundRow row, Object... rest) {
        Object[] tokens = new Object[3 + rest.length];
        tokens[0] = "incomeAndExpenditure";
        tokens[1] = property();
        tokens[2] = row.property();
        System.arraycopy(rest, 0, tokens, 3, rest.length);
        return Pointer.of(tokens);
    }

    /**
     * @param f a row, possibly null
     * @return the sum of its four quarters if all are entered, else null
     */
    static Money sumOfQuarters(QuarterlyFigures f) {
        return f != null && f.hasAllQuarters() ? Money.sum(f.quarters()) : null;
    }

    /**
     * @param f a row, possibly null
     * @return the stated annual total, else the sum of four entered quarters, else null
     */
    static Money annual(QuarterlyFigures f) {
        if (f == null) {
            return null;
        }
        return f.annualTotal() != null ? f.annualTotal() : sumOfQuarters(f);
    }

    /**
     * @param f a row, possibly null
     * @param q a quarter
     * @return the quarter's figure, or null
     */
    static Money quarter(QuarterlyFigures f, Quarter q) {
        return f == null ? null : f.get(q);
    }

    /**
     * @param q a quarter
     * @return its JSON property name, such as {@code q3}
     */
    static String property(Quarter q) {
        return q.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param reported the quarter a return reports on
     * @return the rows whose annual totals the template compares with the pooled fund: plan and
     *     forecast, and in Q4 the actual too ({@code [002:2395]}, {@code [002:2398]})
     */
    static List<FundRow> annualRows(Quarter reported) {
        return reported == Quarter.Q4 ? List.of(FundRow.PLAN, FundRow.FORECAST, FundRow.ACTUAL)
                : List.of(FundRow.PLAN, FundRow.FORECAST);
    }

    /**
     * @param row a row
     * @return how a message names it: "plan", "forecast" or "actual"
     */
    static String label(FundRow row) {
        return row.property();
    }
}
