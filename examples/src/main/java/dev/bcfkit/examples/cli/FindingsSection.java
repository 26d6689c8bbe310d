package dev.bcfkit.examples.cli;

import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import java.util.Locale;

/**
 * Every finding of the validation report, errors first, each with its rule id, JSON pointer (and,
 * for a document read from a workbook, the cell to fix, such as {@code 4. I&E!F12}), message
 * (which quotes the values) and the paragraph of the papers it comes from.
 */
final class FindingsSection {
    private FindingsSection() {
    }

    /**
     * @param b the page
     * @param report the document's report
     * @param cells the cells the document was read from ({@link Cells#NONE} for JSON)
     */
    static void write(StringBuilder b, Report report, Cells cells) {
        BoardSection.open(b, "findings", "Findings");
        if (report.findings().isEmpty()) {
            b.append("<p>No findings: the rulebook of the ").append(Html.escape(report.edition().label()))
                    .append(" found nothing to report.</p>\n");
            BoardSection.close(b);
            return;
        }
        b.append("<table class=\"findings\">\n<colgroup><col class=\"severity\"/><col class=\"rule\"/>"
                + "<col class=\"where\"/><col class=\"finding\"/><col class=\"source\"/></colgroup>\n<thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Rule</th>"
                + "<th scope=\"col\">Where</th><th scope=\"col\">Finding</th><th scope=\"col\">Source</th></tr>"
                + "</thead>\n<tbody>\n");
        for (Severity severity : Severity.values()) {
            for (Finding f : report.findings()) {
                if (f.severity() != severity) {
                    continue;
                }
                b.append("<tr class=\"sev-").append(severity.name().toLowerCase(Locale.ROOT))
                        .append("\"><td class=\"severity\">").append(severity).append("</td><td class=\"rule\"><code>")
                        .append(Html.escape(f.ruleId())).append("</code></td><td class=\"where\"><code>")
                        .append(pointer(f.path())).append("</code>");
                String cell = cells.of(f.path());
                if (cell != null) {
                    b.append("<br/><span class=\"cell\">").append(Html.escape(cell)).append("</span>");
                }
                b.append("</td><td>")
                        .append(Html.escape(f.message())).append("</td><td>").append(Html.escape(f.source()))
                        .append("</td></tr>\n");
            }
        }
        b.append("</tbody>\n</table>\n");
        BoardSection.close(b);
    }

    /** The pointer, escaped, whole (a reader searching the page for it finds it), or "/" for the root. */
    static String pointer(String path) {
        return path.isEmpty() ? "/" : Html.escape(path);
    }
}
