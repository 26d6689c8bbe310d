package dev.bcfkit.examples.cli;

import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.QuarterlyReturn;

/**
 * Whether the fund is pooled under a section 75 agreement ({@code [002:1233]}): the board's
 * answer, and where it is "No" the later confirmation, the date pooling is expected and the
 * explanation the return gives ({@code [002:1235]}).
 */
final class PoolingSection {
    private PoolingSection() {
    }

    /**
     * @param b the page
     * @param r the return
     */
    static void write(StringBuilder b, QuarterlyReturn r) {
        BoardSection.open(b, "section-75", "Pooled budget (section 75)");
        BudgetArrangements a = r.budgetArrangements();
        if (a == null) {
            b.append(BoardSection.blank("The return does not say whether the funds are pooled via a section 75"
                    + " agreement."));
            BoardSection.close(b);
            return;
        }
        b.append("<dl class=\"facts pooling\">\n");
        answer(b, "Funds pooled via a section 75 agreement", a.pooledViaSection75(), true);
        answer(b, "If not previously stated, now confirmed pooled", a.confirmedNowPooled(),
                a.pooledViaSection75() == YesNo.NO);
        if (a.expectedPoolingDate() != null) {
            b.append("<dt>Date pooling is expected</dt><dd>").append(Html.escape(a.expectedPoolingDate().toString()))
                    .append("</dd>\n");
        }
        BoardSection.labelledProse(b, "Explanation", a.explanation());
        b.append("</dl>\n");
        BoardSection.close(b);
    }

    private static void answer(StringBuilder b, String question, YesNo answer, boolean showBlank) {
        if (answer == null && !showBlank) {
            return;
        }
        b.append("<dt>").append(Html.escape(question)).append("</dt><dd class=\"answer answer-")
                .append(answer == null ? "blank\">blank" : answer == YesNo.YES ? "yes\">Yes" : "no\">No")
                .append("</dd>\n");
    }
}
