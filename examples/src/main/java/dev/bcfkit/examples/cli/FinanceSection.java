package dev.bcfkit.examples.cli;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.FundRow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;

/**
 * The income and expenditure of a 2016/17 return ({@code [002:1022-1027]}): the pooled fund, the
 * income and expenditure by quarter as charts ({@link IncomeAndExpenditureChart}) and as tables
 * of plan, forecast and actual with their annual totals, and the financial commentary. Blank cells
 * stay blank, never zero.
 */
final class FinanceSection {
    private FinanceSection() {
    }

    /**
     * @param b the page
     * @param r the return
     */
    static void write(StringBuilder b, QuarterlyReturn r) {
        BoardSection.open(b, "income-and-expenditure", "Income and expenditure");
        IncomeAndExpenditure ie = r.incomeAndExpenditure();
        if (ie == null) {
            b.append(BoardSection.blank(r.period() != null && r.period().year().startYear() >= 2017
                    ? "The " + Edition.ofReturn(r.period().year()).label() + " has no income and expenditure grid."
                    : "The return does not give income and expenditure."));
            BoardSection.close(b);
            return;
        }
        b.append("<p>Pooled fund: ").append(ie.pooledFund() == null ? "<span class=\"blank\">blank</span>"
                : Html.escape(ie.pooledFund().format())).append("</p>\n<div class=\"charts\">\n");
        b.append(IncomeAndExpenditureChart.svg("Income", ie.income(), r.period()));
        b.append(IncomeAndExpenditureChart.svg("Expenditure", ie.expenditure(), r.period()));
        b.append("</div>\n");
        figures(b, "Income", ie.income());
        figures(b, "Expenditure", ie.expenditure());
        if (ie.financialCommentary() != null && !ie.financialCommentary().isBlank()) {
            b.append("<dl class=\"commentary\">\n");
            BoardSection.labelledProse(b, "Commentary", ie.financialCommentary());
            b.append("</dl>\n");
        }
        BoardSection.close(b);
    }

    private static void figures(StringBuilder b, String title, FundFlow flow) {
        b.append("<table class=\"figures\">\n<caption>").append(title).append(" (£)</caption>\n<thead><tr>")
                .append("<th scope=\"col\"></th>");
        for (Quarter q : Quarter.values()) {
            b.append("<th scope=\"col\">").append(q).append("</th>");
        }
        b.append("<th scope=\"col\">Annual total</th></tr></thead>\n<tbody>\n");
        for (FundRow row : FundRow.values()) {
            QuarterlyFigures f = flow == null || row.of(flow) == null ? QuarterlyFigures.BLANK : row.of(flow);
            b.append("<tr><th scope=\"row\">").append(IncomeAndExpenditureChart.label(row)).append("</th>");
            for (Quarter q : Quarter.values()) {
                b.append(cell(f.get(q)));
            }
            b.append(cell(f.annualTotal())).append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static String cell(Money m) {
        return m == null ? "<td class=\"number blank\">blank</td>"
                : "<td class=\"number\">" + Html.escape(m.format()) + "</td>";
    }
}
