package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.editions.ReturnProfile;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;
import java.util.Locale;

/**
 * The narrative tab: "Please provide a brief narrative on overall progress" in 2016/17
 * ({@code [002:1163]}), and in 2017-19 the progress against the local plan and an integration
 * success story ({@code [000:246-252]}, {@code [004:111-133]}), each counted as a question; and
 * the "Remaining Characters" counters ({@code [002:1161]}, {@code [004:105-107]}), whose limits
 * the papers do not state.
 *
 * <p>The limits are inferences, documented as such: 2016/17 32,767 characters, Excel's largest
 * cell, which fits the counter exactly (32,767 - 31,872 = 895 characters used by Southend's Q1
 * narrative; the Q3 to Q4 edit of +12 characters moves the counter by 12);
 * 2018/19 20,000 characters for the progress box (20,000 - 18,871 = 1,129, Dorset's 1,128
 * extracted characters plus one lost in the text rendering). Inferred limits are derived, so the
 * rule is a WARNING. The 2017/18 paper
 * shows no counter, so no limit is checked there. Characters are counted as Unicode code points
 * ({@link String#codePointCount}), so a character outside the Basic Multilingual Plane counts
 * once, not as two UTF-16 units.
 */
final class NarrativeRules {
    private NarrativeRules() {
    }

    /** @return the narrative rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(REQUIRED, LIMIT);
    }

    /**
     * @param edition an edition
     * @return its narrative limit in characters, or 0 where none is known
     */
    static int limit(Edition edition) {
        return ReturnProfile.of(edition).narrativeLimit();
    }

    /**
     * @param s a text
     * @return its length in Unicode code points
     */
    static int characters(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The narrative (and in 2017-19 the success story) is written. */
    static final Rule<QuarterlyReturn> REQUIRED = Rule.on(QuarterlyReturn.class, "TEXT-NARRATIVE-REQUIRED")
            .requirements("R60")
            .title("The narrative on progress is written; in 2017-19 the integration success story too")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("[002:876] \"7. Narrative 1\" (a counted question); [002:1187] \"Health & Wellbeing Boards are"
                    + " required to provide a written narrative\"; [000:246], [000:252], [004:113], [004:133]")
            .check((r, ctx, emit) -> {
                Narrative n = r.narrative();
                if (n == null || Text.isBlank(n.progress())) {
                    emit.report(Pointer.of("narrative", "progress"), "the narrative on progress is not written");
                }
                if (ReturnProfile.of(ctx.edition()).followsPolicy2017To19() && (n == null || Text.isBlank(n.successStory()))) {
                    emit.report(Pointer.of("narrative", "successStory"),
                            "the integration success story highlight over the past quarter is not written");
                }
            });

    /** The progress narrative fits the template's cell. */
    static final Rule<QuarterlyReturn> LIMIT = Rule.on(QuarterlyReturn.class, "TEXT-NARRATIVE-LIMIT")
            .requirements("R61")
            .title("The progress narrative fits the template's character limit (2016/17 32,767; 2018/19 20,000;"
                    + " inferred)")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.where(p -> p.narrativeLimit() > 0))
            .source("Derived: [002:1161] \"Remaining Characters 31,872\" (limit 32,767 inferred: the counter plus the"
                    + " narrative's length, and Excel's cell limit); [004:105-107] \"Remaining Characters: 18,871\""
                    + " (limit 20,000 inferred: the counter plus the narrative's length)")
            .derived()
            .check((r, ctx, emit) -> {
                String progress = r.narrative() == null ? null : r.narrative().progress();
                int limit = limit(ctx.edition());
                if (progress == null || limit == 0) {
                    return;
                }
                int length = characters(progress);
                if (length > limit) {
                    emit.report(Pointer.of("narrative", "progress"), String.format(Locale.UK,
                            "the narrative is %,d characters; the template's cell holds at most %,d (Remaining"
                                    + " Characters would be %,d)", length, limit, limit - length));
                }
            });
}
