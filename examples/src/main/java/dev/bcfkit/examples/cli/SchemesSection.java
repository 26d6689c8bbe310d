package dev.bcfkit.examples.cli;

import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.Scheme;

/**
 * The schemes of a 2014 BCF plan with their success factors ({@code [003:243-326]}), and whether
 * each is delivered through the pooled budget or is one of the "Other Schemes Additionally
 * Supporting BCF outcomes" ({@code [003:330-334]}); where the plan does not say, the cell is blank.
 */
final class SchemesSection {
    private SchemesSection() {
    }

    /**
     * @param b the page
     * @param plan the plan
     */
    static void write(StringBuilder b, Plan plan) {
        BoardSection.open(b, "schemes", "Schemes");
        if (plan.schemes().isEmpty()) {
            b.append(BoardSection.blank("The plan lists no schemes."));
            BoardSection.close(b);
            return;
        }
        b.append("<table class=\"schemes\">\n<thead><tr><th scope=\"col\">Scheme</th>"
                + "<th scope=\"col\">Success factors</th><th scope=\"col\">In the pooled budget</th></tr></thead>\n"
                + "<tbody>\n");
        for (Scheme s : plan.schemes()) {
            if (s == null) {
                continue;
            }
            b.append("<tr><th scope=\"row\">").append(BoardCell.text(s.name())).append("</th><td>");
            if (s.successFactors().isEmpty()) {
                b.append(BoardCell.BLANK);
            } else {
                b.append("<ul>");
                for (String f : s.successFactors()) {
                    b.append("<li>").append(BoardCell.text(f)).append("</li>");
                }
                b.append("</ul>");
            }
            b.append("</td><td>").append(s.inPooledBudget() == null ? BoardCell.BLANK
                    : s.inPooledBudget() ? "Yes" : "No, an other scheme").append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        BoardSection.close(b);
    }
}
