package dev.bcfkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Building a return in Java" example, run: the code between the markers below is
 * the README's code block, line for line (the first test fails when the two drift apart).
 */
class ReadmeBuilderExampleTest {

    private static QuarterlyReturn readmeExample() {
        // README:builder begin
        QuarterlyReturn q2 = QuarterlyReturn.builder(ReportingPeriod.parse("2017/18 Q2"))
                .cover(ReturnCover.builder()
                        .healthAndWellbeingBoard(HealthAndWellbeingBoard.named("Nottinghamshire"))
                        .signedOffBy("TBC")
                        .build())
                .budgetArrangements(BudgetArrangements.builder().pooledViaSection75(YesNo.YES).build())
                .nationalConditions(NationalCondition.forEdition(Edition.QUARTERLY_2017_18).stream()
                        .map(c -> ConditionResponse.builder().condition(c).answer(ConditionAnswer.YES).build())
                        .toList())
                .metrics(MetricProgress.builder()
                        .metric(MetricKind.NON_ELECTIVE_ADMISSIONS)
                        .assessment(MetricAssessment.ON_TRACK_TO_MEET_TARGET)
                        .build())
                .build();
        QuarterlyReturn signed = q2.withCover(q2.cover().toBuilder().signedOffBy("Chair of the Board").build());
        // README:builder end
        assertEquals("Chair of the Board", signed.cover().signedOffBy());
        return q2;
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        String source = Files.readString(file("examples/src/test/java/dev/bcfkit/examples/ReadmeBuilderExampleTest.java"),
                StandardCharsets.UTF_8);
        String readme = Files.readString(file("README.md"), StandardCharsets.UTF_8);
        String code = between(source, "        // README:builder begin\n", "        // README:builder end\n")
                .lines().map(l -> l.substring(Math.min(8, l.length()))).collect(Collectors.joining("\n", "", "\n"));
        assertTrue(readme.contains("```java\n" + code + "```\n"),
                "README.md must hold the example exactly as it is tested:\n" + code);
        assertTrue(code.lines().count() <= 20, "a readable example stays short");
    }

    @Test
    void theReturnItBuildsHasNoErrorsButIsIncomplete() {
        QuarterlyReturn q2 = readmeExample();
        assertEquals(Edition.QUARTERLY_2017_18, q2.edition());
        assertEquals(4, q2.nationalConditions().size());
        assertEquals(null, q2.incomeAndExpenditure(), "a section the 2017/18 edition lacks stays absent");
        Report report = BcfValidator.create().validate(q2);
        List<String> errors = report.findings().stream()
                .filter(f -> f.severity() == dev.bcfkit.rules.Severity.ERROR).map(Finding::toString).toList();
        assertEquals(List.of(), errors);
        assertFalse(report.isComplete(), "the metrics and the narrative are not all answered");
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals("COVER-SIGN-OFF-TBC")),
                report.findings().toString());
    }

    private static String between(String text, String begin, String end) {
        int from = text.indexOf(begin) + begin.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static Path file(String fromRoot) {
        Path root = Path.of(fromRoot);
        return Files.exists(root) ? root : Path.of("..").resolve(fromRoot);
    }
}
