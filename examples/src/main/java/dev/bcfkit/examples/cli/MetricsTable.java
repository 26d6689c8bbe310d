package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.MetricUnit;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.rules.calc.FigureRating;
import dev.bcfkit.rules.calc.RagRating;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The return's metrics as a table for the board: target and actual where the return gives them,
 * each with the unit it is reported in (a board may report non-elective admissions as a count or
 * per 100,000, delayed transfers as delayed days or per 100,000 per month; where the return states
 * no unit the metric's own is shown and marked "not stated"), the RAG rating computed with
 * {@link FigureRating#rate} from them and the metric's direction (low is good for admissions and
 * delayed transfers, high is good for reablement, {@code [000:23-26]}) at the default 2.5% amber
 * tolerance, the RAG and trend the return reports, and the assessment; a reported RAG, trend or
 * assessment the return leaves out shows as blank, never as an empty cell a reader could take for
 * a rating. A target and an actual in different units are not rated. RAG cells carry the class {@code rag-green}, {@code rag-amber},
 * {@code rag-red}, or {@code rag-none} where there is nothing to rate.
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
                b.append("<br/><span class=\"unit\">")
                        .append(m.metric().direction() == Direction.LOWER_IS_BETTER ? "lower is better"
                                : "higher is better")
                        .append("</span>");
            }
            b.append("</th>");
            b.append("<td class=\"number\">").append(figure(f == null ? null : f.target(),
                    f == null ? null : f.targetPeriod(), f == null ? null : f.targetUnit(), m.metric())).append("</td>");
            b.append("<td class=\"number\">").append(figure(f == null ? null : f.actual(),
                    f == null ? null : f.actualPeriod(), f == null ? null : f.actualUnit(), m.metric())).append("</td>");
            b.append(computed(m));
            Rag reported = f == null ? null : f.reportedRag();
            b.append(reported == null ? "<td class=\"rag rag-none\">" + BoardCell.BLANK + "</td>"
                    : ragCell(reported, reported.name()));
            b.append("<td>").append(f == null || f.reportedTrend() == null ? BoardCell.BLANK
                    : Html.escape(f.reportedTrend().arrow() + " " + f.reportedTrend().name().toLowerCase(Locale.ROOT)))
                    .append("</td>");
            b.append("<td>").append(m.assessment() == null ? BoardCell.BLANK : Html.escape(m.assessment().label()))
                    .append("</td></tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    private static String computed(MetricProgress m) {
        MetricFigures f = m.figures();
        if (f == null || f.target() == null || f.actual() == null || m.metric() == null) {
            return ragCell(null, "no figures");
        }
        if (!FigureRating.sameUnit(m.metric(), f)) {
            return ragCell(null, "not rated: the target is in "
                    + f.targetUnitOr(m.metric().unit()).label() + " and the actual in "
                    + f.actualUnitOr(m.metric().unit()).label());
        }
        try {
            Rag rag = FigureRating.rate(m.metric(), f, RagRating.DEFAULT_AMBER_TOLERANCE_PERCENT);
            return ragCell(rag, rag.name());
        } catch (BcfException e) {
            return ragCell(null, "cannot rate: " + e.getMessage());
        }
    }

    private static String ragCell(Rag rag, String text) {
        String css = rag == null ? "none" : rag.name().toLowerCase(Locale.ROOT);
        return "<td class=\"rag rag-" + css + "\">" + Html.escape(text) + "</td>";
    }

    /**
     * A figure with its period and its unit as reported; where no unit is stated, the metric's own
     * marked as such, and where the metric is unknown, no unit at all.
     */
    private static String figure(BigDecimal value, String period, MetricUnit unit, MetricKind metric) {
        if (value == null) {
            return "<span class=\"blank\">blank</span>";
        }
        String text = Html.escape(value.toPlainString() + (period == null || period.isBlank() ? "" : " " + period));
        if (unit != null) {
            return text + "<br/><span class=\"unit\">" + Html.escape(unit.label()) + "</span>";
        }
        if (metric != null) {
            return text + "<br/><span class=\"unit unit-not-stated\">" + Html.escape(metric.unit().label())
                    + " (not stated: the metric's unit)</span>";
        }
        return text;
    }
}
