package dev.bcfkit.examples.cli;

import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.YearEndFeedback;
import dev.bcfkit.core.returns.YearEndFeedback.CategorisedResponse;
import dev.bcfkit.core.returns.YearEndFeedback.StatementResponse;
import java.util.List;

/**
 * The 2016/17 Q4 "Year End Feedback" tab ({@code [002:2467-2514]}): each statement with the
 * board's response and comment, then the successes and challenges with their categories. Written
 * only when the return has the tab.
 */
final class YearEndFeedbackSection {
    private YearEndFeedbackSection() {
    }

    /**
     * @param b the page
     * @param r the return
     */
    static void write(StringBuilder b, QuarterlyReturn r) {
        YearEndFeedback f = r.yearEndFeedback();
        if (f == null) {
            return;
        }
        BoardSection.open(b, "year-end-feedback", "Year end feedback");
        if (!f.statements().isEmpty()) {
            b.append("<table class=\"feedback\">\n<thead><tr><th scope=\"col\">Statement</th>"
                    + "<th scope=\"col\">Response</th><th scope=\"col\">Comment</th></tr></thead>\n<tbody>\n");
            for (StatementResponse s : f.statements()) {
                if (s == null) {
                    continue;
                }
                b.append("<tr><th scope=\"row\">").append(Html.escape(s.statement())).append("</th><td>")
                        .append(s.response() == null ? "<span class=\"blank\">blank</span>" : Html.escape(s.response()))
                        .append("</td><td>").append(s.comment() == null || s.comment().isBlank() ? ""
                                : BoardSection.prose(s.comment()))
                        .append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        categorised(b, "Successes", f.successes());
        categorised(b, "Challenges", f.challenges());
        BoardSection.close(b);
    }

    private static void categorised(StringBuilder b, String title, List<CategorisedResponse> responses) {
        if (responses.isEmpty()) {
            return;
        }
        b.append("<h3>").append(title).append("</h3>\n<table class=\"feedback\">\n<thead><tr>"
                + "<th scope=\"col\">Category</th><th scope=\"col\">Response</th></tr></thead>\n<tbody>\n");
        for (CategorisedResponse c : responses) {
            if (c == null) {
                continue;
            }
            b.append("<tr><th scope=\"row\">").append(c.category() == null ? "<span class=\"blank\">blank</span>"
                    : Html.escape(c.category().label())).append("</th><td>").append(BoardSection.prose(c.response()))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }
}
