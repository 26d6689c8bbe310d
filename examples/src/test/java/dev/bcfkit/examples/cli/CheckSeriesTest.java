package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bcf check given several returns of one board and year checks them as a series too: Southend's
 * four 2016/17 returns agree in every pre-populated cell, and their personal health budget count
 * does not carry over ([002:1134-1137]: 24 in place, 7 new and 17 stopped every quarter).
 */
class CheckSeriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String Q2 = "southend-2016-17-q2.json";
    private static final String Q3 = "southend-2016-17-q3.json";

    @TempDir
    Path temp;

    @Test
    void southendsFourReturnsAreCheckedAsASeriesInText() {
        Run run = Run.of("check", Samples.path(Samples.SOUTHEND_Q4), Samples.path(Samples.SOUTHEND_Q1),
                Samples.path(Q2), Samples.path(Q3), Samples.path(Samples.DORSET_Q2));
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        assertTrue(out.contains("series: Southend-on-Sea 2016/17 (4 returns)\n"
                + "    Q1  " + Samples.path(Samples.SOUTHEND_Q1) + "\n"
                + "    Q2  " + Samples.path(Q2) + "\n"
                + "    Q3  " + Samples.path(Q3) + "\n"
                + "    Q4  " + Samples.path(Samples.SOUTHEND_Q4) + "\n"
                + "  findings: 0 errors, 3 warnings, 0 information\n"
                + "  WARNING\n"
                + "    SERIES-PHB-CARRIED at /Q2/additionalMeasures/personalHealthBudgets/total: 2016/17 Q2: 24 personal"
                + " health budgets are in place at the end of the quarter, but 24 at the end of 2016/17 Q1 + 7 new - 17"
                + " stopped makes 14 Derived: "), out);
        assertFalse(out.contains("series: Dorset"), out);
        assertTrue(out.endsWith("\n1 series checked: 0 with errors\n"
                + "5 files checked: 0 with errors, 4 with warnings only, 0 unreadable\n"), out);
    }

    @Test
    void theJsonOutputHasASeriesEntryOnlyWhenThereIsASeries() throws Exception {
        Run run = Run.of("check", "--format", "json", Samples.path(Samples.SOUTHEND_Q1), Samples.path(Q2));
        assertEquals(0, run.status(), run.err());
        JsonNode series = JSON.readTree(run.out()).get("series");
        assertEquals(1, series.size());
        JsonNode s = series.get(0);
        assertEquals("Southend-on-Sea", s.get("board").textValue());
        assertEquals("2016/17", s.get("year").textValue());
        assertEquals("QUARTERLY_2016_17", s.get("edition").textValue());
        assertEquals("Q2", s.get("files").get(1).get("quarter").textValue());
        assertEquals(Samples.path(Q2), s.get("files").get(1).get("file").textValue());
        JsonNode f = s.get("findings").get(0);
        assertEquals("SERIES-PHB-CARRIED", f.get("rule").textValue());
        assertEquals("WARNING", f.get("severity").textValue());
        assertEquals("/Q2/additionalMeasures/personalHealthBudgets/total", f.get("path").textValue());
        assertNull(JSON.readTree(Run.of("check", "--format", "json", Samples.path(Q2)).out()).get("series"));
    }

    @Test
    void anEditedPrePopulatedCellMakesTheSeriesAnErrorAndTheStatus1() throws Exception {
        ObjectNode q2 = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of(Samples.path(Q2))));
        ((ObjectNode) q2.get("budgetArrangements")).put("pooledViaSection75", "No");
        ((ObjectNode) q2.get("budgetArrangements")).put("expectedPoolingDate", "2017-03-31");
        Path edited = temp.resolve("q2-edited.json");
        Files.writeString(edited, JSON.writeValueAsString(q2));
        Run run = Run.of("check", Samples.path(Samples.SOUTHEND_Q1), edited.toString());
        assertEquals(1, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("  ERROR\n    SERIES-S75-CARRIED at /Q2/budgetArrangements/pooledViaSection75:"
                + " 2016/17 Q2: the pre-populated answer to \"Have the funds been pooled via a s.75 pooled budget?\" is"
                + " 'No' but the 2016/17 Q1 return answered 'Yes' [002:1453]"), run.out());
        assertTrue(run.out().contains("\n1 series checked: 1 with errors\n2 files checked: "), run.out());
    }

    @Test
    void aQuarterGivenTwiceIsNotASeriesAndSaysWhichFiles() throws Exception {
        Path copy = temp.resolve("copy-of-q2.json");
        Files.copy(Path.of(Samples.path(Q2)), copy);
        Run run = Run.of("check", Samples.path(Q2), copy.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("  not checked as a series: 2016/17 Q2 is given twice, by "
                + Samples.path(Q2) + " and " + copy + "\n"), run.out());
    }
}
