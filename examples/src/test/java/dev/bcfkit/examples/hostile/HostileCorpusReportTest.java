package dev.bcfkit.examples.hostile;

import static dev.bcfkit.testkit.assertions.ReportAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.json.BcfJson;
import dev.bcfkit.json.BcfParseException;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.testkit.hostile.HostileFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile corpus through the whole library (docs/SECURITY.md): each file is refused by
 * {@link BcfJson} with a {@link BcfParseException} at the pointer its manifest names, or read and
 * judged by {@code BcfValidator.create()} into a {@link Report} with the findings the manifest
 * names, quoting user text verbatim, and with no rule failing; never any other exception.
 */
class HostileCorpusReportTest {
    /**
     * A hang detector, not a speed test: each file takes milliseconds to read and judge; only a
     * loop or a backtracking regular expression comes near this bound.
     */
    private static final Duration HANG = Duration.ofSeconds(5);
    private static final BcfJson JSON = BcfJson.strict();

    @BeforeAll
    static void startTheValidatorOnce() {
        // Hibernate Validator's bootstrap (about a second) happens here, outside the hang detector
        Validation.validate(JSON.readDocument(Path.of("data", "southend-2016-17-q1.json")));
    }

    @TestFactory
    Stream<DynamicTest> eachFileIsRefusedWhereItsManifestSaysOrJudgedWithTheFindingsItNames() {
        return HostileFile.all().stream().map(file -> DynamicTest.dynamicTest(file.file(),
                () -> assertTimeoutPreemptively(HANG, () -> outcome(file))));
    }

    private static void outcome(HostileFile file) {
        if (file.refused()) {
            BcfParseException e = assertThrows(BcfParseException.class,
                    () -> JSON.readDocument(file.bytes(), file.file()));
            assertEquals(file.pointer(), e.pointer(), e.getMessage());
            assertTrue(e.problem().contains(file.fragment()), e.getMessage());
            assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
            return;
        }
        Object document = JSON.readDocument(file.bytes(), file.file());
        assertEquals(document, JSON.readDocument(JSON.write(document), "written.json"), "writes back as it reads");
        Report report = Validation.validate(document);
        for (String rule : file.ruleIds()) {
            assertThat(report).hasFinding(rule);
        }
        if (!file.fragment().isEmpty()) {
            assertTrue(report.findings().stream().map(Finding::message).anyMatch(m -> m.contains(file.fragment())),
                    () -> "a finding should quote " + file.fragment() + " verbatim: " + report.findings());
        }
        assertEquals(report, Validation.validate(document), "judging is repeatable");
    }
}
