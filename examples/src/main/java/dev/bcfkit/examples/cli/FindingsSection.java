package dev.bcfkit.examples.cli;

import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import java.util.Locale;

/**
 * Every finding of the validation report, errors first, each with its rule id, JSON pointer,
 * message (which quotes the values) and the paragraph of the papers it comes from.
 */
final class FindingsSection {
    private FindingsSection() {
    }

    /**
     * @param b the page
     * @param report the document's report
     */
    static void write(StringBuilder b, Report report) {
        BoardSection.open(b, "findings", "Findings");
        if (report.findings().isEmpty()) {
            b.append("<p>No findings: the rulebook of the ").append(Html.escape(report.edition().label()))
                    .append(" found nothing to report.</p>\n");
            BoardSection.close(b);
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
        BoardSection.close(b);
    }
}
