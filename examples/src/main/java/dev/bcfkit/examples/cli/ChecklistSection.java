package dev.bcfkit.examples.cli;

import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.SectionCompletion;

/**
 * The completion checklist, as the template's own checklist tab counts it ({@code [002:1229]}):
 * for each section the questions answered of those expected, an incomplete section marked so. An
 * edition without a checklist writes nothing.
 */
final class ChecklistSection {
    private ChecklistSection() {
    }

    /**
     * @param b the page
     * @param report the document's report
     */
    static void write(StringBuilder b, Report report) {
        if (report.completion().isEmpty()) {
            return;
        }
        BoardSection.open(b, "checklist", "Questions answered");
        b.append("<table class=\"completion\">\n<thead><tr><th scope=\"col\">Section"
                + "</th><th scope=\"col\">Answered</th><th scope=\"col\">Expected</th></tr></thead>\n<tbody>\n");
        for (SectionCompletion s : report.completion()) {
            b.append("<tr class=\"").append(s.isComplete() ? "complete-row" : "incomplete-row")
                    .append("\"><th scope=\"row\">").append(Html.escape(s.section()))
                    .append(s.isComplete() ? "" : " <span class=\"incomplete\">(incomplete)</span>")
                    .append("</th><td class=\"number\">").append(s.answered()).append("</td><td class=\"number\">")
                    .append(s.expected()).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        BoardSection.close(b);
    }
}
