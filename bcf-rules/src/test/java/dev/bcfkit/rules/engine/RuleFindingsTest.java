package dev.bcfkit.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.RuleSet;
import dev.bcfkit.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One rule's findings within its allowance: the first {@code allowance} reported are kept, the
 * rest counted, with one summary at the path of the first left out; paths and messages of findings
 * left out are never written; the meter counts one step per finding reported and one per finding
 * built.
 */
class RuleFindingsTest {
    private static final String LIMITS = "a report lists at most 100 findings of a rule and 1,000 of a document";

    private static RuleFindings rule(int allowance, Work work) {
        return new RuleFindings("R-1", Severity.WARNING, "[002:1251]", allowance, work);
    }

    @Test
    void theFindingAfterTheAllowanceIsCountedAtItsOwnPath() {
        RuleFindings r = rule(2, Work.NONE);
        r.report("/a", "first");
        r.report("/b", "second");
        r.report("/c", "third");
        assertEquals(List.of(
                new Finding("R-1", Severity.WARNING, "/a", "first", "[002:1251]", RuleSet.NATIONAL),
                new Finding("R-1", Severity.WARNING, "/b", "second", "[002:1251]", RuleSet.NATIONAL),
                new Finding("R-1", Severity.WARNING, "/c", "and 1 more like this, from here on, not listed: " + LIMITS,
                        "[002:1251]", RuleSet.NATIONAL)),
                r.findings());
        assertEquals(2, r.keptCount());
        assertEquals(1, r.omitted());
    }

    @Test
    void roomIsTheAllowanceLessWhatIsKept() {
        RuleFindings r = rule(3, Work.NONE);
        assertEquals(3, r.room());
        r.reportLazily(() -> "/a", () -> "first");
        assertEquals(2, r.room());
    }

    @Test
    void aFindingLeftOutLaterIsNeverWritten() {
        RuleFindings r = rule(1, Work.NONE);
        r.reportLazily(() -> "/a", () -> "first");
        r.reportLazily(() -> "/b", () -> fail("the message of a finding left out was written"));
        r.reportLazily(() -> fail("the path of a second finding left out was written"), () -> "third");
        assertEquals(2, r.omitted());
        assertEquals("/b", r.findings().get(1).path());
    }

    @Test
    void omittingNoneLeavesNothingOutAndWritesNoPath() {
        RuleFindings r = rule(0, Work.NONE);
        r.omit(0, () -> fail("a path was written for nothing left out"));
        assertEquals(0, r.omitted());
        r.omit(5, () -> "/x");
        assertEquals(List.of(new Finding("R-1", Severity.WARNING, "/x",
                "5 findings of this rule, from here on, are not listed: " + LIMITS, "[002:1251]", RuleSet.NATIONAL)),
                r.findings());
    }

    @Test
    void workIsOneStepPerFindingReportedAndOnePerFindingBuilt() {
        Work work = new Work();
        RuleFindings r = rule(1, work);
        r.report("/a", "kept");
        assertEquals(2, work.steps());
        r.report("/b", "left out");
        assertEquals(3, work.steps());
        Work lazily = new Work();
        RuleFindings l = rule(1, lazily);
        l.reportLazily(() -> "/a", () -> "kept");
        l.reportLazily(() -> "/b", () -> "left out");
        assertEquals(3, lazily.steps());
    }
}
