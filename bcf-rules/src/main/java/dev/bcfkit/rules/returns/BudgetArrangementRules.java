package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.editions.ReturnProfile;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;

/**
 * The section 75 pooled-budget question: "Have the funds been pooled via a s.75 pooled budget?"
 * and, if not, when this will happen (DD/MM/YYYY) ({@code [002:881-882]}); from 2016/17 Q2 the
 * confirmation "If it had not been previously stated that the funds had been pooled can you
 * confirm that they have now?" ({@code [002:1445-1449]}); in 2017-19 also an explanation
 * ({@code [000:202-203]}, {@code [004:53-54]}).
 */
final class BudgetArrangementRules {
    private BudgetArrangementRules() {
    }

    /** @return the s.75 rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(ANSWERED, DATE);
    }

    /** The s.75 question (and from 2016/17 Q2, after a "No", the confirmation) is answered. */
    static final Rule<QuarterlyReturn> ANSWERED = Rule.on(QuarterlyReturn.class, "S75-ANSWERED")
            .requirements("R47", "R48")
            .title("The s.75 pooled-budget question is answered")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("[002:881] \"Have the funds been pooled via a s.75 pooled budget?\"; [002:1446-1447] the Q2-Q4"
                    + " confirmation; [000:203]; [004:54]")
            .check((r, ctx, emit) -> {
                BudgetArrangements b = r.budgetArrangements();
                if (b == null || b.pooledViaSection75() == null) {
                    emit.report(Pointer.of("budgetArrangements", "pooledViaSection75"),
                            "\"Have the funds been pooled via a s.75 pooled budget?\" is not answered");
                } else if (b.pooledViaSection75() == YesNo.NO && asksConfirmation(ctx)
                        && b.confirmedNowPooled() == null) {
                    emit.report(Pointer.of("budgetArrangements", "confirmedNowPooled"), "the funds were not pooled"
                            + " via a s.75 pooled budget, so \"can you confirm that they have now?\" needs an answer");
                }
            });

    /** A "No" needs the date pooling will happen, and in 2017-19 an explanation. */
    static final Rule<QuarterlyReturn> DATE = Rule.on(QuarterlyReturn.class, "S75-DATE")
            .requirements("R47", "R48")
            .title("Funds not pooled via s.75 need the date pooling will happen (and in 2017-19 an explanation)")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("[002:882] \"If the answer to the above is 'No' please indicate when this will happen"
                    + " (DD/MM/YYYY)\"; [000:202] and [004:53] \"If the answer is \"No\" please provide an"
                    + " explanation\". A WARNING: the template asks (\"please\"), and a blank answer is an incomplete"
                    + " return")
            .check((r, ctx, emit) -> {
                BudgetArrangements b = r.budgetArrangements();
                if (b == null || b.pooledViaSection75() != YesNo.NO) {
                    return;
                }
                boolean nowPooled = asksConfirmation(ctx) && b.confirmedNowPooled() == YesNo.YES;
                if (!nowPooled && b.expectedPoolingDate() == null) {
                    emit.report(Pointer.of("budgetArrangements", "expectedPoolingDate"), "the funds are not pooled"
                            + " via a s.75 pooled budget: give the date this will happen (DD/MM/YYYY)");
                }
                if (ReturnProfile.of(ctx.edition()).followsPolicy2017To19() && Text.isBlank(b.explanation())) {
                    emit.report(Pointer.of("budgetArrangements", "explanation"), "the funds are not pooled via a"
                            + " s.75 pooled budget: explain why and how this is being addressed");
                }
            });

    /**
     * @param ctx the context
     * @return whether the template asks "can you confirm that they have now?" (2016/17 Q2-Q4)
     */
    static boolean asksConfirmation(RuleContext ctx) {
        return ReturnProfile.of(ctx.edition()).asksPoolingConfirmation(ReturnEditions.quarter(ctx));
    }
}
