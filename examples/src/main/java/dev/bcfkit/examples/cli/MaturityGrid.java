package dev.bcfkit.examples.cli;

import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.MaturityLevel;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The High Impact Change Model maturity grid of a 2017/18 or 2018/19 return
 * ({@code [000:221-239]}, {@code [002:2770-2779]}): one row for each of the eight changes, in the
 * model's order, and one for the Red Bag scheme; one column for each quarter assessed. Each cell
 * carries the class {@code maturity-<level>} so the page colours it; a change the return leaves
 * out still has its row, with blank cells.
 */
final class MaturityGrid {
    private MaturityGrid() {
    }

    /**
     * @param model the return's model
     * @param current the return's own period, marked "(current)"
     * @return the table element
     */
    static String table(HighImpactChangeModel model, ReportingPeriod current) {
        Map<HighImpactChange, SortedMap<ReportingPeriod, MaturityLevel>> rows = new EnumMap<>(HighImpactChange.class);
        SortedSet<ReportingPeriod> periods = new TreeSet<>();
        for (ChangeAssessment a : model.changes()) {
            if (a != null && a.change() != null) {
                rows.computeIfAbsent(a.change(), c -> new TreeMap<>()).putAll(a.maturity());
                periods.addAll(a.maturity().keySet());
            }
        }
        SortedMap<ReportingPeriod, MaturityLevel> redBag = model.redBag() == null ? new TreeMap<>()
                : model.redBag().maturity();
        periods.addAll(redBag.keySet());
        StringBuilder b = new StringBuilder("<table class=\"hicm\">\n<thead><tr><th scope=\"col\">Change</th>");
        for (ReportingPeriod p : periods) {
            b.append("<th scope=\"col\">").append(Html.escape(p.toString()))
                    .append(p.equals(current) ? " (current)" : "").append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (HighImpactChange change : HighImpactChange.values()) {
            row(b, "change", change.number() + ". " + change.label(), rows.getOrDefault(change, new TreeMap<>()),
                    periods);
        }
        row(b, "red-bag", "Red Bag scheme", redBag, periods);
        return b.append("</tbody>\n</table>\n").toString();
    }

    private static void row(StringBuilder b, String kind, String label, Map<ReportingPeriod, MaturityLevel> maturity,
            SortedSet<ReportingPeriod> periods) {
        b.append("<tr class=\"").append(kind).append("\"><th scope=\"row\">").append(Html.escape(label)).append("</th>");
        for (ReportingPeriod p : periods) {
            MaturityLevel level = maturity.get(p);
            if (level == null) {
                b.append("<td class=\"maturity maturity-blank\"></td>");
            } else {
                b.append("<td class=\"maturity maturity-").append(cssName(level)).append("\">")
                        .append(Html.escape(level.label())).append("</td>");
            }
        }
        b.append("</tr>\n");
    }

    /**
     * @param level a maturity level
     * @return its CSS class suffix, such as {@code not-yet-established}
     */
    static String cssName(MaturityLevel level) {
        return level.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
