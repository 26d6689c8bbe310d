package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bcf check: the sample returns, a broken copy, malformed JSON, and the JSON contract. */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path temp;

    @Test
    void theCleanSamplesExit0AndNottinghamshireWarnsOnTheTbcSignOff() throws Exception {
        Run run = Run.of("check", "--format", "json", Samples.path(Samples.SOUTHEND_Q4), Samples.path(Samples.NOTTS_Q2),
                Samples.path(Samples.DORSET_Q2), Samples.path(Samples.NOTTS_PLAN));
        assertEquals(0, run.status(), run.out() + run.err());
        assertEquals("", run.err());
        JsonNode files = JSON.readTree(run.out()).get("files");
        assertEquals(4, files.size());
        boolean sawTbc = false;
        for (JsonNode f : files) {
            assertEquals(0, count(f, "ERROR"), f.toString());
            for (JsonNode finding : f.get("findings")) {
                if (f.get("file").textValue().endsWith(Samples.NOTTS_Q2)
                        && finding.get("rule").textValue().equals("COVER-SIGN-OFF-TBC")) {
                    assertEquals("WARNING", finding.get("severity").textValue());
                    assertEquals("/cover/signedOffBy", finding.get("path").textValue());
                    assertTrue(finding.get("source").textValue().contains("[000:190]"));
                    sawTbc = true;
                }
            }
        }
        assertTrue(sawTbc, "Nottinghamshire Q2 2017/18 warns on its TBC sign-off [000:190]");
    }

    @Test
    void everySampleFileIsReadAndTheStatusFollowsTheErrors() throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        args.addAll(Samples.all());
        Run run = Run.of(args.toArray(String[]::new));
        assertEquals("", run.err());
        JsonNode files = JSON.readTree(run.out()).get("files");
        assertEquals(Samples.all().size(), files.size());
        long withErrors = 0;
        for (JsonNode f : files) {
            withErrors += count(f, "ERROR") > 0 ? 1 : 0;
        }
        assertEquals(withErrors > 0 ? 1 : 0, run.status(), run.out());
    }

    @Test
    void textOutputGivesEditionSectionsAndFindingsBySeverity() {
        Run run = Run.of("check", Samples.path(Samples.NOTTS_Q2));
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        assertTrue(out.startsWith(Samples.path(Samples.NOTTS_Q2) + "\n"), out);
        assertTrue(out.contains("  edition:  2017/18 quarterly return (QUARTERLY_2017_18)\n"), out);
        assertTrue(out.contains("  period:   2017/18 Q2\n"), out);
        assertTrue(out.contains("  complete: "), out);
        assertTrue(out.contains("\n  WARNING\n    COVER-SIGN-OFF-TBC at /cover/signedOffBy: "), out);
        assertTrue(out.endsWith("1 file checked: 0 with errors, 1 with warnings only, 0 unreadable\n"), out);
    }

    @Test
    void jsonOutputHasExactlyTheContractsFields() throws Exception {
        Run run = Run.of("check", "--format", "json", Samples.path(Samples.SOUTHEND_Q4),
                Samples.path(Samples.NOTTS_PLAN));
        assertEquals(0, run.status(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals(Set.of("files"), names(root));
        JsonNode q4 = root.get("files").get(0);
        assertEquals(Set.of("file", "edition", "complete", "sections", "findings"), names(q4));
        assertEquals(Samples.path(Samples.SOUTHEND_Q4), q4.get("file").textValue());
        assertEquals("QUARTERLY_2016_17", q4.get("edition").textValue());
        assertTrue(q4.get("complete").isBoolean());
        assertTrue(q4.get("sections").size() > 0);
        for (JsonNode s : q4.get("sections")) {
            assertEquals(Set.of("section", "answered", "expected"), names(s));
            assertTrue(s.get("answered").isInt() && s.get("expected").isInt());
        }
        for (JsonNode f : q4.get("findings")) {
            assertEquals(Set.of("rule", "severity", "path", "cell", "message", "source"), names(f));
            assertTrue(f.get("cell").isNull(), "a JSON document has no cells");
        }
        assertEquals("PLAN_2014", root.get("files").get(1).get("edition").textValue());
    }

    @Test
    void aBrokenCopyExits1WithTheError() throws Exception {
        QuarterlyReturn q4 = (QuarterlyReturn) Samples.read(Samples.SOUTHEND_Q4);
        Path broken = Samples.write(temp, "broken.json", Broken.planTotalOffBy1000(q4));
        Run run = Run.of("check", "--format", "json", Samples.path(Samples.SOUTHEND_Q4), broken.toString());
        assertEquals(1, run.status(), run.err());
        JsonNode files = JSON.readTree(run.out()).get("files");
        assertEquals(0, count(files.get(0), "ERROR"));
        assertTrue(count(files.get(1), "ERROR") > 0, files.get(1).toString());
        Run text = Run.of("check", broken.toString());
        assertEquals(1, text.status());
        assertTrue(text.out().contains("\n  ERROR\n"), text.out());
        assertTrue(text.out().contains("/incomeAndExpenditure/expenditure/plan"), text.out());
    }

    @Test
    void aValueOfTheWrongKindExits2NamingFileLineColumnAndPointer() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of(Samples.path(Samples.SOUTHEND_Q1))));
        tree.put("period", "the first quarter");
        Path bad = temp.resolve("bad-period.json");
        Files.writeString(bad, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        Run run = Run.of("check", bad.toString(), Samples.path(Samples.SOUTHEND_Q4));
        assertEquals(2, run.status());
        assertTrue(run.errIsOneLine(), run.err());
        assertTrue(run.err().startsWith("bcf: " + bad + ": line "), run.err());
        assertTrue(run.err().contains(", column "), run.err());
        assertTrue(run.err().contains("at /period: "), run.err());
        assertTrue(run.err().contains("the first quarter"), run.err());
        assertNoStackTrace(run.err());
        // The file that parses is still reported.
        assertTrue(run.out().startsWith(Samples.path(Samples.SOUTHEND_Q4) + "\n"), run.out());
        assertTrue(run.out().contains("2 files checked: 0 with errors"), run.out());
        assertTrue(run.out().endsWith("1 unreadable\n"), run.out());
    }

    @Test
    void malformedJsonExits2WithOneLine() throws Exception {
        Path bad = temp.resolve("malformed.json");
        Files.writeString(bad, "{\n  \"period\": \"2016/17 Q1\",\n  \"cover\": [1, 2}\n");
        Run run = Run.of("check", "--format", "json", bad.toString());
        assertEquals(2, run.status());
        assertTrue(run.errIsOneLine(), run.err());
        assertTrue(run.err().startsWith("bcf: " + bad + ": line 3, column "), run.err());
        assertTrue(run.err().contains(" at "), run.err());
        assertNoStackTrace(run.err());
        // the file still has its entry in the JSON output, with the failure's place
        JsonNode files = JSON.readTree(run.out()).get("files");
        assertEquals(1, files.size());
        assertEquals(bad.toString(), files.get(0).get("file").textValue());
        JsonNode error = files.get(0).get("error");
        assertEquals(run.err(), "bcf: " + bad + ": " + error.get("message").textValue() + "\n");
        assertEquals(3, error.get("line").intValue());
        assertTrue(error.get("column").intValue() > 0, error.toString());
        assertTrue(error.get("pointer").isTextual(), error.toString());
    }

    @Test
    void hostileBytesStayOnOneLine() throws Exception {
        Path bad = temp.resolve("hostile.json");
        Files.write(bad, "{\"period\": \"\u001b[31mred\nnext\"}".getBytes(StandardCharsets.UTF_8));
        Run run = Run.of("check", bad.toString());
        assertEquals(2, run.status());
        assertTrue(run.errIsOneLine(), run.err());
        assertFalse(run.err().contains("\u001b"), run.err());
    }

    @Test
    void missingFilesDirectoriesAndEmptyInputAreStatus2() {
        Run missing = Run.of("check", "no/such/file.json");
        assertEquals(2, missing.status());
        assertEquals("bcf: no/such/file.json: no such file\n", missing.err());
        Run dir = Run.of("check", "data");
        assertEquals(2, dir.status());
        assertEquals("bcf: data: is a directory, not a JSON document\n", dir.err());
        Run empty = Run.withInput(new byte[0], "check", "-");
        assertEquals(2, empty.status());
        assertTrue(empty.err().startsWith("bcf: <stdin>: "), empty.err());
        assertTrue(empty.errIsOneLine(), empty.err());
    }

    @Test
    void standardInputIsReadForADash() throws Exception {
        byte[] q4 = Files.readAllBytes(Path.of(Samples.path(Samples.SOUTHEND_Q4)));
        Run run = Run.withInput(q4, "check", "--format", "json", "-");
        assertEquals(0, run.status(), run.err());
        assertEquals("<stdin>", JSON.readTree(run.out()).get("files").get(0).get("file").textValue());
        Run twice = Run.withInput(q4, "check", "-", "-");
        assertEquals(2, twice.status());
        assertTrue(twice.errIsOneLine(), twice.err());
    }

    @Test
    void checkWithoutFilesIsAUsageError() {
        Run run = Run.of("check");
        assertEquals(2, run.status());
        assertEquals("bcf: check: missing FILE (see bcf check --help)\n", run.err());
    }

    private static long count(JsonNode file, String severity) {
        long n = 0;
        for (JsonNode f : file.get("findings")) {
            if (f.get("severity").textValue().equals(severity)) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> s = new TreeSet<>();
        node.fieldNames().forEachRemaining(s::add);
        return s;
    }

    static void assertNoStackTrace(String err) {
        assertFalse(err.contains("\tat "), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("com.fasterxml"), err);
    }
}
