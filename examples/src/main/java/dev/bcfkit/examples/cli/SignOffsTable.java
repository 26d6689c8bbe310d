package dev.bcfkit.examples.cli;

import dev.bcfkit.core.plan.SignOff;
import java.util.List;
import java.util.Locale;

/**
 * A plan's sign-offs as a table: the body (council, clinical commissioning group or Health and
 * Wellbeing Board), who signed for it, their position and the date, as the 2014 plan template's
 * authorisation blocks list them ({@code [003:25-64]}). A missing name, position or date
 * shows as blank.
 */
final class SignOffsTable {
    private SignOffsTable() {
    }

    /**
     * @param b the page
     * @param signOffs the plan's sign-offs, possibly empty
     */
    static void write(StringBuilder b, List<SignOff> signOffs) {
        if (signOffs.isEmpty()) {
            b.append(BoardSection.blank("The plan gives no sign-offs."));
            return;
        }
        b.append("<table class=\"sign-offs\">\n<caption>Sign-offs</caption>\n<thead><tr>"
                + "<th scope=\"col\">Body</th><th scope=\"col\">Signed by</th><th scope=\"col\">Position</th>"
                + "<th scope=\"col\">Date</th></tr></thead>\n<tbody>\n");
        for (SignOff s : signOffs) {
            if (s == null) {
                continue;
            }
            String type = s.bodyType() == null ? "" : s.bodyType().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            b.append("<tr><th scope=\"row\">").append(BoardCell.text(s.body()))
                    .append(type.isEmpty() ? "" : " <span class=\"unit\">(" + Html.escape(type) + ")</span>")
                    .append("</th><td>").append(BoardCell.text(s.signedBy())).append("</td><td>")
                    .append(BoardCell.text(s.position())).append("</td><td class=\"date\">")
                    .append(BoardCell.date(s.date())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }
}
