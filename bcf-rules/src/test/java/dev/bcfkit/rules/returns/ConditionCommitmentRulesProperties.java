package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * COND-SOCIAL-CARE-PROTECTED and COND-DTOC-PLAN-AGREED: Southend confirms conditions 2 and 8
 * "Yes" in every 2016/17 quarter ({@code [002:897]}, {@code [002:913]}) and passes; in any
 * quarter, "No" or "No - In Progress" for condition 2 or 8 is one WARNING at that row's answer,
 * and such an answer for any other condition is neither rule's.
 */
class ConditionCommitmentRulesProperties {
    private static final Rule<QuarterlyReturn> SOCIAL_CARE = ConditionCommitmentRules.SOCIAL_CARE_PROTECTED;
    private static final Rule<QuarterlyReturn> DTOC = ConditionCommitmentRules.DTOC_PLAN_AGREED;

    @Test
    void southendConfirmsBothInEveryQuarter() {
        for (Quarter q : Quarter.values()) {
            assertEquals(List.of(), Judge.run(SOCIAL_CARE, ReturnSamples.complete2016(q)));
            assertEquals(List.of(), Judge.run(DTOC, ReturnSamples.complete2016(q)));
        }
        assertEquals(Severity.WARNING, SOCIAL_CARE.severity());
        assertEquals(List.of("R11"), SOCIAL_CARE.requirements());
        assertEquals(List.of("R13"), DTOC.requirements());
    }

    @Property
    void aNoForConditionTwoOrEightIsOneWarning(@ForAll Quarter q, @ForAll("notMet") ConditionAnswer a,
            @ForAll("twoOrEight") NationalCondition c) {
        Rule<QuarterlyReturn> rule = c == NationalCondition.NC2016_2 ? SOCIAL_CARE : DTOC;
        List<Finding> f = Judge.run(rule, ReturnCheckEdits.answer(ReturnSamples.complete2016(q), c, a));
        assertEquals(1, f.size());
        assertEquals("/nationalConditions/" + (c == NationalCondition.NC2016_2 ? 1 : 11) + "/answer", f.get(0).path());
    }

    @Property
    void aNoForAnotherConditionIsNeitherRules(@ForAll Quarter q, @ForAll("others") NationalCondition c) {
        QuarterlyReturn r = ReturnCheckEdits.answer(ReturnSamples.complete2016(q), c, ConditionAnswer.NO);
        assertEquals(List.of(), Judge.run(SOCIAL_CARE, r));
        assertEquals(List.of(), Judge.run(DTOC, r));
    }

    @Provide
    Arbitrary<ConditionAnswer> notMet() {
        return Arbitraries.of(ConditionAnswer.NO, ConditionAnswer.NO_IN_PROGRESS);
    }

    @Provide
    Arbitrary<NationalCondition> twoOrEight() {
        return Arbitraries.of(NationalCondition.NC2016_2, NationalCondition.NC2016_8);
    }

    @Provide
    Arbitrary<NationalCondition> others() {
        return Arbitraries.of(NationalCondition.forEdition(dev.bcfkit.core.Edition.QUARTERLY_2016_17).stream()
                .filter(c -> c != NationalCondition.NC2016_2 && c != NationalCondition.NC2016_8).toList());
    }
}
