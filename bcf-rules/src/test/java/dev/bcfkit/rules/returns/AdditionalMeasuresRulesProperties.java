package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.CareSetting;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * AM-GO-LIVE-DATE and AM-ANSWER-PRINTED: Southend's "In development", "31/03/17" and its other
 * answers ({@code [002:1097-1149]}) pass; "Live" passes ({@code [002:1285]}); every real date
 * written dd/mm/yy passes; a word or an impossible date is one WARNING; an answer the papers do
 * not print is one INFO.
 */
class AdditionalMeasuresRulesProperties {
    private static final Rule<QuarterlyReturn> GO_LIVE = AdditionalMeasuresRules.GO_LIVE_DATE;
    private static final Rule<QuarterlyReturn> PRINTED = AdditionalMeasuresRules.ANSWER_PRINTED;

    @Test
    void southendsAnswersPass() {
        QuarterlyReturn southend = ReturnSamples.complete2016(Quarter.Q1);
        assertEquals(List.of(), Judge.run(GO_LIVE, southend));
        assertEquals(List.of(), Judge.run(PRINTED, southend));
        assertEquals(List.of(), Judge.run(GO_LIVE, ReturnCheckEdits.goLive(CareSetting.HOSPITAL, "Live", "Live")));
        assertEquals(List.of(), Judge.run(GO_LIVE, ReturnCheckEdits.goLive(CareSetting.HOSPITAL, null, "03/17")),
                "the checklist's (mm/yy) [002:826]");
        assertEquals(List.of(), Judge.run(GO_LIVE, ReturnCheckEdits.goLive(CareSetting.HOSPITAL, null, " ")),
                "a blank date is not judged");
        assertEquals(1, Judge.run(GO_LIVE, ReturnCheckEdits.goLive(CareSetting.HOSPITAL, null, "13/17")).size());
        assertEquals(Severity.WARNING, GO_LIVE.severity());
        assertEquals(Severity.INFO, PRINTED.severity());
        assertTrue(PRINTED.derived());
        assertEquals(List.of("R57"), GO_LIVE.requirements());
    }

    @Property
    void everyRealDateWrittenDdMmYyPasses(@ForAll @IntRange(min = 0, max = 36_500) int days) {
        String date = LocalDate.of(2000, 1, 1).plusDays(days).format(DateTimeFormatter.ofPattern("dd/MM/yy"));
        assertEquals(List.of(), Judge.run(GO_LIVE, ReturnCheckEdits.goLive(CareSetting.COMMUNITY, null, date)));
    }

    @Property
    void aWordIsNotADate(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String word) {
        Assume.that(!word.equalsIgnoreCase("live"));
        List<Finding> f = Judge.run(GO_LIVE, ReturnCheckEdits.goLive(CareSetting.COMMUNITY, "In development", word));
        assertEquals(1, f.size());
        assertEquals("/additionalMeasures/openApiProgress/Community/projectedGoLive", f.get(0).path());
    }

    @Property
    void anImpossibleDayIsNotADate(@ForAll @IntRange(min = 32, max = 99) int day, @ForAll @IntRange(min = 1, max = 12) int month) {
        String date = String.format("%02d/%02d/17", day, month);
        assertEquals(1, Judge.run(GO_LIVE, ReturnCheckEdits.goLive(CareSetting.GP, null, date)).size());
    }

    @Property
    void aPilotAnswerThePapersDoNotPrintIsOneInfo(@ForAll @AlphaChars @StringLength(min = 1, max = 30) String answer) {
        List<Finding> f = Judge.run(PRINTED, ReturnCheckEdits.pilotAndTeams(answer,
                "Yes - throughout the Health and Wellbeing Board area"));
        assertEquals(1, f.size());
        assertEquals("/additionalMeasures/integratedCareRecordPilot", f.get(0).path());
    }
}
