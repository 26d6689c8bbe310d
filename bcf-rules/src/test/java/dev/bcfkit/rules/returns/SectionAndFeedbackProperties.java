package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.FeedbackCategory;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.YearEndFeedback.CategorisedResponse;
import dev.bcfkit.core.returns.YearEndFeedback;
import dev.bcfkit.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.WithNull;

/**
 * Properties of section presence and of the 2016/17 Q4 year-end feedback.
 */
class SectionAndFeedbackProperties {

    @Provide
    Arbitrary<QuarterlyReturn> samples() {
        return SampleArbitraries.samples();
    }

    @Property(tries = 300)
    void everyOptionalSectionIsPresentExactlyWhereTheEditionHasIt(@ForAll("samples") QuarterlyReturn r,
            @ForAll @Size(8) List<Boolean> toggled) {
        QuarterlyReturn changed = r;
        int missing = 0;
        int unexpected = 0;
        RuleContext ctx = RuleContext.of(r.edition(), r.period());
        SectionRules.Section[] sections = SectionRules.Section.values();
        for (int i = 0; i < sections.length; i++) {
            if (!toggled.get(i)) {
                continue;
            }
            boolean expected = sections[i].expected(ctx);
            changed = toggle(changed, sections[i], !expected);
            if (expected) {
                missing++;
            } else {
                unexpected++;
            }
        }
        assertEquals(missing, Judge.run(SectionRules.PRESENT, changed).size());
        assertEquals(unexpected, Judge.run(SectionRules.UNEXPECTED, changed).size());
    }

    private static QuarterlyReturn toggle(QuarterlyReturn r, SectionRules.Section s, boolean fill) {
        return switch (s) {
            // in every edition: toggling leaves them out
            case COVER -> ReturnEdits.cover(r, fill ? r.cover() : null);
            case BUDGET_ARRANGEMENTS -> ReturnEdits.budget(r, fill ? r.budgetArrangements() : null);
            case NARRATIVE -> ReturnEdits.narrative(r, fill ? r.narrative() : null);
            case INCOME_AND_EXPENDITURE -> ReturnEdits.incomeAndExpenditure(r, fill
                    ? ReturnSamples.incomeAndExpenditure(ReturnSamples.POOLED, ReturnSamples.PHASED, Quarter.Q1) : null);
            case YEAR_END_FEEDBACK -> ReturnEdits.yearEndFeedback(r, fill ? ReturnSamples.yearEndFeedback() : null);
            case ADDITIONAL_MEASURES -> ReturnEdits.additionalMeasures(r, fill ? ReturnSamples.additionalMeasures()
                    : null);
            case HIGH_IMPACT_CHANGE_MODEL -> ReturnEdits.hicm(r, fill ? ReturnSamples.hicm(r.period(),
                    dev.bcfkit.core.returns.MaturityLevel.ESTABLISHED) : null);
            case ADDITIONAL_IBCF -> ReturnEdits.additionalIbcf(r, fill ? ReturnSamples.additionalIbcf() : null);
        };
    }

    @Property(tries = 300)
    void atMostThreeSuccessesAndChallengesEachCategorised(@ForAll @Size(max = 6) List<@WithNull(0.3)
            FeedbackCategory> successes, @ForAll @IntRange(max = 6) int challenges) {
        List<CategorisedResponse> s = new ArrayList<>();
        for (FeedbackCategory c : successes) {
            s.add(new CategorisedResponse("a success", c));
        }
        List<CategorisedResponse> c = new ArrayList<>();
        for (int i = 0; i < challenges; i++) {
            c.add(new CategorisedResponse("a challenge", FeedbackCategory.OTHER));
        }
        QuarterlyReturn q4 = ReturnSamples.complete2016(Quarter.Q4);
        QuarterlyReturn changed = ReturnEdits.yearEndFeedback(q4, new YearEndFeedback(
                q4.yearEndFeedback().statements(), s, c));
        int tooMany = (successes.size() > 3 ? 1 : 0) + (challenges > 3 ? 1 : 0);
        assertEquals(tooMany, Judge.run(YearEndFeedbackRules.AT_MOST_THREE, changed).size());
        assertEquals(successes.stream().filter(x -> x == null).count(),
                Judge.run(YearEndFeedbackRules.CATEGORISED, changed).size());
    }

    @Property(tries = 200)
    void everyStatementNeedsAResponse(@ForAll @Size(7) List<@WithNull(0.3) String> responses) {
        QuarterlyReturn q4 = ReturnSamples.complete2016(Quarter.Q4);
        List<YearEndFeedback.StatementResponse> statements = new ArrayList<>();
        long blank = 0;
        for (int i = 0; i < 7; i++) {
            String response = responses.get(i);
            statements.add(new YearEndFeedback.StatementResponse("statement " + (i + 1), response, null));
            blank += response == null || response.isBlank() ? 1 : 0;
        }
        QuarterlyReturn changed = ReturnEdits.yearEndFeedback(q4, new YearEndFeedback(statements,
                q4.yearEndFeedback().successes(), q4.yearEndFeedback().challenges()));
        assertEquals(blank, Judge.run(YearEndFeedbackRules.STATEMENTS_ANSWERED, changed).size());
    }
}
