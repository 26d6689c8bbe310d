package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the national condition rules over every edition's complete sample.
 */
class ConditionRulesProperties {

    @Provide
    Arbitrary<QuarterlyReturn> samples() {
        return SampleArbitraries.samples();
    }

    @Provide
    Arbitrary<String> blank() {
        return SampleArbitraries.blank();
    }

    private static boolean offersInProgress(QuarterlyReturn r) {
        return r.edition() == Edition.QUARTERLY_2016_17 && r.period().quarter() != Quarter.Q4;
    }

    private static QuarterlyReturn answer(QuarterlyReturn r, int row, ConditionAnswer a, LocalDate date, String why) {
        int index = row % r.nationalConditions().size();
        return ReturnEdits.condition(r, index, c -> new ConditionResponse(c.condition(), a, date, why,
                c.previousResponses()));
    }

    @Property(tries = 300)
    void anyNoWithoutAnExplanationFiresCondExplanation(@ForAll("samples") QuarterlyReturn r,
            @ForAll @IntRange(max = 11) int row, @ForAll boolean inProgress, @ForAll("blank") String why) {
        ConditionAnswer a = inProgress && offersInProgress(r) ? ConditionAnswer.NO_IN_PROGRESS : ConditionAnswer.NO;
        int index = row % r.nationalConditions().size();
        QuarterlyReturn broken = answer(r, row, a, LocalDate.of(2019, 3, 31), why);
        assertEquals(List.of("/nationalConditions/" + index + "/explanation"),
                Judge.run(ConditionRules.EXPLANATION, broken).stream().map(Finding::path).toList());
        QuarterlyReturn explained = answer(r, row, a, LocalDate.of(2019, 3, 31), "being addressed by the board");
        assertEquals(List.of(), Judge.run(ConditionRules.EXPLANATION, explained));
    }

    @Property(tries = 300)
    void anEstimatedDateIsAskedOnlyIn2016Q1ToQ3(@ForAll("samples") QuarterlyReturn r,
            @ForAll @IntRange(max = 11) int row) {
        // judged by the edition's whole rulebook, as the validator does: 2017-19 returns have no
        // date column, so their rulebooks must not ask for one, and the 2016/17 Q4 return neither
        QuarterlyReturn noDate = answer(r, row, ConditionAnswer.NO, null, "being addressed");
        List<String> expected = offersInProgress(r)
                ? List.of("/nationalConditions/" + row % r.nationalConditions().size() + "/expectedDate") : List.of();
        assertEquals(expected, Judge.all(noDate).stream().filter(f -> f.ruleId().equals("COND-EXPECTED-DATE"))
                .map(Finding::path).toList());
    }

    @Property(tries = 300)
    void noInProgressIsAllowedExactlyIn2016Q1ToQ3(@ForAll("samples") QuarterlyReturn r,
            @ForAll @IntRange(max = 11) int row) {
        QuarterlyReturn inProgress = answer(r, row, ConditionAnswer.NO_IN_PROGRESS, LocalDate.of(2019, 3, 31),
                "being addressed");
        assertEquals(offersInProgress(r) ? 0 : 1, Judge.run(ConditionRules.ANSWER_ALLOWED, inProgress).size());
    }

    @Property(tries = 300)
    void everyUnansweredRowIsReported(@ForAll("samples") QuarterlyReturn r, @ForAll Set<@IntRange(max = 11) Integer> rows) {
        List<ConditionResponse> edited = new ArrayList<>(r.nationalConditions());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < edited.size(); i++) {
            if (rows.contains(i)) {
                ConditionResponse c = edited.get(i);
                edited.set(i, new ConditionResponse(c.condition(), null, null, null, c.previousResponses()));
                expected.add("/nationalConditions/" + i + "/answer");
            }
        }
        assertEquals(expected, Judge.run(ConditionRules.ANSWERED, ReturnEdits.conditions(r, edited)).stream()
                .map(Finding::path).toList());
    }

    @Property(tries = 300)
    void anyMissingRowIsIncompleteAndAnyOtherOrderIsReportedApart(@ForAll("samples") QuarterlyReturn r, @ForAll long seed,
            @ForAll Set<@IntRange(max = 11) Integer> dropped) {
        List<ConditionResponse> rows = new ArrayList<>(r.nationalConditions());
        java.util.Collections.shuffle(rows, new java.util.Random(seed));
        List<ConditionResponse> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(rows.get(i));
            }
        }
        List<NationalCondition> keptOrder = kept.stream().map(ConditionResponse::condition).toList();
        List<NationalCondition> templateOrder = NationalCondition.forEdition(r.edition()).stream()
                .filter(keptOrder::contains).toList();
        int missing = rows.size() - kept.size();
        int outOfOrder = keptOrder.equals(templateOrder) ? 0 : 1;
        QuarterlyReturn edited = ReturnEdits.conditions(r, kept);
        assertEquals(missing, Judge.run(ConditionRules.LIST, edited).size());
        assertEquals(outOfOrder, Judge.run(ConditionRules.ORDER, edited).size());
        assertEquals(List.of(), Judge.run(ConditionRules.ROW_UNEXPECTED, edited), "no row is of another edition or twice");
    }

    @Property(tries = 300)
    void aNoAfterAYesInThePreviousQuarterIsARegression(@ForAll("q2ToQ4") Quarter q, @ForAll ConditionAnswer before,
            @ForAll @IntRange(max = 11) int row) {
        QuarterlyReturn r = ReturnSamples.complete2016(q);
        Map<Quarter, ConditionAnswer> previous = new EnumMap<>(Quarter.class);
        previous.put(Quarter.of(q.number() - 1), before);
        QuarterlyReturn changed = ReturnEdits.condition(r, row, c -> new ConditionResponse(c.condition(),
                ConditionAnswer.NO, LocalDate.of(2017, 3, 31), "being addressed", new java.util.TreeMap<>(previous)));
        assertEquals(before == ConditionAnswer.YES ? 1 : 0, Judge.run(ConditionRules.REGRESSION, changed).size());
    }

    @Provide
    Arbitrary<Quarter> q2ToQ4() {
        return Arbitraries.of(Quarter.Q2, Quarter.Q3, Quarter.Q4);
    }

    @Property(tries = 200)
    void theCompleteSamplesPassEveryConditionRule(@ForAll("samples") QuarterlyReturn r) {
        Assume.that(!r.nationalConditions().isEmpty());
        for (Rule<QuarterlyReturn> rule : ConditionRules.all()) {
            assertEquals(List.of(), Judge.run(rule, r), rule.id());
        }
    }
}
