package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.FundRow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.engine.Pointer;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2016/17 "Commentary on progress against financial plan" ({@code [002:1042]}) and what it
 * should refer to: "any deviation from plan or amendments to forecasts made since the previous
 * quarter" ({@code [002:1253]}). Whether a commentary's words refer to the changes cannot be read
 * from the data; that there are changes and the commentary is blank can.
 */
final class FinancialCommentaryRules {
    private FinancialCommentaryRules() {
    }

    /** @return the rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(REFERS_TO_CHANGES);
    }

    /**
     * FIN-COMMENTARY-REFERS-TO-CHANGES: where a quarter's actual to date differs from its plan, or a
     * forecast differs from the forecast the previous return gave ("Previously returned data",
     * {@code [002:1613]}), the commentary on progress against the financial plan is not blank. A
     * WARNING: the guidance says "should" ({@code [002:1253]}).
     */
    static final Rule<QuarterlyReturn> REFERS_TO_CHANGES = Rule.on(QuarterlyReturn.class,
            "FIN-COMMENTARY-REFERS-TO-CHANGES")
            .title("Deviations from plan and forecast changes since the previous quarter have a financial commentary")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("[002:1253] \"There is also an opportunity to provide a commentary on progress which should include"
                    + " reference to any deviation from plan or amendments to forecasts made since the previous"
                    + " quarter\"; [002:1042] \"Commentary on progress against financial plan\"; [002:1613] \"Previously"
                    + " returned data\". A WARNING: \"should\"")
            .requirements("R44")
            .check((r, ctx, emit) -> {
                IncomeAndExpenditure ie = r.incomeAndExpenditure();
                if (ie == null || !Text.isBlank(ie.financialCommentary())) {
                    return;
                }
                List<String> changes = changes(ie, ReturnEditions.quarter(ctx));
                if (!changes.isEmpty()) {
                    emit.report(Pointer.of("incomeAndExpenditure", "financialCommentary"), "the commentary on progress"
                            + " against the financial plan is blank, but it should refer to " + String.join("; ", changes));
                }
            });

    /**
     * @param ie the income and expenditure tab
     * @param reported the quarter reported on
     * @return each deviation from plan to date and each forecast amended since the previous return
     */
    static List<String> changes(IncomeAndExpenditure ie, Quarter reported) {
        List<String> changes = new ArrayList<>();
        IncomeAndExpenditure.PreviouslyReturned before = ie.previouslyReturned();
        for (FundGrid grid : FundGrid.values()) {
            FundFlow flow = grid.of(ie);
            QuarterlyFigures plan = FundGrid.figures(flow, FundRow.PLAN);
            QuarterlyFigures actual = FundGrid.figures(flow, FundRow.ACTUAL);
            for (Quarter q : Quarter.values()) {
                Money p = FundGrid.quarter(plan, q);
                Money a = FundGrid.quarter(actual, q);
                if (q.compareTo(reported) <= 0 && p != null && a != null && p.compareTo(a) != 0) {
                    changes.add("the " + q + " actual " + grid.property() + " of " + a.format() + " deviates from"
                            + " the plan of " + p.format());
                }
            }
            FundFlow previous = before == null ? null : (grid == FundGrid.INCOME ? before.income() : before.expenditure());
            QuarterlyFigures was = FundGrid.figures(previous, FundRow.FORECAST);
            QuarterlyFigures now = FundGrid.figures(flow, FundRow.FORECAST);
            for (Quarter q : Quarter.values()) {
                Money w = FundGrid.quarter(was, q);
                Money n = FundGrid.quarter(now, q);
                if (w != null && n != null && w.compareTo(n) != 0) {
                    changes.add("the " + q + " forecast " + grid.property() + " amended from " + w.format() + " to "
                            + n.format() + " since the previous return");
                }
            }
        }
        return changes;
    }
}
