package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bcf summary: one CSV row per return. */
class SummaryCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void oneRowPerReturnInTheFolderInNameOrder() throws Exception {
        Run run = Run.of("summary", "data");
        assertEquals(0, run.status(), run.err());
        List<List<String>> rows = CsvParser.parse(run.out());
        assertEquals(SummaryCommand.COLUMNS, rows.get(0));
        // The plan is not a return and gets no row.
        assertEquals(Samples.RETURNS.size() + 1, rows.size());
        List<String> files = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
        assertEquals(files.stream().sorted().toList(), files);
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(SummaryCommand.COLUMNS.size(), row.size(), row.toString());
            // The counts agree with bcf check on the same file.
            JsonNode checked = JSON.readTree(Run.of("check", "--format", "json", row.get(0)).out()).get("files").get(0);
            assertEquals(Long.toString(count(checked, "ERROR")), row.get(7), row.toString());
            assertEquals(Long.toString(count(checked, "WARNING")), row.get(8), row.toString());
            assertEquals(Boolean.toString(checked.get("complete").booleanValue()), row.get(9), row.toString());
        }
    }

    private static long count(JsonNode file, String severity) {
        long n = 0;
        for (JsonNode f : file.get("findings")) {
            n += f.get("severity").textValue().equals(severity) ? 1 : 0;
        }
        return n;
    }

    @Test
    void southendQ4RowCarriesItsPooledFundAndPeriod() {
        Run run = Run.of("summary", Samples.path(Samples.SOUTHEND_Q4), Samples.path(Samples.NOTTS_Q2));
        assertEquals(0, run.status(), run.err());
        List<List<String>> rows = CsvParser.parse(run.out());
        assertEquals(3, rows.size());
        List<String> q4 = rows.get(1);
        assertEquals(Samples.path(Samples.SOUTHEND_Q4), q4.get(0));
        assertEquals("Southend-on-Sea", q4.get(1));
        assertEquals("2016/17 Q4", q4.get(2));
        assertEquals("13131049", q4.get(3)); // [002:2002]
        assertTrue(q4.get(9).equals("true") || q4.get(9).equals("false"));
        List<String> notts = rows.get(2);
        assertEquals("2017/18 Q2", notts.get(2));
        assertTrue(Integer.parseInt(notts.get(8)) >= 1, "the TBC sign-off warning: " + notts);
    }

    @Test
    void textIsQuotedAndFormulasNeutralised() throws Exception {
        QuarterlyReturn q4 = (QuarterlyReturn) Samples.read(Samples.SOUTHEND_Q4);
        Path odd = Samples.write(temp, "odd, \"name\".json", Broken.boardNamed(q4, "=HYPERLINK(\"x\"), \"Southend\"\nline"));
        Run run = Run.of("summary", odd.toString());
        assertEquals(0, run.status(), run.err());
        List<List<String>> rows = CsvParser.parse(run.out());
        assertEquals(2, rows.size(), run.out());
        assertEquals(odd.toString(), rows.get(1).get(0));
        // one record per line: the line feed in the name is shown as an escape
        assertEquals("'=HYPERLINK(\"x\"), \"Southend\"\\u000aline", rows.get(1).get(1));
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersStillGetRows() throws Exception {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{");
        Run run = Run.of("summary", bad.toString(), Samples.path(Samples.SOUTHEND_Q1));
        assertEquals(2, run.status());
        assertTrue(run.errIsOneLine(), run.err());
        assertTrue(run.err().startsWith("bcf: " + bad + ": "), run.err());
        assertEquals(2, CsvParser.parse(run.out()).size());
    }
}
