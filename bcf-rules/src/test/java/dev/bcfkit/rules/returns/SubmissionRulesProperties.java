package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * COVER-SUBMITTED-BY-DEADLINE and COVER-SUBMITTED-AFTER-QUARTER: Nottinghamshire's Q2 2017/18
 * return "submitted to NHS England on 17 November" ({@code [000:37]}) passes; a 2016/17 Q2 return
 * submitted from 1 October to 25 November 2016 passes, one submitted later is one ERROR
 * ({@code [002:1181]}); no other quarter has a deadline; a date within the quarter reported on is
 * one WARNING; a return with no submission date is not judged.
 */
class SubmissionRulesProperties {
    private static final Rule<QuarterlyReturn> DEADLINE = SubmissionRules.BY_DEADLINE;
    private static final Rule<QuarterlyReturn> AFTER = SubmissionRules.AFTER_QUARTER;

    private static QuarterlyReturn submitted(QuarterlyReturn r, LocalDate on) {
        return ReturnEdits.cover(r, r.cover().withSubmittedOn(on));
    }

    @Test
    void nottinghamshireSubmittedAfterItsQuarterEnded() {
        QuarterlyReturn r = submitted(ReturnSamples.complete2017(), LocalDate.of(2017, 11, 17));
        assertEquals(List.of(), Judge.run(AFTER, r));
        assertEquals(List.of(), Judge.run(DEADLINE, r));
        assertEquals(List.of(), Judge.run(DEADLINE, ReturnSamples.complete2016(Quarter.Q2)), "no date recorded");
        assertEquals(Severity.ERROR, DEADLINE.severity());
        assertEquals(Severity.WARNING, AFTER.severity());
        assertTrue(AFTER.derived());
        assertEquals(List.of("R72"), DEADLINE.requirements());
    }

    @Property
    void aQ2ReturnByTheDeadlinePasses(@ForAll @IntRange(min = 1, max = 56) int days) {
        QuarterlyReturn r = submitted(ReturnSamples.complete2016(Quarter.Q2), LocalDate.of(2016, 9, 30).plusDays(days));
        assertEquals(List.of(), Judge.run(DEADLINE, r));
        assertEquals(List.of(), Judge.run(AFTER, r));
    }

    @Property
    void aQ2ReturnAfterTheDeadlineIsOneError(@ForAll @IntRange(min = 1, max = 3_650) int days) {
        List<Finding> f = Judge.run(DEADLINE, submitted(ReturnSamples.complete2016(Quarter.Q2),
                LocalDate.of(2016, 11, 25).plusDays(days)));
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("/cover/submittedOn", f.get(0).path());
    }

    @Property
    void noOtherQuarterHasADeadline(@ForAll @IntRange(min = 1, max = 3_650) int days,
            @ForAll("otherQuarters") Quarter q) {
        assertEquals(List.of(), Judge.run(DEADLINE, submitted(ReturnSamples.complete2016(q),
                LocalDate.of(2016, 11, 25).plusDays(days))));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Quarter> otherQuarters() {
        return net.jqwik.api.Arbitraries.of(Quarter.Q1, Quarter.Q3, Quarter.Q4);
    }

    @Property
    void aDateWithinTheQuarterIsOneWarning(@ForAll @IntRange(min = 0, max = 400) int daysBefore) {
        ReportingPeriod p = ReportingPeriod.parse("2017/18 Q2");
        List<Finding> f = Judge.run(AFTER, submitted(ReturnSamples.complete2017(), p.lastDay().minusDays(daysBefore)));
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
    }
}
