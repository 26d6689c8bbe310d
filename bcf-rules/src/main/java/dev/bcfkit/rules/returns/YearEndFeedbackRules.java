package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.YearEndFeedback.CategorisedResponse;
import dev.bcfkit.core.returns.YearEndFeedback.StatementResponse;
import dev.bcfkit.core.returns.YearEndFeedback;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.editions.ReturnProfile;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;

/**
 * The 2016/17 Q4 "Year End Feedback" tab ({@code [002:2467-2514]}): seven statements with a
 * response each, and "up to 3 of your greatest successes, up to 3 of your greatest challenges and
 * then categorise each success/challenge appropriately" ({@code [002:2486]}). The rules apply only to the Q4 return; its presence is judged by SECTION-PRESENT.
 */
final class YearEndFeedbackRules {
    /** The number of Part 1 statements ({@code [002:2476-2482]}). */
    static final int STATEMENTS = 7;
    /** The most successes, and the most challenges ({@code [002:2486]}). */
    static final int MOST = 3;

    private YearEndFeedbackRules() {
    }

    /** @return the year-end feedback rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(STATEMENTS_ANSWERED, AT_MOST_THREE, CATEGORISED);
    }

    /** The seven statements are answered. */
    static final Rule<QuarterlyReturn> STATEMENTS_ANSWERED = Rule.on(QuarterlyReturn.class,
            "YEF-STATEMENTS-ANSWERED")
            .requirements("R62")
            .title("In 2016/17 Q4 the seven year-end statements each have a response")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("[002:2473] \"Please use the below form to indicate what extent you agree with the following"
                    + " statements\"; the seven statements [002:2476-2482]")
            .check((r, ctx, emit) -> {
                YearEndFeedback y = feedback(r, ctx);
                if (y == null) {
                    return;
                }
                List<StatementResponse> statements = y.statements();
                if (statements.size() != STATEMENTS) {
                    emit.report(Pointer.of("yearEndFeedback", "statements"), "expected the " + STATEMENTS
                            + " year-end statements, found " + statements.size());
                }
                for (int i = 0; i < statements.size(); i++) {
                    if (Text.isBlank(statements.get(i).response())) {
                        emit.report(Pointer.of("yearEndFeedback", "statements", i, "response"), "statement "
                                + (i + 1) + " \"" + Text.abbreviate(statements.get(i).statement())
                                + "\" has no response");
                    }
                }
            });

    /** At most three successes and three challenges. */
    static final Rule<QuarterlyReturn> AT_MOST_THREE = Rule.on(QuarterlyReturn.class, "YEF-AT-MOST-THREE")
            .requirements("R63")
            .title("In 2016/17 Q4 at most three successes and three challenges are given")
            .severity(Severity.ERROR)
            .editions(ReturnEditions.Y2016)
            .source("[002:2486] \"detail up to 3 of your greatest successes, up to 3 of your greatest challenges\"")
            .check((r, ctx, emit) -> {
                YearEndFeedback y = feedback(r, ctx);
                if (y == null) {
                    return;
                }
                tooMany(emit, y.successes(), "successes");
                tooMany(emit, y.challenges(), "challenges");
            });

    /** Every success and challenge is categorised. */
    static final Rule<QuarterlyReturn> CATEGORISED = Rule.on(QuarterlyReturn.class, "YEF-CATEGORISED")
            .requirements("R63")
            .title("In 2016/17 Q4 every success and challenge has a response category")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("[002:2502] \"should be assigned to one of the following categories (as used for previous BCF"
                    + " surveys)\"; [002:2486] \"categorise each success/challenge appropriately\""
                    + ". A WARNING: \"should\", and a blank category is an incomplete return")
            .check((r, ctx, emit) -> {
                YearEndFeedback y = feedback(r, ctx);
                if (y == null) {
                    return;
                }
                uncategorised(emit, y.successes(), "successes", "success");
                uncategorised(emit, y.challenges(), "challenges", "challenge");
            });

    private static YearEndFeedback feedback(QuarterlyReturn r, RuleContext ctx) {
        return ReturnProfile.of(ctx.edition()).asksYearEndFeedback(ReturnEditions.quarter(ctx)) ? r.yearEndFeedback() : null;
    }

    private static void tooMany(Emitter emit, List<CategorisedResponse> list, String property) {
        if (list.size() > MOST) {
            emit.report(Pointer.of("yearEndFeedback", property, MOST), "up to " + MOST + " " + property
                    + " may be given, found " + list.size());
        }
    }

    private static void uncategorised(Emitter emit, List<CategorisedResponse> list, String property, String one) {
        for (int i = 0; i < list.size(); i++) {
            CategorisedResponse c = list.get(i);
            if (!Text.isBlank(c.response()) && c.category() == null) {
                emit.report(Pointer.of("yearEndFeedback", property, i, "category"), one + " " + (i + 1) + " \""
                        + Text.abbreviate(c.response()) + "\" has no response category");
            }
        }
    }
}
