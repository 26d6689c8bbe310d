package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.rules.calc.RagRating;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The return's metrics as a table for the board: target and actual where the return gives them,
 * the RAG rating computed with {@link RagRating#rate} from them and the metric's direction (low is
 * good for admissions and delayed transfers, high is good for reablement, {@code [000:23-26]}) at
 * the default 2.5% amber tolerance, the RAG and trend the return reports, and the assessment.
 * RAG cells carry the class {@code rag-green}, {@code rag-amber}, {@code rag-red}, or
 * {@code rag-none} where there is nothing to rate.
 */
final class MetricsTable {
    private MetricsTable() {
    }

    /**
     * @param metrics the return's metrics
     * @return the table element
     */
    static String table(List<MetricProgress> metrics) {
        StringBuilder b = new StringBuilder("<table class=\"metrics\">\n<thead><tr><th scope=\"col\">Metric</th>"
                + "<th scope=\"col\">Target</th><th scope=\"col\">Actual</th>"
                + "<th scope=\"col\">RAG (computed)</th><th scope=\"col\">RAG (reported)</th>"
                + "<th scope=\"col\">Trend</th><th scope=\"col\">Assessment</th></tr></thead>\n<tbody>\n");
        for (MetricProgress m : metrics) {
            if (m == null) {
                continue;
            }
            MetricFigures f = m.figures();
            String name = m.metric() == null ? "(metric not stated)" : m.metric().label();
            b.append("<tr><th scope=\"row\">").append(Html.escape(name));
            if (m.metric() != null) {
                b.append("<br/><span class=\"unit\">").append(Html.escape(m.metric().unit().label())).append(", ")
                        .append(m.metric().direction() == Direction.LOWER_IS_BETTER ? "lower is better"
                                : "higher is better")
                        .append("</span>");
            }
            b.append("</th>");
            b.append("<td class=\"number\">").append(figure(f == null ? null : f.target(),
                    f == null ? null : f.targetPeriod())).append("</td>");
            b.append("<td class=\"number\">").append(figure(f == null ? null : f.actual(),
                    f == null ? null : f.actualPeriod())).append("</td>");
            b.append(computed(m));
            Rag reported = f == null ? null : f.reportedRag();
            b.append(ragCell(reported, reported == null ? "" : reported.name()));
            b.append("<td>").append(f == null || f.reportedTrend() == null ? ""
                    : Html.escape(f.reportedTrend().arrow() + " " + f.reportedTrend().name().toLowerCase(Locale.ROOT)))
                    .append("</td>");
            b.append("<td>").append(m.assessment() == null ? "" : Html.escape(m.assessment().label()))
                    .append("</td></tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    private static String computed(MetricProgress m) {
        MetricFigures f = m.figures();
        if (f == null || f.target() == null || f.actual() == null || m.metric() == null) {
            return ragCell(null, "no figures");
        }
        try {
            Rag rag = RagRating.rate(f.target(), f.actual(), m.metric().direction(),
                    RagRating.DEFAULT_AMBER_TOLERANCE_PERCENT);
            return ragCell(rag, rag.name());
        } catch (BcfException e) {
            return ragCell(null, "cannot rate: " + e.getMessage());
        }
    }

    private static String ragCell(Rag rag, String text) {
        String css = rag == null ? "none" : rag.name().toLowerCase(Locale.ROOT);
        return "<td class=\"rag rag-" + css + "\">" + Html.escape(text) + "</td>";
    }

    private static String figure(BigDecimal value, String period) {
        if (value == null) {
            return "<span class=\"blank\">blank</span>";
        }
        return Html.escape(value.toPlainString() + (period == null || period.isBlank() ? "" : " " + period));
    }
}
