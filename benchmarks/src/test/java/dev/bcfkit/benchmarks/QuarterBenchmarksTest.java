package dev.bcfkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark, run once on a set-up fixture, does what it claims and gives the right answer
 * for every return. Speed is measured by JMH (run.sh), never here.
 */
class QuarterBenchmarksTest {
    private static final QuarterState STATE = new QuarterState();
    private static final QuarterBenchmarks BENCHMARKS = new QuarterBenchmarks();

    @BeforeAll
    static void setUp() {
        STATE.setUp();
    }

    @AfterAll
    static void tearDown() {
        STATE.tearDown();
    }

    @Test
    void theBaselineReadsEachReturnAsATree() {
        JsonNode[] trees = BENCHMARKS.baselineReadTree(STATE);
        assertEquals(NationalQuarter.BOARDS, trees.length);
        for (int i = 0; i < trees.length; i++) {
            assertEquals("bcfkit/quarterly-return/1", trees[i].get("format").asText(), "return " + i);
            assertEquals(STATE.returns[i].period().year().toString(), trees[i].get("period").get("year").asText(),
                    "return " + i);
        }
    }

    @Test
    void readGivesTheGeneratedReturns() {
        QuarterlyReturn[] read = BENCHMARKS.read(STATE);
        assertEquals(NationalQuarter.generate(NationalQuarter.SEED).returns(), List.of(read));
    }

    @Test
    void theRulesFindNoErrorInValidReturns() {
        List<List<Finding>> findings = BENCHMARKS.rulesOnly(STATE);
        assertEquals(NationalQuarter.BOARDS, findings.size());
        for (int i = 0; i < findings.size(); i++) {
            assertTrue(findings.get(i).stream().noneMatch(f -> f.severity() == Severity.ERROR),
                    "return " + i + ": " + findings.get(i));
        }
        assertTrue(STATE.rules[0].size() > 10, "the rulebook has its rules: " + STATE.rules[0].size());
    }

    @Test
    void theShapeOfValidReturnsHasNoViolation() {
        List<Set<ConstraintViolation<QuarterlyReturn>>> violations = BENCHMARKS.shapeOnly(STATE);
        assertEquals(NationalQuarter.BOARDS, violations.size());
        violations.forEach(v -> assertEquals(Set.of(), v));
    }

    @Test
    void theShapeValidatorDoesJudgeShape() {
        QuarterlyReturn valid = STATE.returns[0];
        ReturnCover cover = valid.cover();
        QuarterlyReturn longNumber = new QuarterlyReturn(valid.period(), new ReturnCover(
                cover.healthAndWellbeingBoard(), cover.completedBy(), cover.email(), "0".repeat(101),
                cover.signedOffBy()), valid.budgetArrangements(), valid.nationalConditions(),
                valid.incomeAndExpenditure(), valid.metrics(), valid.yearEndFeedback(), valid.additionalMeasures(),
                valid.highImpactChangeModel(), valid.narrative(), valid.additionalIbcf());
        Set<ConstraintViolation<QuarterlyReturn>> violations = STATE.shape.validate(longNumber);
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("cover.contactNumber", violations.iterator().next().getPropertyPath().toString());
    }

    @Test
    void theFullCheckReportsEachReturnWithoutErrors() {
        Report[] reports = BENCHMARKS.fullCheck(STATE);
        assertEquals(NationalQuarter.BOARDS, reports.length);
        for (int i = 0; i < reports.length; i++) {
            assertEquals(STATE.returns[i].edition(), reports[i].edition(), "return " + i);
            assertEquals(STATE.returns[i].period(), reports[i].period(), "return " + i);
            assertFalse(reports[i].hasErrors(), "return " + i + ": " + reports[i].findings());
        }
    }

    @Test
    void writeGivesBackTheFixtureBytes() {
        byte[][] written = BENCHMARKS.write(STATE);
        assertEquals(NationalQuarter.BOARDS, written.length);
        for (int i = 0; i < written.length; i++) {
            assertArrayEquals(STATE.bytes[i], written[i], "return " + i);
        }
    }
}
