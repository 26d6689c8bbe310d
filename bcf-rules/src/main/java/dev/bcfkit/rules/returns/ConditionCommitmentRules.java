package dev.bcfkit.rules.returns;

import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;

/**
 * What two 2016/17 national conditions commit a board to, as far as the return records it. The
 * return holds only the condition's answer ({@code [002:897]}, {@code [002:913]}): it has no cell
 * for the amount of social care protection or for the DTOC target itself, so a condition answered
 * "No" or "No - In Progress" is the one sign in the return that the commitment is not (yet) kept.
 * The explanation and date such an answer needs are COND-EXPLANATION's and COND-EXPECTED-DATE's.
 */
final class ConditionCommitmentRules {
    private ConditionCommitmentRules() {
    }

    /** @return the rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(SOCIAL_CARE_PROTECTED, DTOC_PLAN_AGREED);
    }

    /**
     * COND-SOCIAL-CARE-PROTECTED: 2016/17 condition 2, "Maintain provision of social care
     * services", is confirmed. The framework asks that the locally agreed support "should maintain
     * in real terms the level of protection as provided through the mandated minimum element of
     * local Better Care Fund agreements of 2015-16" ({@code [002:929]}); a "No" says the board has
     * not. A WARNING: the paper says "should", and "No" is an answer the template offers.
     */
    static final Rule<QuarterlyReturn> SOCIAL_CARE_PROTECTED = Rule.on(QuarterlyReturn.class,
            "COND-SOCIAL-CARE-PROTECTED")
            .title("2016/17 condition 2: social care protection is confirmed as maintained in real terms")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("[002:897] \"2) Maintain provision of social care services\"; [002:927] \"Local areas must include"
                    + " an explanation of how local adult social care services will continue to be supported\";"
                    + " [002:929] \"As a minimum, it should maintain in real terms the level of protection as provided"
                    + " through the mandated minimum element of local Better Care Fund agreements of 2015-16\"."
                    + " A WARNING: \"should\"; the return records the answer only, not the amount")
            .requirements("R11")
            .check((r, ctx, emit) -> notConfirmed(r, NationalCondition.NC2016_2, emit,
                    "so the return does not confirm that social care protection is maintained in real terms at"
                            + " the 2015-16 mandated minimum"));

    /**
     * COND-DTOC-PLAN-AGREED: 2016/17 condition 8, "Agreement on a local target for Delayed
     * Transfers of Care (DTOC) and develop a joint local action plan", is confirmed: "each local area
     * is to develop a local action plan for managing DTOC, including a locally agreed target"
     * ({@code [002:987]}), "agreed between the CCG, Local Authority and relevant acute and community
     * trusts" in the national metric ({@code [002:989]}). A WARNING: "No" is an answer the template
     * offers, and the target itself has no cell in the return.
     */
    static final Rule<QuarterlyReturn> DTOC_PLAN_AGREED = Rule.on(QuarterlyReturn.class, "COND-DTOC-PLAN-AGREED")
            .title("2016/17 condition 8: a DTOC action plan with a locally agreed target is confirmed")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("[002:913] \"8) Agreement on a local target for Delayed Transfers of Care (DTOC) and develop a"
                    + " joint local action plan\"; [002:987] \"each local area is to develop a local action plan for"
                    + " managing DTOC, including a locally agreed target\"; [002:989] \"The metric for the target should"
                    + " be the same as the national performance metric\". A WARNING: the return records the answer"
                    + " only, not the target")
            .requirements("R13")
            .check((r, ctx, emit) -> notConfirmed(r, NationalCondition.NC2016_8, emit,
                    "so the return does not confirm a local DTOC action plan with a locally agreed target"));

    private static void notConfirmed(QuarterlyReturn r, NationalCondition condition, Emitter emit, String consequence) {
        List<ConditionResponse> rows = r.nationalConditions();
        for (int i = 0; i < rows.size(); i++) {
            ConditionResponse row = rows.get(i);
            ConditionAnswer a = row.answer();
            if (row.condition() == condition && (a == ConditionAnswer.NO || a == ConditionAnswer.NO_IN_PROGRESS)) {
                emit.report(Pointer.of("nationalConditions", i, "answer"), "condition " + condition.code() + " \""
                        + condition.wording() + "\" is answered \"" + a.label() + "\", "
                        + consequence);
                return;
            }
        }
    }
}
