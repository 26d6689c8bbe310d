package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.FundRow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.SectionCompletion;
import dev.bcfkit.rules.Severity;
import java.util.Locale;

/**
 * A self-contained HTML page about one document for a Health and Wellbeing Board meeting: a
 * header (board, period, edition, completeness), the findings, and for a quarterly return the
 * income and expenditure by quarter as inline SVG charts ({@code [002:1022-1027]}), the metrics
 * with RAG colours ({@code [000:20-26]}) and the High Impact Change Model maturity grid
 * ({@code [000:221-239]}).
 *
 * <p>The page has inline CSS and no external resource (no script, font, image or link), every
 * piece of user text is escaped with {@link Html#escape}, and it is well-formed XML (XHTML
 * syntax: void elements closed, only the five XML character references), so it can be checked
 * by an XML parser as well as shown by a browser.
 */
final class BoardReport {
    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; margin: 2em; color: #1b1b1b; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 2px solid #005eb8; padding-bottom: 0.2em; }
            table { border-collapse: collapse; margin: 0.6em 0; }
            th, td { border: 1px solid #b1b4b6; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            thead th { background: #f0f4f5; }
            td.number { text-align: right; font-variant-numeric: tabular-nums; }
            .blank { color: #6f777b; font-style: italic; }
            .unit { color: #505a5f; font-size: 0.85em; font-weight: normal; }
            dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
            dl.facts dt { font-weight: bold; }
            dl.facts dd { margin: 0; }
            .complete { color: #00703c; font-weight: bold; }
            .incomplete { color: #d4351c; font-weight: bold; }
            tr.sev-error td.severity { background: #d4351c; color: #fff; font-weight: bold; }
            tr.sev-warning td.severity { background: #ffdd00; }
            tr.sev-info td.severity { background: #d2e2f1; }
            td.rag-green { background: #00703c; color: #fff; font-weight: bold; }
            td.rag-amber { background: #f47738; color: #1b1b1b; font-weight: bold; }
            td.rag-red { background: #d4351c; color: #fff; font-weight: bold; }
            td.rag-none { color: #6f777b; font-style: italic; }
            td.maturity-not-yet-established { background: #f6d7d2; }
            td.maturity-plans-in-place { background: #fff2c2; }
            td.maturity-established { background: #d2e9dc; }
            td.maturity-mature { background: #85c7a3; }
            td.maturity-exemplary { background: #00703c; color: #fff; }
            .charts { display: flex; flex-wrap: wrap; gap: 1.5em; }
            svg.chart text { font-size: 11px; fill: #1b1b1b; }
            svg.chart .chart-title { font-size: 13px; font-weight: bold; }
            svg.chart line.grid { stroke: #dee0e2; }
            svg.chart line.axis { stroke: #505a5f; }
            svg.chart .series-plan { fill: #4e79a7; }
            svg.chart .series-forecast { fill: #f28e2b; }
            svg.chart .series-actual { fill: #59a14f; }
            footer { margin-top: 2em; color: #505a5f; font-size: 0.85em; }
            """;

    private BoardReport() {
    }

    /**
     * @param fileName the document's file name, shown in the footer
     * @param document a {@code QuarterlyReturn}, {@code Plan}, {@code PooledBudget} or {@code LocalOutcomeTable}
     * @param report its validation report
     * @return the page, as XHTML-syntax HTML
     */
    static String page(String fileName, BcfDocument document, Report report) {
        String board = DocumentFacts.board(document);
        String heading = (board == null || board.isBlank() ? "Better Care Fund" : board) + ": "
                + (report.period() == null ? report.edition().label() : report.period().toString());
        StringBuilder b = new StringBuilder(32_768);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Html.escape(heading)).append(" - Better Care Fund</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(b, heading, board, report);
        findings(b, report);
        if (document instanceof QuarterlyReturn r) {
            incomeAndExpenditure(b, r);
            metrics(b, r);
            hicm(b, r, report);
        } else if (document instanceof LocalOutcomeTable t) {
            LocalOutcomesSection.append(b, t);
        } else {
            b.append("<p>This document is a ").append(Html.escape(report.edition().label()))
                    .append(", not a quarterly return: it has no quarterly income and expenditure, metrics or High"
                            + " Impact Change Model.</p>\n");
        }
        b.append("<footer>Generated by bcfkit from ").append(Html.escape(fileName))
                .append(". Findings cite the BCF papers as [document:line].</footer>\n");
        return b.append("</body>\n</html>\n").toString();
    }

    private static void header(StringBuilder b, String heading, String board, Report report) {
        b.append("<header>\n<h1>").append(Html.escape(heading)).append("</h1>\n<dl class=\"facts\">\n");
        fact(b, "Health and Wellbeing Board", board == null ? "(not given)" : board);
        fact(b, "Period", report.period() == null ? "(not a quarterly return)" : report.period().toString());
        fact(b, "Edition", report.edition().label());
        long done = report.completion().stream().filter(SectionCompletion::isComplete).count();
        if (report.completion().isEmpty()) {
            fact(b, "Completeness", "The edition has no checklist of questions");
        } else {
            b.append("<dt>Completeness</dt><dd><span class=\"").append(report.isComplete() ? "complete" : "incomplete")
                    .append("\">").append(report.isComplete() ? "Complete" : "Incomplete").append("</span> (")
                    .append(done).append(" of ").append(report.completion().size())
                    .append(" sections complete)</dd>\n");
        }
        fact(b, "Findings", CheckCommand.count(report.count(Severity.ERROR), "error") + ", "
                + CheckCommand.count(report.count(Severity.WARNING), "warning") + ", "
                + report.count(Severity.INFO) + " information");
        b.append("</dl>\n</header>\n");
        if (!report.completion().isEmpty()) {
            b.append("<h2>Questions answered</h2>\n<table class=\"completion\">\n<thead><tr><th scope=\"col\">Section"
                    + "</th><th scope=\"col\">Answered</th><th scope=\"col\">Expected</th></tr></thead>\n<tbody>\n");
            for (SectionCompletion s : report.completion()) {
                b.append("<tr class=\"").append(s.isComplete() ? "complete-row" : "incomplete-row")
                        .append("\"><th scope=\"row\">").append(Html.escape(s.section()))
                        .append("</th><td class=\"number\">").append(s.answered()).append("</td><td class=\"number\">")
                        .append(s.expected()).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
    }

    private static void fact(StringBuilder b, String term, String value) {
        b.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }

    private static void findings(StringBuilder b, Report report) {
        b.append("<h2>Findings</h2>\n");
        if (report.findings().isEmpty()) {
            b.append("<p>No findings: the rulebook of the ").append(Html.escape(report.edition().label()))
                    .append(" found nothing to report.</p>\n");
            return;
        }
        b.append("<table class=\"findings\">\n<thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Rule</th>"
                + "<th scope=\"col\">Where</th><th scope=\"col\">Finding</th><th scope=\"col\">Source</th></tr>"
                + "</thead>\n<tbody>\n");
        for (Severity severity : Severity.values()) {
            for (Finding f : report.findings()) {
                if (f.severity() != severity) {
                    continue;
                }
                b.append("<tr class=\"sev-").append(severity.name().toLowerCase(Locale.ROOT))
                        .append("\"><td class=\"severity\">").append(severity).append("</td><td><code>")
                        .append(Html.escape(f.ruleId())).append("</code></td><td><code>")
                        .append(Html.escape(f.path().isEmpty() ? "/" : f.path())).append("</code></td><td>")
                        .append(Html.escape(f.message())).append("</td><td>").append(Html.escape(f.source()))
                        .append("</td></tr>\n");
            }
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void incomeAndExpenditure(StringBuilder b, QuarterlyReturn r) {
        b.append("<h2>Income and expenditure</h2>\n");
        IncomeAndExpenditure ie = r.incomeAndExpenditure();
        if (ie == null) {
            b.append("<p class=\"blank\">").append(r.period() != null && r.period().year().startYear() >= 2017
                    ? "The " + Html.escape(Edition.ofReturn(r.period().year()).label())
                            + " has no income and expenditure grid."
                    : "The return does not give income and expenditure.").append("</p>\n");
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
            b.append("<p><strong>Commentary:</strong> ").append(Html.escape(ie.financialCommentary())).append("</p>\n");
        }
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

    private static void metrics(StringBuilder b, QuarterlyReturn r) {
        b.append("<h2>Metrics</h2>\n");
        if (r.metrics().isEmpty()) {
            b.append("<p class=\"blank\">The return reports no metrics.</p>\n");
            return;
        }
        b.append("<p>RAG (computed): green when the target is met, amber when the shortfall is within 2.5% of the"
                + " target, red otherwise.</p>\n");
        b.append(MetricsTable.table(r.metrics()));
    }

    private static void hicm(StringBuilder b, QuarterlyReturn r, Report report) {
        b.append("<h2>High Impact Change Model</h2>\n");
        if (r.highImpactChangeModel() == null) {
            b.append("<p class=\"blank\">").append(report.edition().isPolicy2017To19()
                    ? "The return does not give the High Impact Change Model."
                    : "The " + Html.escape(report.edition().label())
                            + " has no High Impact Change Model (it was introduced for 2017-19).")
                    .append("</p>\n");
            return;
        }
        b.append(MaturityGrid.table(r.highImpactChangeModel(), r.period()));
    }
}
