package dev.bcfkit.examples.cli;

import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;

/**
 * The metrics of a quarterly return: the {@link MetricsTable} (figures with their units as
 * reported, RAG computed and reported, trend, assessment), then what the board wrote about each
 * metric in the template's own words: the definition, the 2016/17 "Commentary on progress"
 * ({@code [002:791]}), and the 2017-19 "Challenges", "Achievements" and "Support Needs"
 * ({@code [000:207]}, {@code [004:56]}).
 */
final class MetricsSection {
    private MetricsSection() {
    }

    /**
     * @param b the page
     * @param r the return
     */
    static void write(StringBuilder b, QuarterlyReturn r) {
        BoardSection.open(b, "metrics", "Metrics");
        if (r.metrics().isEmpty()) {
            b.append(BoardSection.blank("The return reports no metrics."));
            BoardSection.close(b);
            return;
        }
        b.append("<p>RAG (computed): green when the target is met, amber when the shortfall is within 2.5% of the"
                + " target, red otherwise.</p>\n");
        b.append(MetricsTable.table(r.metrics()));
        b.append("<h3>Commentary</h3>\n");
        boolean any = false;
        for (MetricProgress m : r.metrics()) {
            if (m == null || !hasWords(m)) {
                continue;
            }
            any = true;
            b.append("<div class=\"metric-commentary\">\n<h4>")
                    .append(Html.escape(m.metric() == null ? "(metric not stated)" : m.metric().label()))
                    .append("</h4>\n<dl class=\"commentary\">\n");
            BoardSection.labelledProse(b, "Metric specified", m.specifiedMetric());
            BoardSection.labelledProse(b, "Definition", m.definition());
            BoardSection.labelledProse(b, "Commentary on progress", m.commentary());
            BoardSection.labelledProse(b, "Challenges", m.challenges());
            BoardSection.labelledProse(b, "Achievements", m.achievements());
            BoardSection.labelledProse(b, "Support Needs", m.supportNeeds());
            b.append("</dl>\n</div>\n");
        }
        if (!any) {
            b.append(BoardSection.blank("The return gives no commentary on its metrics."));
        }
        BoardSection.close(b);
    }

    private static boolean hasWords(MetricProgress m) {
        for (String s : new String[] {m.specifiedMetric(), m.definition(), m.commentary(), m.challenges(),
            m.achievements(), m.supportNeeds()}) {
            if (s != null && !s.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
