package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Edition;
import dev.bcfkit.rules.engine.ShapeValidation;
import dev.bcfkit.rules.engine.Work;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The validator's work grows linearly with the size of each hostile pattern of issue 12 (many
 * blank map keys, many CCGs against many sign-offs, many spellings of one district, a return with
 * a finding per row), and its report stays bounded. Work is counted ({@link Work}: findings
 * reported and built, names keyed and compared, map entries indexed, path steps walked, rules run),
 * never timed: when a pattern doubles, the count may grow by at most {@value #MOST_PER_DOUBLING}
 * times (a logarithm's share above 2); a quadratic path would multiply it by 4.
 */
class RulesScalingTest {
    /** The most the work may grow when the input doubles. */
    static final double MOST_PER_DOUBLING = 2.5;
    private static final int[] SIZES = {1_000, 2_000, 4_000, 8_000};
    private static final BcfValidator VALIDATOR = BcfValidator.create();

    private record Measured(long steps, Report report) {
    }

    private static void growsLinearly(String pattern, IntFunction<Measured> validate) {
        Measured previous = null;
        for (int n : SIZES) {
            Measured m = validate.apply(n);
            assertTrue(m.steps() >= n, pattern + ": the meter counts at least one step per repeated element, found "
                    + m.steps() + " for " + n);
            assertBounded(pattern, m.report());
            assertTrue(m.report().omitted() > 0, pattern + " at " + n + ": findings are left out and counted");
            if (previous != null) {
                double growth = (double) m.steps() / previous.steps();
                long before = previous.steps();
                assertTrue(growth <= MOST_PER_DOUBLING, () -> pattern + ": doubling to " + n + " grew the work from "
                        + before + " to " + m.steps() + " steps, " + growth + " times");
            }
            previous = m;
        }
    }

    /** A report lists at most 1,000 findings plus one summary per rule, and its text is proportional to that. */
    static void assertBounded(String pattern, Report report) {
        int rules = Rulebook.forEdition(report.edition()).returnRules().size()
                + Rulebook.forEdition(report.edition()).planRules().size()
                + Rulebook.forEdition(report.edition()).pooledBudgetRules().size() + 1;
        assertTrue(report.findings().size() <= FindingLimits.PER_DOCUMENT + rules, pattern + ": "
                + report.findings().size() + " findings");
        long text = report.findings().stream().mapToLong(f -> f.toString().length()).sum();
        assertTrue(text <= 2_000L * (FindingLimits.PER_DOCUMENT + rules), pattern + ": " + text + " characters");
    }

    @Test
    void manyBlankDistrictNamesAreOrderedInLinearWork() {
        growsLinearly("blank district names", n -> {
            Work work = new Work();
            Report r = VALIDATOR.validate(Crafted.blankDistricts(n),
                    RuleContext.of(Edition.POOLED_BUDGET_2017_19, null).measuring(work));
            assertEquals(FindingLimits.PER_RULE + 1, r.findingsOf(ShapeValidation.RULE_ID).size());
            return new Measured(work.steps(), r);
        });
    }

    @Test
    void manyCcgsAgainstManySignOffsAreComparedInLinearWork() {
        growsLinearly("CCGs against sign-offs", n -> {
            Work work = new Work();
            Report r = VALIDATOR.validate(Crafted.ccgsAgainstSignOffs(n),
                    RuleContext.of(Edition.PLAN_2014, null).measuring(work));
            assertEquals(FindingLimits.PER_RULE + 1, r.findingsOf("PLAN-CCG-SIGN-OFF").size());
            assertEquals(FindingLimits.PER_RULE + 1, r.findingsOf("PLAN-SIGN-OFF-UNKNOWN-CCG").size());
            return new Measured(work.steps(), r);
        });
    }

    @Test
    void manySpellingsOfOneDistrictAreFoundInLinearWork() {
        growsLinearly("one district spelled many ways", n -> {
            Work work = new Work();
            Report r = VALIDATOR.validate(Crafted.duplicateDistricts(n),
                    RuleContext.of(Edition.POOLED_BUDGET_2017_19, null).measuring(work));
            assertEquals(FindingLimits.PER_RULE + 1, r.findingsOf("DFG-DISTRICT-DUPLICATE").size());
            return new Measured(work.steps(), r);
        });
    }

    @Test
    void aReturnWithAFindingPerRowIsJudgedInLinearWork() {
        growsLinearly("a finding per condition row", n -> {
            Work work = new Work();
            var q = Crafted.manyFindings(n);
            Report r = VALIDATOR.validate(q, RuleContext.of(q.edition(), q.period()).measuring(work));
            return new Measured(work.steps(), r);
        });
    }
}
