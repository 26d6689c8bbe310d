package dev.bcfkit.examples.cli;

import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyReturn;

/**
 * The narrative tab in full: in 2016/17 the brief narrative on overall progress
 * ({@code [002:1161-1163]}), in 2017-19 "Progress against local plan for integration of health and
 * social care" and "Integration success story highlight over the past quarter"
 * ({@code [000:246-252]}). The board's own words, escaped, with their line breaks.
 */
final class NarrativeSection {
    private NarrativeSection() {
    }

    /**
     * @param b the page
     * @param r the return
     */
    static void write(StringBuilder b, QuarterlyReturn r) {
        BoardSection.open(b, "narrative", "Narrative");
        Narrative n = r.narrative();
        if (n == null || (blank(n.progress()) && blank(n.successStory()))) {
            b.append(BoardSection.blank("The return gives no narrative."));
            BoardSection.close(b);
            return;
        }
        boolean policy2017To19 = r.edition().isPolicy2017To19();
        b.append("<dl class=\"commentary narrative\">\n");
        BoardSection.labelledProse(b, policy2017To19
                ? "Progress against local plan for integration of health and social care"
                : "Brief narrative on overall progress", n.progress());
        BoardSection.labelledProse(b, "Integration success story highlight over the past quarter", n.successStory());
        b.append("</dl>\n");
        BoardSection.close(b);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
