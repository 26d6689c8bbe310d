package dev.bcfkit.testkit;

import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Defects in the national conditions ({@code [002:895]}, {@code [000:195]}) and the s.75 question
 * ({@code [002:881-882]}).
 */
final class ConditionDefects {
    private static final String EXPLANATION = "Agreement with providers is expected next quarter.";

    private ConditionDefects() {
    }

    private static boolean hasRows(QuarterlyReturn r) {
        return !r.nationalConditions().isEmpty();
    }

    private static Arbitrary<QuarterlyReturn> anyRow(QuarterlyReturn r,
            BiFunction<QuarterlyReturn, ConditionResponse, ConditionResponse> edit) {
        return Arbitraries.integers().between(0, r.nationalConditions().size() - 1)
                .map(i -> ReturnEdits.conditions(r, ReturnEdits.replace(r.nationalConditions(), i,
                        row -> edit.apply(r, row))));
    }

    private static ConditionResponse row(ConditionResponse old, ConditionAnswer answer,
            java.time.LocalDate date, String explanation) {
        return new ConditionResponse(old.condition(), answer, date, explanation, old.previousResponses());
    }

    /** @return a condition row left unanswered */
    static Defect<QuarterlyReturn> unanswered() {
        return Defect.random("COND-ANSWERED", "a national condition left unanswered", ConditionDefects::hasRows,
                r -> anyRow(r, (doc, old) -> row(old, null, null, null)));
    }

    /** @return "No - In Progress" where the drop-down does not offer it (2016/17 Q4, 2017-19) */
    static Defect<QuarterlyReturn> answerNotAllowed() {
        return Defect.random("COND-ANSWER-ALLOWED",
                "\"No - In Progress\" where only Yes or No is allowed (2016/17 Q4, 2017-19)",
                r -> hasRows(r) && !Conditions.inProgressAllowed(r.period()),
                r -> anyRow(r, (doc, old) -> row(old, ConditionAnswer.NO_IN_PROGRESS, null, EXPLANATION)));
    }

    /** @return a "No" without an explanation */
    static Defect<QuarterlyReturn> missingExplanation() {
        return Defect.random("COND-EXPLANATION", "a condition answered No without an explanation",
                ConditionDefects::hasRows, r -> anyRow(r, (doc, old) -> row(old, ConditionAnswer.NO,
                        Conditions.dateRequired(doc.period()) ? doc.period().lastDay().plusDays(30) : null, null)));
    }

    /** @return a "No" without an estimated date in 2016/17 Q1-Q3 */
    static Defect<QuarterlyReturn> missingExpectedDate() {
        return Defect.random("COND-EXPECTED-DATE", "a condition answered No without an estimated date (2016/17 Q1-Q3)",
                r -> hasRows(r) && Conditions.dateRequired(r.period()),
                r -> anyRow(r, (doc, old) -> row(old, ConditionAnswer.NO, null, EXPLANATION)));
    }

    /** @return a condition row missing from the list */
    static Defect<QuarterlyReturn> missingRow() {
        return Defect.random("COND-LIST", "a national condition row missing", ConditionDefects::hasRows,
                r -> Arbitraries.integers().between(0, r.nationalConditions().size() - 1)
                        .map(i -> ReturnEdits.conditions(r, ReturnEdits.remove(r.nationalConditions(), i))));
    }

    /** @return one of the condition rows given a second time, as an extra row at the end */
    static Defect<QuarterlyReturn> repeatedRow() {
        return Defect.random("COND-ROW-UNEXPECTED", "a national condition given a second row",
                r -> r.nationalConditions().stream().anyMatch(c -> c.condition() != null),
                r -> Arbitraries.of(r.nationalConditions().stream().filter(c -> c.condition() != null).toList())
                        .map(row -> {
                            List<ConditionResponse> rows = new ArrayList<>(r.nationalConditions());
                            rows.add(row);
                            return ReturnEdits.conditions(r, rows);
                        }));
    }

    /** @return the s.75 question left blank */
    static Defect<QuarterlyReturn> section75Unanswered() {
        return Defect.of("S75-ANSWERED", "the s.75 pooled-budget question left blank", r -> true,
                r -> ReturnEdits.budget(r, new BudgetArrangements(null, null, null, null)));
    }

    /** @return s.75 answered No without the date pooling will happen */
    static Defect<QuarterlyReturn> section75MissingDate() {
        return Defect.of("S75-DATE", "s.75 answered No without the date pooling will happen", r -> true,
                r -> ReturnEdits.budget(r, new BudgetArrangements(YesNo.NO,
                        Section75.asksConfirmation(r.period()) ? YesNo.NO : null, null,
                        r.edition().isPolicy2017To19() ? EXPLANATION : null)));
    }
}
