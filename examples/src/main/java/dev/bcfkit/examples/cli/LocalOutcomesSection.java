package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.outcomes.LocalOutcome;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.rules.calc.RagRating;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The board page's section for a local outcome table, laid out as Mid-Nottinghamshire's Table 1
 * ({@code [001:37-41]}): outcome area, reduction target by the target year, interim target, actual
 * and the trend as printed, with the RAG rating computed by {@link RagRating#rate} from the interim
 * target, the actual and the outcome's direction ("Low is good for all the indicators",
 * {@code [001:29]}) at the default 2.5% amber tolerance. RAG cells carry the classes the metrics
 * table uses ({@code rag-green}, {@code rag-amber}, {@code rag-red}, {@code rag-none}).
 */
final class LocalOutcomesSection {
    private LocalOutcomesSection() {
    }

    /**
     * @param b the page being written
     * @param table the table
     */
    static void append(StringBuilder b, LocalOutcomeTable table) {
        BoardSection.open(b, "local-outcomes", "Local outcomes");
        b.append("<p>");
        b.append(Html.escape(blankOr(table.partnership(), "The programme")));
        if (table.workstream() != null && !table.workstream().isBlank()) {
            b.append(", workstream ").append(Html.escape("\u201c" + table.workstream() + "\u201d"));
        }
        b.append(".</p>\n<table class=\"outcomes\">\n<thead><tr><th scope=\"col\">Outcome area</th>")
                .append("<th scope=\"col\">Reduction target").append(Html.escape(table.targetYear() == null ? ""
                        : " by " + table.targetYear())).append("</th>")
                .append("<th scope=\"col\">Target").append(Html.escape(period(table.interimPeriod()))).append("</th>")
                .append("<th scope=\"col\">Actual").append(Html.escape(period(table.interimPeriod()))).append("</th>")
                .append("<th scope=\"col\">RAG (computed)</th>")
                .append("<th scope=\"col\">Trend").append(Html.escape(table.trendSince() == null ? ""
                        : " since " + table.trendSince())).append("</th></tr></thead>\n<tbody>\n");
        for (LocalOutcome o : table.outcomes()) {
            b.append("<tr><th scope=\"row\">").append(Html.escape(blankOr(o.outcomeArea(), "(outcome not stated)")));
            if (o.direction() != null) {
                b.append("<br/><span class=\"unit\">")
                        .append(o.direction() == Direction.LOWER_IS_BETTER ? "low is good" : "high is good")
                        .append("</span>");
            }
            b.append("</th><td class=\"number\">").append(o.reductionTargetPercent() == null ? blank()
                    : Html.escape(o.reductionTargetPercent().toPlainString() + "%")).append("</td>");
            b.append("<td class=\"number\">").append(figure(o.interimTarget(), o.unit())).append("</td>");
            b.append("<td class=\"number\">").append(figure(o.actual(), o.unit())).append("</td>");
            b.append(rag(o));
            b.append("<td>").append(o.trend() == null ? blank() : Html.escape(o.trend())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        BoardSection.close(b);
    }

    private static String rag(LocalOutcome o) {
        if (o.interimTarget() == null || o.actual() == null) {
            return cell(null, "no figures");
        }
        if (o.direction() == null) {
            return cell(null, "not rated: no direction");
        }
        try {
            Rag rag = RagRating.rate(o.interimTarget(), o.actual(), o.direction(),
                    RagRating.DEFAULT_AMBER_TOLERANCE_PERCENT);
            return cell(rag, rag.name());
        } catch (BcfException e) {
            return cell(null, "cannot rate: " + e.getMessage());
        }
    }

    private static String cell(Rag rag, String text) {
        String css = rag == null ? "none" : rag.name().toLowerCase(Locale.ROOT);
        return "<td class=\"rag rag-" + css + "\">" + Html.escape(text) + "</td>";
    }

    private static String figure(BigDecimal value, String unit) {
        if (value == null) {
            return blank();
        }
        return Html.escape(value.toPlainString()) + (unit == null || unit.isBlank() ? ""
                : "<br/><span class=\"unit\">" + Html.escape(unit) + "</span>");
    }

    private static String period(String period) {
        return period == null || period.isBlank() ? "" : " (" + period + ")";
    }

    private static String blankOr(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text;
    }

    private static String blank() {
        return "<span class=\"blank\">blank</span>";
    }
}
