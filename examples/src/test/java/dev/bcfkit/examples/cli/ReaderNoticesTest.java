package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bcfkit.json.BcfParseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader says about a document reaches the user: a label read as the template prints
 * it ("NEA", {@code [000:208]}) is a WARNING finding of rule READ-LABEL-AS-PRINTED in
 * {@code check} (text and JSON), {@code summary} and {@code report}, and a document the reader
 * refuses is reported with every problem the reader found, not only the first.
 */
class ReaderNoticesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTICE = "READ-LABEL-AS-PRINTED at /metrics/0/metric: read the label \"NEA\" as the"
            + " template prints it, meaning \"Non-Elective Admissions\"; write \"Non-Elective Admissions\"";

    @TempDir
    Path temp;

    /** @return Southend's Q4 2016/17 return with its first metric written "NEA", as the template prints it */
    private Path withNea() throws Exception {
        String text = Files.readString(Path.of(Samples.path(Samples.SOUTHEND_Q4)), StandardCharsets.UTF_8);
        String nea = text.replaceFirst("\"metric\": \"Non-Elective Admissions\"", "\"metric\": \"NEA\"");
        assertTrue(!nea.equals(text));
        Path p = temp.resolve("southend-nea.json");
        Files.writeString(p, nea, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void checkPrintsTheNoticeAsAWarningAndStillJudgesTheReturn() throws Exception {
        Path nea = withNea();
        Run run = Run.of("check", nea.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("  findings: 0 errors, 2 warnings, 0 information\n"), run.out());
        assertTrue(run.out().contains("  WARNING\n    " + NOTICE + " the labels the templates print"), run.out());
        // the validator's own warning on the sample is still there: the return was judged
        assertTrue(run.out().contains("METRIC-ASSESSMENT-CONTRADICTS-RAG at /metrics/3/assessment"), run.out());
        assertTrue(run.out().endsWith("1 file checked: 0 with errors, 1 with warnings only, 0 unreadable\n"),
                run.out());
    }

    @Test
    void checkJsonGivesTheNoticeAsAFindingWithItsPointer() throws Exception {
        Run run = Run.of("check", "--format", "json", withNea().toString());
        assertEquals(0, run.status(), run.err());
        JsonNode findings = JSON.readTree(run.out()).get("files").get(0).get("findings");
        JsonNode notice = findings.get(0);
        assertEquals("READ-LABEL-AS-PRINTED", notice.get("rule").textValue());
        assertEquals("WARNING", notice.get("severity").textValue());
        assertEquals("/metrics/0/metric", notice.get("path").textValue());
        assertEquals("read the label \"NEA\" as the template prints it, meaning \"Non-Elective Admissions\"; write"
                + " \"Non-Elective Admissions\"", notice.get("message").textValue());
        assertTrue(notice.get("source").textValue().contains("[000:208-213]"), notice.toString());
        assertEquals(2, findings.size(), findings.toString());
    }

    @Test
    void summaryCountsTheNoticeAmongTheWarnings() throws Exception {
        Run plain = Run.of("summary", Samples.path(Samples.SOUTHEND_Q4));
        Run run = Run.of("summary", withNea().toString());
        assertEquals(0, run.status(), run.err());
        List<String> before = CsvParser.parse(plain.out()).get(1);
        List<String> after = CsvParser.parse(run.out()).get(1);
        int warnings = SummaryCommand.COLUMNS.indexOf("warnings");
        assertEquals("1", before.get(warnings));
        assertEquals("2", after.get(warnings));
        assertEquals(before.subList(1, warnings), after.subList(1, warnings), "the same figures, read the same");
    }

    @Test
    void reportListsTheNotice() throws Exception {
        Run run = Run.of("report", withNea().toString(), "--html", "-");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("READ-LABEL-AS-PRINTED"), "the page lists the notice");
        assertTrue(run.out().contains("/metrics/0/metric"), "at its pointer");
    }

    /** @return a return with three slips: two unknown properties and a value outside its list */
    private Path threeSlips() throws Exception {
        String text = Files.readString(Path.of(Samples.path(Samples.SOUTHEND_Q4)), StandardCharsets.UTF_8);
        String slips = text.replaceFirst("\"metric\": \"Non-Elective Admissions\"", "\"metric\": \"Admissions\"")
                .replaceFirst("\\{", "{\n  \"colour\": \"red\",").replaceFirst("\"cover\": \\{",
                        "\"cover\": {\n    \"shoeSize\": 9,");
        Path p = temp.resolve("three-slips.json");
        Files.writeString(p, slips, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void checkTextListsEveryProblemOfAnUnreadableFileOnItsOwnLine() throws Exception {
        Path bad = threeSlips();
        Run run = Run.of("check", bad.toString());
        assertEquals(2, run.status());
        String[] lines = run.err().split("\n");
        assertEquals(3, lines.length, run.err());
        for (String line : lines) {
            assertTrue(line.startsWith("bcf: " + bad + ": line "), line);
        }
        assertTrue(lines[0].contains(", at /colour: "), lines[0]);
        assertTrue(lines[1].contains(", at /cover/shoeSize: "), lines[1]);
        assertTrue(lines[2].contains(", at /metrics/0/metric: "), lines[2]);
        assertTrue(lines[2].contains("\"Admissions\""), "the value is quoted: " + lines[2]);
        assertTrue(run.out().endsWith("1 file checked: 0 with errors, 0 with warnings only, 1 unreadable\n"));
    }

    @Test
    void checkJsonGivesOneErrorObjectPerProblemAndKeepsTheFirstProblemsFields() throws Exception {
        Path bad = threeSlips();
        Run run = Run.of("check", "--format", "json", bad.toString());
        assertEquals(2, run.status());
        JsonNode error = JSON.readTree(run.out()).get("files").get(0).get("error");
        JsonNode problems = error.get("problems");
        assertEquals(3, problems.size(), error.toString());
        assertEquals(List.of("/colour", "/cover/shoeSize", "/metrics/0/metric"),
                List.of(problems.get(0).get("pointer").textValue(), problems.get(1).get("pointer").textValue(),
                        problems.get(2).get("pointer").textValue()));
        for (String field : List.of("message", "line", "column", "pointer")) {
            assertEquals(problems.get(0).get(field), error.get(field), field + " describes the first problem");
        }
        for (JsonNode p : problems) {
            assertTrue(p.get("line").intValue() > 0 && p.get("column").intValue() > 0, p.toString());
            assertTrue(run.err().contains("bcf: " + bad + ": " + p.get("message").textValue() + "\n"), p.toString());
        }
    }

    @Test
    void aFailureWithoutAPlaceHasOneProblemWithoutAPlace() throws Exception {
        Run run = Run.of("check", "--format", "json", temp.resolve("missing.json").toString());
        JsonNode error = JSON.readTree(run.out()).get("files").get(0).get("error");
        assertEquals(1, error.get("problems").size());
        assertEquals("no such file", error.get("problems").get(0).get("message").textValue());
        assertTrue(error.get("problems").get(0).get("line").isNull());
    }

    @Test
    void theReaderStoppingAtItsLimitIsSaid() throws Exception {
        StringBuilder b = new StringBuilder("{\"format\": \"bcfkit/quarterly-return/1\"");
        for (int i = 0; i < BcfParseException.MAX_PROBLEMS + 20; i++) {
            b.append(",\n\"unknown").append(i).append("\": 1");
        }
        Path many = temp.resolve("many.json");
        Files.writeString(many, b.append("}\n").toString(), StandardCharsets.UTF_8);
        Run run = Run.of("check", "--format", "json", many.toString());
        assertEquals(2, run.status());
        JsonNode problems = JSON.readTree(run.out()).get("files").get(0).get("error").get("problems");
        assertTrue(problems.size() <= BcfParseException.MAX_PROBLEMS, problems.size() + " problems");
        String[] lines = run.err().split("\n");
        assertEquals(problems.size() + 1, lines.length, run.err());
        assertEquals("bcf: " + many + ": the reader stops at 100 problems; there may be more", lines[lines.length - 1]);
    }
}
