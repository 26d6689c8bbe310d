package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.testkit.assertions.ReportAssert;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The tool on the Mid-Nottinghamshire Better Together Alliance's local outcome table
 * ({@code [001:35-41]}, examples/data/mid-notts-alliance-2016-10.json): check, summary, rules
 * --edition and the board page's local-outcomes section.
 */
class LocalOutcomesCliTest {
    private static final String SAMPLE = "mid-notts-alliance-2016-10.json";

    @TempDir
    Path temp;

    @Test
    void theSampleIsTableOneWithThreeMissedTargetsAndOneCopiedTrend() {
        LocalOutcomeTable table = (LocalOutcomeTable) Samples.read(SAMPLE);
        ReportAssert.assertThat(BcfValidator.create().validate(table))
                .hasNoErrors()
                .hasOnly("OUTCOME-INTERIM-TARGET-MISSED", "OUTCOME-TREND-NAMES-OTHER-MEASURE")
                .hasInfo("OUTCOME-TREND-NAMES-OTHER-MEASURE").at("/outcomes/2/trend")
                .withMessageContaining("speaks of \"attendances\"").and()
                .hasInfo("OUTCOME-INTERIM-TARGET-MISSED").at("/outcomes/3/actual")
                .withMessage("The outcome \"Reduction in emergency acute hospital bed days\" misses its interim target"
                        + " for \"October 2016\": actual 14300 bed days against a target of 14000 bed days (low is"
                        + " good), 2.1% over, rated AMBER");
    }

    @Test
    void checkNamesTheEditionAndTheFindings() {
        Run run = Run.of("check", Samples.path(SAMPLE));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("edition:  2016 local outcome table (board report) (LOCAL_OUTCOMES_2016)"),
                run.out());
        assertTrue(run.out().contains("findings: 0 errors, 0 warnings, 4 information"), run.out());
        assertTrue(run.out().contains("OUTCOME-INTERIM-TARGET-MISSED at /outcomes/1/actual"), run.out());
    }

    @Test
    void summaryGivesALocalOutcomeTableNoRow() {
        Run run = Run.of("summary", Samples.path(SAMPLE));
        assertEquals(0, run.status(), run.err());
        assertEquals(1, run.lines().length, "the header only: " + run.out());
    }

    @Test
    void rulesForTheEditionAreTheSixOutcomeRules() {
        for (String edition : List.of("LOCAL_OUTCOMES_2016", "local-outcomes")) {
            Run run = Run.of("rules", "--edition", edition);
            assertEquals(0, run.status(), run.err());
            assertEquals(6, run.lines().length, run.out());
            assertTrue(List.of(run.lines()).stream().allMatch(l -> l.startsWith("OUTCOME-")), run.out());
        }
    }

    @Test
    void theBoardPageShowsTableOneWithTheComputedRag() throws Exception {
        Path out = temp.resolve("report.html");
        Run run = Run.of("report", Samples.path(SAMPLE), "--html", out.toString());
        assertEquals(0, run.status(), run.err());
        Document page = Xhtml.parse(Files.readString(out, StandardCharsets.UTF_8));
        String header = Xhtml.all(page, Xhtml.XHTML, "header").get(0).getTextContent();
        assertTrue(header.contains("Mid-Nottinghamshire Better Together Alliance"), header);
        Element table = Xhtml.withClass(page, Xhtml.XHTML, "table", "outcomes").get(0);
        List<Element> rows = Xhtml.children(Xhtml.children(table, "tbody").get(0), "tr");
        assertEquals(4, rows.size());
        // [001:38-41]: 25 against 28 met; 9,000 against 8,000 and 3,100 against 2,700 far over; 14,300
        // against 14,000 2.1% over, within the 2.5% amber tolerance
        assertEquals(List.of("rag rag-green", "rag rag-red", "rag rag-red", "rag rag-amber"), rows.stream()
                .map(r -> Xhtml.withClass(r, Xhtml.XHTML, "td", "rag").get(0).getAttribute("class")).toList());
        String first = rows.get(0).getTextContent();
        assertTrue(first.contains("Reduction in admissions to residential and nursing homes") && first.contains("25%")
                && first.contains("28") && first.contains("Admissions are consistently lower than target"), first);
    }
}
