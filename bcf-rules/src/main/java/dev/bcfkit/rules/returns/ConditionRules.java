package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.editions.ReturnProfile;
import dev.bcfkit.rules.engine.Pointer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The national conditions tab: each edition's own list of rows ({@code [002:896-913]}: eight
 * conditions in twelve rows in 2016/17; {@code [000:196-199]}, {@code [004:47-50]}: four in
 * 2017-19), the answers allowed ({@code [002:895]} Yes / No / No - In Progress; {@code [002:2242]}
 * Q4 Yes or No; {@code [000:195]} Yes or No), and what a "No" needs: an explanation, and in
 * 2016/17 Q1-Q3 an estimated date ({@code [002:893-895]}).
 */
final class ConditionRules {
    private ConditionRules() {
    }

    /** @return the national condition rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(LIST, ROW_UNEXPECTED, ORDER, ANSWERED, ANSWER_ALLOWED, EXPLANATION, EXPECTED_DATE, REGRESSION);
    }

    /** The edition's conditions each have a row. */
    static final Rule<QuarterlyReturn> LIST = Rule.on(QuarterlyReturn.class, "COND-LIST")
            .requirements("R01", "R02")
            .title("Each of the edition's national conditions has a row")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("[002:896-913] the twelve 2016/17 rows; [000:196-199] and [004:47-50] the four 2017-19"
                    + " conditions; [002:97] \"National conditions will reduce from eight to four\". A WARNING: a"
                    + " missing row is a blank part of the sheet, an incomplete return; a row the edition does not"
                    + " have or a row given twice is COND-ROW-UNEXPECTED's, rows out of order COND-ORDER's")
            .check((r, ctx, emit) -> {
                Map<NationalCondition, Integer> firstRow = firstRows(r.nationalConditions(), ctx.edition());
                for (NationalCondition c : NationalCondition.forEdition(ctx.edition())) {
                    if (!firstRow.containsKey(c)) {
                        emit.report(Pointer.of("nationalConditions"), "condition " + c.code() + " \""
                                + Text.abbreviate(c.wording()) + "\" is missing");
                    }
                }
            });

    /** No row the template does not print: another edition's condition, or a second row for one. */
    static final Rule<QuarterlyReturn> ROW_UNEXPECTED = Rule.on(QuarterlyReturn.class, "COND-ROW-UNEXPECTED")
            .requirements("R01", "R02")
            .title("No national condition row is of another edition, and none is given twice")
            .severity(Severity.ERROR)
            .editions(ReturnEditions.ALL)
            .source("[002:896-913] the twelve 2016/17 rows; [000:196-199] and [004:47-50] the four 2017-19"
                    + " conditions; [002:97] \"National conditions will reduce from eight to four\": the template"
                    + " prints one row for each of its edition's conditions, so another edition's condition or a"
                    + " second row for one cannot come from it: a present, wrong row, not a blank one")
            .check((r, ctx, emit) -> {
                List<NationalCondition> expected = NationalCondition.forEdition(ctx.edition());
                Map<NationalCondition, Integer> firstRow = firstRows(r.nationalConditions(), ctx.edition());
                List<ConditionResponse> rows = r.nationalConditions();
                for (int i = 0; i < rows.size(); i++) {
                    NationalCondition c = rows.get(i).condition();
                    if (c == null) {
                        continue;
                    }
                    String at = Pointer.of("nationalConditions", i, "condition");
                    if (!expected.contains(c)) {
                        emit.report(at, "condition " + c.code() + " \"" + Text.abbreviate(c.wording()) + "\" is not a"
                                + " condition of the " + ctx.edition().label() + " (it belongs to the "
                                + editions(c) + "); the " + ctx.edition().label() + " has " + codes(expected));
                    } else if (firstRow.get(c) != i) {
                        emit.report(at, "condition " + c.code() + " appears more than once; it is already at "
                                + Pointer.of("nationalConditions", firstRow.get(c)));
                    }
                }
            });

    /** The rows are in template order. */
    static final Rule<QuarterlyReturn> ORDER = Rule.on(QuarterlyReturn.class, "COND-ORDER")
            .requirements("R01", "R02")
            .title("The national condition rows are in template order")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("Derived: the template prints the conditions in a fixed order ([002:896-913], [000:196-199],"
                    + " [004:47-50]); no paper says a return must keep it, and rows in another order still answer"
                    + " each condition once, but a reader comparing with the template expects its order")
            .derived()
            .check((r, ctx, emit) -> {
                List<NationalCondition> expected = NationalCondition.forEdition(ctx.edition());
                Map<NationalCondition, Integer> firstRow = firstRows(r.nationalConditions(), ctx.edition());
                List<NationalCondition> found = new ArrayList<>(firstRow.keySet());
                found.sort((a, b) -> Integer.compare(firstRow.get(a), firstRow.get(b)));
                List<NationalCondition> inTemplateOrder = new ArrayList<>(found);
                inTemplateOrder.sort((a, b) -> Integer.compare(expected.indexOf(a), expected.indexOf(b)));
                if (!found.equals(inTemplateOrder)) {
                    emit.report(Pointer.of("nationalConditions"), "the condition rows are not in template order:"
                            + " expected " + codes(inTemplateOrder) + ", found " + codes(found));
                }
            });

    /**
     * @param rows the condition rows
     * @param edition the return's edition
     * @return each of the edition's conditions named in them, with the index of its first row
     */
    private static Map<NationalCondition, Integer> firstRows(List<ConditionResponse> rows, Edition edition) {
        List<NationalCondition> expected = NationalCondition.forEdition(edition);
        Map<NationalCondition, Integer> firstRow = new EnumMap<>(NationalCondition.class);
        for (int i = 0; i < rows.size(); i++) {
            NationalCondition c = rows.get(i).condition();
            if (c != null && expected.contains(c)) {
                firstRow.putIfAbsent(c, i);
            }
        }
        return firstRow;
    }

    /** Every row is answered. */
    static final Rule<QuarterlyReturn> ANSWERED = Rule.on(QuarterlyReturn.class, "COND-ANSWERED")
            .requirements("R01", "R02")
            .title("Every national condition is answered")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("[002:895] \"Please Select ('Yes', 'No' or 'No - In Progress')\"; [002:2242] \"Please Select"
                    + " (Yes or No)\"; [000:195] and [004:46] \"Confirmation\"")
            .check((r, ctx, emit) -> {
                List<ConditionResponse> rows = r.nationalConditions();
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).answer() == null) {
                        emit.report(Pointer.of("nationalConditions", i, "answer"), name(rows.get(i), i)
                                + " is not answered; select " + allowed(ctx));
                    }
                }
            });

    /**
     * "No - In Progress" only where the template offers it. A WARNING: in 2016/17 Q4 the
     * instructions still offer "No - In Progress" while the answer column says "Yes or No"
     * ({@code [002:2238-2242]}), so the template contradicts itself; the 2017-19 templates print no
     * drop-down list, only an explanation column for a "No" ({@code [000:195]}, {@code [004:46]}).
     */
    static final Rule<QuarterlyReturn> ANSWER_ALLOWED = Rule.on(QuarterlyReturn.class, "COND-ANSWER-ALLOWED")
            .requirements("R03")
            .title("Answers come from the quarter's list: \"No - In Progress\" is offered only in 2016/17 Q1-Q3")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("[002:895] Q1-Q3 \"Please Select ('Yes', 'No' or 'No - In Progress')\"; [002:2242] Q4 \"Please"
                    + " Select (Yes or No)\" although the Q4 instructions still offer \"'Yes', 'No' or 'No - In"
                    + " Progress'\" [002:2238-2240], so the template contradicts itself; [000:195], [004:46] the"
                    + " 2017-19 column asks for an explanation only \"If the answer is \"No\"\"")
            .check((r, ctx, emit) -> {
                if (offersInProgress(ctx)) {
                    return;
                }
                String why = ReturnEditions.is2016Q4(ctx)
                        ? "; the Q4 answer column says \"Yes or No\", although its instructions still offer it"
                        : "; its explanation column is only for \"No\"";
                List<ConditionResponse> rows = r.nationalConditions();
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).answer() == ConditionAnswer.NO_IN_PROGRESS) {
                        emit.report(Pointer.of("nationalConditions", i, "answer"), name(rows.get(i), i)
                                + " is answered \"No - In Progress\", which the " + ctx.edition().label() + " for "
                                + ctx.period() + " does not list" + why + "; select " + allowed(ctx));
                    }
                }
            });

    /** A condition not met needs an explanation. */
    static final Rule<QuarterlyReturn> EXPLANATION = Rule.on(QuarterlyReturn.class, "COND-EXPLANATION")
            .requirements("R04")
            .title("A condition answered \"No\" or \"No - In Progress\" has an explanation")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("[002:893] \"please include an explanation as to why the condition was not met within this"
                    + " quarter ... and how this is being addressed\"; [002:2242]; [000:195]; [004:46]"
                    + ". A WARNING: the template asks (\"please\"), and a blank answer is an incomplete return")
            .check((r, ctx, emit) -> {
                List<ConditionResponse> rows = r.nationalConditions();
                for (int i = 0; i < rows.size(); i++) {
                    ConditionResponse row = rows.get(i);
                    if (row.answer() != null && row.answer().isNotMet() && Text.isBlank(row.explanation())) {
                        emit.report(Pointer.of("nationalConditions", i, "explanation"), name(row, i) + " is answered"
                                + " \"" + row.answer().label() + "\" without an explanation of why it was not met and"
                                + " how this is being addressed");
                    }
                }
            });

    /** In 2016/17 Q1-Q3 a condition not met needs an estimated date. */
    static final Rule<QuarterlyReturn> EXPECTED_DATE = Rule.on(QuarterlyReturn.class, "COND-EXPECTED-DATE")
            .requirements("R05")
            .title("In 2016/17 Q1-Q3 a condition not met has the estimated date it will be met")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("[002:895] \"If the answer is \"No\" or \"No - In Progress\" please enter estimated date when"
                    + " condition will be met if not already in place (DD/MM/YYYY)\"; no date column in Q4 [002:2242]"
                    + ". A WARNING: the template asks (\"please\"), and a blank answer is an incomplete return")
            .check((r, ctx, emit) -> {
                if (ReturnEditions.is2016Q4(ctx)) {
                    return;
                }
                List<ConditionResponse> rows = r.nationalConditions();
                for (int i = 0; i < rows.size(); i++) {
                    ConditionResponse row = rows.get(i);
                    if (row.answer() != null && row.answer().isNotMet() && row.expectedDate() == null) {
                        emit.report(Pointer.of("nationalConditions", i, "expectedDate"), name(row, i)
                                + " is answered \"" + row.answer().label() + "\" without the estimated date it will"
                                + " be met (DD/MM/YYYY)");
                    }
                }
            });

    /** A condition met last quarter and not met now is worth a look. */
    static final Rule<QuarterlyReturn> REGRESSION = Rule.on(QuarterlyReturn.class, "COND-REGRESSION")
            .requirements("R01", "R02")
            .title("A condition met in the previous quarter is not reported as not met now without notice")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("Derived: the template shows the earlier quarters' answers beside this quarter's"
                    + " [002:1465-1470], [002:2373], so a condition going from \"Yes\" back to \"No\" is visible to"
                    + " the reader and deserves a word; no paper says it is wrong")
            .derived()
            .check((r, ctx, emit) -> {
                Quarter now = ReturnEditions.quarter(ctx);
                List<ConditionResponse> rows = r.nationalConditions();
                for (int i = 0; i < rows.size(); i++) {
                    ConditionResponse row = rows.get(i);
                    if (row.answer() == null || !row.answer().isNotMet()) {
                        continue;
                    }
                    SortedMap<Quarter, ConditionAnswer> earlier = row.previousResponses().headMap(now);
                    if (!earlier.isEmpty() && earlier.get(earlier.lastKey()) == ConditionAnswer.YES) {
                        emit.report(Pointer.of("nationalConditions", i, "answer"), name(row, i) + " was met (\"Yes\")"
                                + " in " + earlier.lastKey() + " but is answered \"" + row.answer().label() + "\" in "
                                + now);
                    }
                }
            });

    /**
     * @param ctx the context
     * @return whether the quarter's drop-down has "No - In Progress" (2016/17 Q1-Q3)
     */
    static boolean offersInProgress(RuleContext ctx) {
        return ReturnProfile.of(ctx.edition()).offersInProgress(ReturnEditions.quarter(ctx));
    }

    private static String allowed(RuleContext ctx) {
        return offersInProgress(ctx) ? "\"Yes\", \"No\" or \"No - In Progress\"" : "\"Yes\" or \"No\"";
    }

    private static String name(ConditionResponse row, int index) {
        return row.condition() == null ? "the condition at row " + index : "condition " + row.condition().code();
    }

    private static String codes(List<NationalCondition> conditions) {
        return conditions.stream().map(NationalCondition::code).collect(Collectors.joining(", "));
    }

    private static String editions(NationalCondition c) {
        return c.editions().stream().map(Edition::label).collect(Collectors.joining(" and "));
    }
}
