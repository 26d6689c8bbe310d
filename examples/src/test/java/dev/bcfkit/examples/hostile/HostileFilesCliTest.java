package dev.bcfkit.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.json.BcfParseException;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.testkit.hostile.HostileFile;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code bcf} tool on every file of the hostile corpus, in-process ({@code Bcf.run}): a file
 * that cannot be read gives exit status 2 and one line on standard error for each problem the
 * reader found, each naming the file, the line, the column and the JSON pointer, and never a
 * stack trace; a file that can be read
 * is checked, with exit status 1 when its report has an ERROR and 0 otherwise (docs/SECURITY.md).
 */
class HostileFilesCliTest {
    /**
     * A hang detector, not a speed test: each run takes milliseconds; only a loop or an unbounded
     * read comes near this bound.
     */
    private static final Duration HANG = Duration.ofSeconds(5);
    private static final BcfJson JSON = BcfJson.strict();
    private static final InputStream NO_INPUT = new ByteArrayInputStream(new byte[0]);

    @BeforeAll
    static void startTheToolOnce() {
        // the validator's bootstrap (about a second) happens here, outside the hang detector
        CliRun.of(NO_INPUT, List.of("check", Path.of("data", "southend-2016-17-q1.json").toString()));
    }

    /** Nothing on standard error may look like a stack trace or name a Jackson or Java exception. */
    static void assertNoStackTrace(String err) {
        for (String trace : List.of("Exception", "\tat ", "at dev.", "at java.", "com.fasterxml", "Caused by")) {
            assertFalse(err.contains(trace), () -> "\"" + trace + "\" on standard error: " + err);
        }
    }

    private static String where(BcfParseException e) {
        return "line " + e.line() + ", column " + e.column() + ", at "
                + (e.pointer().isEmpty() ? "the document root (\"\")" : e.pointer()) + ": ";
    }

    private static String where(BcfParseException.Problem p) {
        return "line " + p.line() + ", column " + p.column() + ", at "
                + (p.pointer().isEmpty() ? "the document root (\"\")" : p.pointer()) + ": ";
    }

    /** @return how many lines the tool prints for a refused file: one per problem */
    private static int problems(HostileFile file) {
        return assertThrows(BcfParseException.class, () -> JSON.readDocument(file.bytes(), file.path().toString()))
                .problems().size();
    }

    @TestFactory
    Stream<DynamicTest> checkGivesEachFileOneLinePerProblemOrItsReport() {
        return HostileFile.all().stream().map(file -> DynamicTest.dynamicTest(file.file(),
                () -> assertTimeoutPreemptively(HANG, () -> check(file))));
    }

    private static void check(HostileFile file) {
        String path = file.path().toString();
        CliRun run = CliRun.of(NO_INPUT, List.of("check", path));
        CliRun stdin = CliRun.of(new ByteArrayInputStream(file.bytes()), List.of("check", "-"));
        assertNoStackTrace(run.err());
        assertNoStackTrace(stdin.err());
        if (file.refused()) {
            BcfParseException e = assertThrows(BcfParseException.class, () -> JSON.readDocument(file.bytes(), path));
            assertEquals(2, run.status(), run.err());
            assertEquals(e.problems().size(), run.errLines().size(), run.err());
            assertTrue(run.err().endsWith("\n"), run.err());
            String line = run.errLines().get(0);
            assertTrue(line.startsWith("bcf: " + path + ": " + where(e)), line);
            assertTrue(line.contains(file.fragment()), line);
            for (int i = 0; i < e.problems().size(); i++) {
                assertTrue(run.errLines().get(i).startsWith("bcf: " + path + ": " + where(e.problems().get(i))),
                        run.err());
            }
            assertTrue(run.out().endsWith("1 file checked: 0 with errors, 0 with warnings only, 1 unreadable\n"),
                    run.out());
            assertEquals(2, stdin.status());
            assertEquals(run.errLines().stream().map(l -> l.replace("bcf: " + path + ": ", "bcf: <stdin>: ")).toList(),
                    stdin.errLines());
        } else {
            Report report = Validation.validate(JSON.readDocument(file.bytes(), path));
            int expected = report.hasErrors() ? 1 : 0;
            assertEquals(expected, run.status(), run.out() + run.err());
            assertEquals("", run.err());
            for (String rule : file.ruleIds()) {
                assertTrue(run.out().contains("    " + rule + " at "), () -> rule + " in " + run.out());
            }
            assertTrue(run.out().contains(file.fragment()), () -> file.fragment() + " verbatim in " + run.out());
            String summary = report.hasErrors() ? "1 with errors, 0 with warnings only"
                    : report.count(Severity.WARNING) > 0 ? "0 with errors, 1 with warnings only"
                    : "0 with errors, 0 with warnings only";
            assertTrue(run.out().endsWith("1 file checked: " + summary + ", 0 unreadable\n"), run.out());
            assertEquals(expected, stdin.status());
            assertEquals("", stdin.err());
        }
    }

    @Test
    void checkingTheWholeCorpusAtOnceGivesOneLinePerProblemOfEachUnreadableFileInOrder() {
        List<HostileFile> files = HostileFile.all();
        List<String> args = new ArrayList<>(List.of("check"));
        files.forEach(f -> args.add(f.path().toString()));
        CliRun run = CliRun.of(NO_INPUT, args);
        assertEquals(2, run.status());
        assertNoStackTrace(run.err());
        List<HostileFile> refused = files.stream().filter(HostileFile::refused).toList();
        List<String> lines = run.errLines();
        int at = 0;
        for (HostileFile file : refused) {
            for (int i = problems(file); i > 0; i--) {
                assertTrue(lines.get(at++).startsWith("bcf: " + file.path() + ": line "), lines.get(at - 1));
            }
        }
        assertEquals(at, lines.size(), run.err());
        assertTrue(run.out().endsWith(", " + refused.size() + " unreadable\n"), run.out());
        assertTrue(run.out().contains(files.size() + " files checked: "), run.out());
    }

    @Test
    void theJsonFormatHasAnEntryForEveryFileWithEveryProblemOfAnUnreadableOne() throws Exception {
        List<HostileFile> files = HostileFile.all();
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        files.forEach(f -> args.add(f.path().toString()));
        CliRun run = CliRun.of(NO_INPUT, args);
        assertEquals(2, run.status());
        assertNoStackTrace(run.err());
        long problems = files.stream().filter(HostileFile::refused).mapToInt(HostileFilesCliTest::problems).sum();
        assertEquals(problems, run.errLines().size());
        JsonNode reported = new ObjectMapper().readTree(run.out()).get("files");
        assertEquals(files.size(), reported.size());
        int unreadable = 0;
        for (int i = 0; i < files.size(); i++) {
            HostileFile file = files.get(i);
            JsonNode entry = reported.get(i);
            assertEquals(file.path().toString(), entry.get("file").textValue());
            if (file.refused()) {
                BcfParseException e = assertThrows(BcfParseException.class,
                        () -> JSON.readDocument(file.bytes(), file.path().toString()));
                JsonNode error = entry.get("error");
                assertEquals(run.errLines().get(unreadable), "bcf: " + file.path() + ": "
                        + error.get("message").textValue());
                JsonNode each = error.get("problems");
                assertEquals(e.problems().size(), each.size(), file.file());
                for (int k = 0; k < each.size(); k++) {
                    assertEquals(run.errLines().get(unreadable++), "bcf: " + file.path() + ": "
                            + each.get(k).get("message").textValue());
                    assertEquals(e.problems().get(k).pointer(), each.get(k).get("pointer").textValue(), file.file());
                }
                assertEquals(e.line(), error.get("line").intValue(), file.file());
                assertEquals(e.column(), error.get("column").intValue(), file.file());
                assertEquals(e.pointer(), error.get("pointer").textValue(), file.file());
                assertEquals(List.of("file", "error"), names(entry));
                assertEquals(List.of("message", "line", "column", "pointer", "problems"), names(error));
            } else {
                assertTrue(entry.has("edition") && entry.has("findings") && !entry.has("error"), file.file());
            }
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void summaryAndTheHtmlReportRefuseTheSameFilesTheSameWay() {
        for (HostileFile file : HostileFile.all()) {
            String path = file.path().toString();
            CliRun html = assertTimeoutPreemptively(HANG, () -> CliRun.of(NO_INPUT, List.of("report", path, "--html",
                    "-")));
            assertNoStackTrace(html.err());
            if (file.refused()) {
                assertEquals(2, html.status(), path);
                assertEquals(problems(file), html.errLines().size(), html.err());
                assertTrue(html.errLines().get(0).startsWith("bcf: " + path + ": line "), html.err());
            } else {
                assertEquals(0, html.status(), html.err());
                assertFalse(html.out().contains("<script"), "the page never carries a script from the document");
            }
        }
        List<String> args = new ArrayList<>(List.of("summary"));
        HostileFile.all().forEach(f -> args.add(f.path().toString()));
        CliRun summary = CliRun.of(NO_INPUT, args);
        assertEquals(2, summary.status());
        assertNoStackTrace(summary.err());
        assertEquals(HostileFile.all().stream().filter(HostileFile::refused).mapToInt(HostileFilesCliTest::problems)
                .sum(), summary.errLines().size());
    }

    @Test
    void aFiftyMegabyteFileOrStandardInputIsRefusedInOneLineWithoutReadingItAll(@TempDir Path dir) {
        assertTimeoutPreemptively(HANG, () -> {
            Path big = dir.resolve("big.json");
            byte[] huge = new byte[50 * 1024 * 1024];
            java.util.Arrays.fill(huge, (byte) ' ');
            huge[0] = '{';
            Files.write(big, huge);
            CliRun file = CliRun.of(NO_INPUT, List.of("check", big.toString()));
            assertEquals(2, file.status());
            assertEquals(List.of("bcf: " + big + ": larger than 8388608 bytes (8 MiB), the most a BCF document may be"),
                    file.errLines());
            CliRun stdin = CliRun.of(new ByteArrayInputStream(huge), List.of("check", "-"));
            assertEquals(2, stdin.status());
            assertEquals(List.of("bcf: <stdin>: larger than 8388608 bytes (8 MiB), the most a BCF document may be"),
                    stdin.errLines());
        });
    }
}
