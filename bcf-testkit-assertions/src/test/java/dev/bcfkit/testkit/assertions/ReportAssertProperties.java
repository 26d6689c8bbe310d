package dev.bcfkit.testkit.assertions;

import static dev.bcfkit.testkit.assertions.ReportAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Edition;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any findings whatever (any rule ids, severities and text, control characters included):
 * every finding can be asserted by its rule, severity, path and message; {@code hasOnly} of the
 * report's own rules passes; and a failure lists each finding on one line, at most
 * {@value FindingsListing#MAX_FINDINGS} of them.
 */
class ReportAssertProperties {

    @Provide
    Arbitrary<List<Finding>> findings() {
        Arbitrary<Finding> finding = Combinators.combine(
                Arbitraries.of("FIN-ANNUAL-EQUALS-SUM", "COND-EXPLANATION", "METRIC-ASSESSMENT-REQUIRED", "TEXT-LENGTH"),
                Arbitraries.of(Severity.class),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().ofMaxLength(400)).as((id, severity, path, message) ->
                        new Finding(id, severity, path, message, "[002:1]"));
        return finding.list().ofMaxSize(60);
    }

    @Property(tries = 200)
    void everyFindingIsFoundByItsRuleSeverityPathAndMessage(@ForAll("findings") List<Finding> findings) {
        ReportAssert report = assertThat(new Report(Edition.QUARTERLY_2017_18, null, findings, List.of()));
        for (Finding f : findings) {
            FindingAssert found = switch (f.severity()) {
                case ERROR -> report.hasError(f.ruleId());
                case WARNING -> report.hasWarning(f.ruleId());
                case INFO -> report.hasInfo(f.ruleId());
            };
            assertTrue(found.at(f.path()).withMessage(f.message()).findings().contains(f));
        }
        report.hasOnly(findings.stream().map(Finding::ruleId).distinct().toArray(String[]::new));
    }

    @Property(tries = 200)
    void aFailureListsEachFindingOnOneLineBounded(@ForAll("findings") List<Finding> findings) {
        Report report = new Report(Edition.QUARTERLY_2017_18, null, findings, List.of());
        AssertionError e = assertThrows(AssertionError.class, () -> assertThat(report).hasError("NO-SUCH-RULE"));
        List<String> lines = e.getMessage().lines().toList();

        int listed = Math.min(findings.size(), FindingsListing.MAX_FINDINGS);
        int more = findings.size() > listed ? 1 : 0;
        assertEquals(2 + listed + more, lines.size(), e.getMessage());
        for (int i = 0; i < listed; i++) {
            Finding f = findings.get(i);
            assertTrue(lines.get(2 + i).startsWith(String.format("  %-7s %s at \"", f.severity(), f.ruleId())), lines.get(2 + i));
        }
    }
}
