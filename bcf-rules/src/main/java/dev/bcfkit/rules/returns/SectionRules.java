package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.editions.ReturnProfile;
import dev.bcfkit.rules.engine.Blank;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;

/**
 * Which optional sections each edition has ({@link QuarterlyReturn}): income and
 * expenditure and additional measures in 2016/17 ({@code [002:1011]}, {@code [002:1084]}),
 * year-end feedback in 2016/17 Q4 ({@code [002:2467]}), the High Impact Change Model in 2017-19
 * ({@code [000:218]}, {@code [004:62]}) and the additional iBCF section in 2018/19
 * ({@code [004:145]}); the cover, the s.75 question and the narrative are in every edition. A
 * section the edition expects but the return leaves out or leaves blank makes the return
 * incomplete, exactly as a blank question does: the checklist counts its questions as unanswered
 * and a WARNING names the section ("Please leave any missing data cells as blank",
 * {@code [004:175]}: a blank is not a wrong answer). Every other rule skips a missing section
 * safely. A section the edition does not have is reported so that its content is not silently
 * ignored.
 */
final class SectionRules {
    private SectionRules() {
    }

    /** @return the section rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(PRESENT, UNEXPECTED);
    }

    /** The sections the edition expects are present. */
    static final Rule<QuarterlyReturn> PRESENT = Rule.on(QuarterlyReturn.class, "SECTION-PRESENT")
            .requirements("R71")
            .title("Every section the edition and quarter expect is present and not blank")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("[002:1199-1213] the 2016/17 template's sheets; [002:2206-2214] Q4 adds Year End Feedback;"
                    + " [000:180-254], [004:145] the 2017-19 sheets")
            .check((r, ctx, emit) -> {
                for (Section s : Section.values()) {
                    if (s.expected(ctx) && !s.presentIn(r)) {
                        emit.report(Pointer.of(s.property), "the " + s.label + " section is missing, so the return"
                                + " is incomplete; the " + ctx.edition().label() + " for " + ctx.period() + " has it");
                    } else if (s.expected(ctx) && Blank.is(s.of(r))) {
                        emit.report(Pointer.of(s.property), "the " + s.label + " section is blank, so the return"
                                + " is incomplete; the " + ctx.edition().label() + " for " + ctx.period() + " asks for it");
                    }
                }
            });

    /** Sections the edition does not have are empty. */
    static final Rule<QuarterlyReturn> UNEXPECTED = Rule.on(QuarterlyReturn.class, "SECTION-UNEXPECTED")
            .requirements("R71")
            .title("No section is filled in that the edition and quarter do not have")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("Derived: a section the template does not have cannot be submitted, so its content is"
                    + " ignored by every rule; [002:1199-1213], [000:180-254], [004:145]")
            .derived()
            .check((r, ctx, emit) -> {
                for (Section s : Section.values()) {
                    if (!s.expected(ctx) && s.presentIn(r)) {
                        emit.report(Pointer.of(s.property), "the " + s.label + " section is filled in, but the "
                                + ctx.edition().label() + " for " + ctx.period()
                                + " has no such section; its content is not checked");
                    }
                }
            });

    /** The optional sections, in document order. */
    enum Section {
        COVER("cover", "cover"),
        BUDGET_ARRANGEMENTS("budgetArrangements", "budget arrangements (s.75 pooled budget)"),
        INCOME_AND_EXPENDITURE("incomeAndExpenditure", "income and expenditure"),
        YEAR_END_FEEDBACK("yearEndFeedback", "year-end feedback"),
        ADDITIONAL_MEASURES("additionalMeasures", "additional measures"),
        HIGH_IMPACT_CHANGE_MODEL("highImpactChangeModel", "High Impact Change Model"),
        ADDITIONAL_IBCF("additionalIbcf", "additional improved Better Care Fund"),
        NARRATIVE("narrative", "narrative");

        private final String property;
        private final String label;

        Section(String property, String label) {
            this.property = property;
            this.label = label;
        }

        boolean expected(RuleContext ctx) {
            ReturnProfile p = ReturnProfile.of(ctx.edition());
            return switch (this) {
                case COVER, BUDGET_ARRANGEMENTS, NARRATIVE -> true;
                case INCOME_AND_EXPENDITURE, ADDITIONAL_MEASURES -> p.asksIncomeAndExpenditure();
                case YEAR_END_FEEDBACK -> p.asksYearEndFeedback(ReturnEditions.quarter(ctx));
                case HIGH_IMPACT_CHANGE_MODEL -> p.followsPolicy2017To19();
                case ADDITIONAL_IBCF -> p.asksAdditionalIbcf();
            };
        }

        boolean presentIn(QuarterlyReturn r) {
            return of(r) != null;
        }

        /** @return the section in the return, or null */
        Object of(QuarterlyReturn r) {
            return switch (this) {
                case COVER -> r.cover();
                case BUDGET_ARRANGEMENTS -> r.budgetArrangements();
                case INCOME_AND_EXPENDITURE -> r.incomeAndExpenditure();
                case YEAR_END_FEEDBACK -> r.yearEndFeedback();
                case ADDITIONAL_MEASURES -> r.additionalMeasures();
                case HIGH_IMPACT_CHANGE_MODEL -> r.highImpactChangeModel();
                case ADDITIONAL_IBCF -> r.additionalIbcf();
                case NARRATIVE -> r.narrative();
            };
        }
    }
}
