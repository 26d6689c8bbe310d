package dev.bcfkit.examples.cli;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The national conditions of a quarterly return as a table: each condition with its wording, the
 * board's answer ("Yes", "No" or "No - In Progress", {@code [002:1239]}), and, where a condition
 * is not met, the date by which it will be and the explanation of why it was not and how it is
 * being addressed ({@code [002:1239]}), with the answers the return repeats from earlier quarters.
 * Every condition of the edition has its row, in the edition's order: one the return leaves out
 * shows as blank, not as met. A condition not met marks its row {@code condition-not-met}, so
 * the board sees it first.
 */
final class ConditionsSection {
    private ConditionsSection() {
    }

    /**
     * @param b the page
     * @param r the return
     */
    static void write(StringBuilder b, QuarterlyReturn r) {
        BoardSection.open(b, "national-conditions", "National conditions");
        Edition edition = r.edition();
        List<ConditionResponse> rows = rows(r.nationalConditions(), edition);
        if (rows.isEmpty()) {
            b.append(BoardSection.blank("The return gives no answers on the national conditions."));
            BoardSection.close(b);
            return;
        }
        long notMet = rows.stream().filter(c -> c.answer() != null && c.answer().isNotMet()).count();
        long blank = rows.stream().filter(c -> c.answer() == null).count();
        b.append("<p class=\"conditions-summary\">").append(rows.size() - notMet - blank).append(" of ")
                .append(rows.size()).append(" conditions met");
        if (notMet > 0) {
            b.append(", <strong>").append(notMet).append(" not met</strong>");
        }
        if (blank > 0) {
            b.append(", ").append(blank).append(" not answered");
        }
        b.append(".</p>\n<table class=\"conditions\">\n<thead><tr><th scope=\"col\">Condition</th>"
                + "<th scope=\"col\">Answer</th><th scope=\"col\">Earlier quarters</th>"
                + "<th scope=\"col\">Expected date</th><th scope=\"col\">Explanation</th></tr></thead>\n<tbody>\n");
        for (ConditionResponse c : rows) {
            row(b, c);
        }
        b.append("</tbody>\n</table>\n");
        BoardSection.close(b);
    }

    private static void row(StringBuilder b, ConditionResponse c) {
        boolean notMet = c.answer() != null && c.answer().isNotMet();
        b.append("<tr class=\"condition").append(notMet ? " condition-not-met" : "")
                .append(c.answer() == null ? " condition-blank" : "").append("\"><th scope=\"row\">")
                .append(Html.escape(c.condition().wording())).append("</th>");
        b.append("<td class=\"answer answer-").append(c.answer() == null ? "blank" : cssName(c.answer())).append("\">")
                .append(c.answer() == null ? "blank" : Html.escape(c.answer().label())).append("</td>");
        b.append("<td>");
        List<String> earlier = new ArrayList<>();
        for (Map.Entry<Quarter, ConditionAnswer> e : c.previousResponses().entrySet()) {
            earlier.add(e.getKey() + ": " + (e.getValue() == null ? "blank" : e.getValue().label()));
        }
        b.append(Html.escape(String.join(", ", earlier))).append("</td>");
        b.append("<td class=\"date\">").append(c.expectedDate() == null ? (notMet ? "<span class=\"blank\">blank</span>" : "")
                : Html.escape(c.expectedDate().toString())).append("</td>");
        b.append("<td>");
        if (c.explanation() != null && !c.explanation().isBlank()) {
            b.append(BoardSection.prose(c.explanation()));
        } else if (notMet) {
            b.append("<span class=\"blank\">blank</span>");
        }
        b.append("</td></tr>\n");
    }

    /**
     * @return the edition's conditions in order, each with the return's response or a blank one,
     *         then any response to a condition of another edition (which the rules report)
     */
    private static List<ConditionResponse> rows(List<ConditionResponse> given, Edition edition) {
        List<ConditionResponse> rows = new ArrayList<>();
        List<ConditionResponse> rest = new ArrayList<>();
        for (ConditionResponse c : given) {
            if (c != null && c.condition() != null) {
                rest.add(c);
            }
        }
        for (NationalCondition condition : NationalCondition.forEdition(edition)) {
            ConditionResponse found = null;
            for (ConditionResponse c : rest) {
                if (c.condition() == condition) {
                    found = c;
                    break;
                }
            }
            if (found == null) {
                rows.add(ConditionResponse.of(condition, null, null, null));
            } else {
                rows.add(found);
                rest.remove(found);
            }
        }
        rows.addAll(rest);
        return rows;
    }

    private static String cssName(ConditionAnswer answer) {
        return answer.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
