package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.calc.RagRating;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/** bcf report: the HTML page, checked by parsing it as XML. */
class ReportCommandTest {
    @TempDir
    Path temp;

    private Document report(String sample) throws Exception {
        Path out = temp.resolve("report.html");
        Run run = Run.of("report", Samples.path(sample), "--html", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        return Xhtml.parse(Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void headerNamesBoardPeriodEditionAndCompleteness() throws Exception {
        Document page = report(Samples.NOTTS_Q2);
        assertEquals(Xhtml.XHTML, page.getDocumentElement().getNamespaceURI());
        String header = Xhtml.all(page, Xhtml.XHTML, "header").get(0).getTextContent();
        assertTrue(header.contains("Nottinghamshire"), header);
        assertTrue(header.contains("2017/18 Q2"), header);
        assertTrue(header.contains("2017/18 quarterly return"), header);
        assertTrue(header.contains("Completeness"), header);
        assertTrue(header.contains("Complete") || header.contains("Incomplete"), header);
        List<Element> findings = Xhtml.withClass(page, Xhtml.XHTML, "table", "findings");
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).getTextContent().contains("COVER-SIGN-OFF-TBC"));
    }

    @Test
    void incomeAndExpenditureChartsHaveThreeSeriesEach() throws Exception {
        Document page = report(Samples.SOUTHEND_Q4);
        List<Element> charts = Xhtml.all(page, Xhtml.SVG, "svg");
        assertEquals(2, charts.size(), "income and expenditure");
        for (Element chart : charts) {
            List<Element> series = Xhtml.withClass(chart, Xhtml.SVG, "g", "series");
            assertEquals(3, series.size());
            assertEquals(List.of("plan", "forecast", "actual"),
                    series.stream().map(s -> s.getAttribute("data-series")).toList());
            // Southend's Q4 return has a plan and a forecast in every quarter [002:2002].
            assertEquals(4, Xhtml.all(series.get(0), Xhtml.SVG, "rect").size());
            assertEquals(4, Xhtml.all(series.get(1), Xhtml.SVG, "rect").size());
        }
    }

    @Test
    void metricsCarryTheComputedRagAsAClass() throws Exception {
        QuarterlyReturn notts = (QuarterlyReturn) Samples.read(Samples.NOTTS_Q2);
        Document page = report(Samples.NOTTS_Q2);
        Element table = Xhtml.withClass(page, Xhtml.XHTML, "table", "metrics").get(0);
        List<Element> rows = Xhtml.children(Xhtml.children(table, "tbody").get(0), "tr");
        List<MetricProgress> metrics = notts.metrics();
        assertEquals(metrics.size(), rows.size());
        int rated = 0;
        for (int i = 0; i < metrics.size(); i++) {
            MetricProgress m = metrics.get(i);
            Element computed = Xhtml.children(rows.get(i), "td").get(2);
            assertTrue(Xhtml.hasClass(computed, "rag"), computed.getAttribute("class"));
            if (m.figures() == null || m.figures().target() == null || m.figures().actual() == null) {
                assertTrue(Xhtml.hasClass(computed, "rag-none"));
                continue;
            }
            Rag expected = RagRating.rate(m.figures().target(), m.figures().actual(), m.metric().direction(),
                    RagRating.DEFAULT_AMBER_TOLERANCE_PERCENT);
            assertTrue(Xhtml.hasClass(computed, "rag-" + expected.name().toLowerCase(Locale.ROOT)),
                    m.metric() + ": " + computed.getAttribute("class"));
            assertEquals(expected.name(), computed.getTextContent());
            rated++;
            if (m.metric() == MetricKind.DELAYED_TRANSFERS_OF_CARE) {
                // [000:26]: target 613.7, actual 644.14, low is good: Red.
                assertTrue(Xhtml.hasClass(computed, "rag-red"));
            }
        }
        assertTrue(rated > 0, "Nottinghamshire Q2 2017/18 gives targets and actuals [000:20-26]");
    }

    @Test
    void maturityGridHasTheEightChangesAndTheRedBag() throws Exception {
        Document page = report(Samples.NOTTS_Q2);
        List<Element> grids = Xhtml.withClass(page, Xhtml.XHTML, "table", "hicm");
        assertEquals(1, grids.size());
        List<Element> rows = Xhtml.children(Xhtml.children(grids.get(0), "tbody").get(0), "tr");
        assertEquals(9, rows.size());
        for (int i = 0; i < 8; i++) {
            assertTrue(Xhtml.hasClass(rows.get(i), "change"));
            HighImpactChange change = HighImpactChange.values()[i];
            assertEquals(change.number() + ". " + change.label(),
                    Xhtml.children(rows.get(i), "th").get(0).getTextContent());
        }
        assertTrue(Xhtml.hasClass(rows.get(8), "red-bag"));
        assertFalse(Xhtml.withClass(grids.get(0), Xhtml.XHTML, "td", "maturity").isEmpty());
        for (Element cell : Xhtml.withClass(grids.get(0), Xhtml.XHTML, "td", "maturity")) {
            assertTrue(cell.getAttribute("class").matches("maturity maturity-[a-z-]+"), cell.getAttribute("class"));
        }
    }

    @Test
    void dorsetsGridMarksItsCurrentQuarter() throws Exception {
        Document page = report(Samples.DORSET_Q2);
        Element grid = Xhtml.withClass(page, Xhtml.XHTML, "table", "hicm").get(0);
        assertTrue(grid.getTextContent().contains("2018/19 Q2 (current)"), grid.getTextContent());
        assertEquals(9, Xhtml.children(Xhtml.children(grid, "tbody").get(0), "tr").size());
    }

    @Test
    void the2016to17ReturnHasNoGridAndThePlanNoCharts() throws Exception {
        Document q1 = report(Samples.SOUTHEND_Q1);
        assertTrue(Xhtml.withClass(q1, Xhtml.XHTML, "table", "hicm").isEmpty());
        assertTrue(q1.getDocumentElement().getTextContent().contains("has no High Impact Change Model"));
        Document plan = report(Samples.NOTTS_PLAN);
        assertTrue(Xhtml.all(plan, Xhtml.SVG, "svg").isEmpty());
        assertTrue(plan.getDocumentElement().getTextContent().contains("Nottinghamshire"));
    }

    @Test
    void selfContainedWithNoExternalResourceOrScript() throws Exception {
        for (String sample : List.of(Samples.SOUTHEND_Q4, Samples.NOTTS_Q2, Samples.DORSET_Q2, Samples.NOTTS_PLAN)) {
            Document page = report(sample);
            assertTrue(Xhtml.all(page, Xhtml.XHTML, "script").isEmpty());
            assertTrue(Xhtml.all(page, Xhtml.XHTML, "link").isEmpty());
            assertTrue(Xhtml.all(page, Xhtml.XHTML, "img").isEmpty());
            assertEquals(1, Xhtml.all(page, Xhtml.XHTML, "style").size());
            assertFalse(Xhtml.all(page, Xhtml.XHTML, "style").get(0).getTextContent().contains("url("));
            for (Element e : Xhtml.all(page, "*", "*")) {
                NamedNodeMap attrs = e.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    Attr a = (Attr) attrs.item(i);
                    assertFalse(a.getName().equals("href") || a.getName().equals("src")
                            || a.getName().startsWith("on"), a.getName());
                }
            }
        }
    }

    @Test
    void userTextIsEscaped() throws Exception {
        QuarterlyReturn notts = (QuarterlyReturn) Samples.read(Samples.NOTTS_Q2);
        String hostile = "<script>alert('x')</script> & \"Co\" \u0001]]>";
        Path in = Samples.write(temp, "hostile.json", Broken.boardNamed(notts, hostile));
        Run run = Run.of("report", in.toString(), "--html", "-");
        assertEquals(0, run.status(), run.err());
        assertFalse(run.out().contains("<script>"), "markup in user text is escaped");
        Document page = Xhtml.parse(run.out());
        assertTrue(Xhtml.all(page, Xhtml.XHTML, "script").isEmpty());
        Element h1 = Xhtml.all(page, Xhtml.XHTML, "h1").get(0);
        assertTrue(h1.getTextContent().startsWith("<script>alert('x')</script> & \"Co\" \uFFFD]]>"),
                h1.getTextContent());
    }

    @Test
    void failuresAreOneLineWithStatus2() throws Exception {
        Run noHtml = Run.of("report", Samples.path(Samples.NOTTS_Q2));
        assertEquals(2, noHtml.status());
        assertEquals("bcf: report: missing --html (see bcf report --help)\n", noHtml.err());
        Run twoFiles = Run.of("report", Samples.path(Samples.NOTTS_Q2), Samples.path(Samples.DORSET_Q2), "--html",
                "-");
        assertEquals(2, twoFiles.status());
        Run unwritable = Run.of("report", Samples.path(Samples.NOTTS_Q2), "--html",
                temp.resolve("no/such/dir/out.html").toString());
        assertEquals(2, unwritable.status());
        assertTrue(unwritable.errIsOneLine(), unwritable.err());
        assertTrue(unwritable.err().contains("cannot write"), unwritable.err());
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "[]");
        Run unreadable = Run.of("report", bad.toString(), "--html", temp.resolve("x.html").toString());
        assertEquals(2, unreadable.status());
        assertTrue(unreadable.errIsOneLine(), unreadable.err());
        assertNotNull(unreadable.err());
        assertFalse(Files.exists(temp.resolve("x.html")));
    }
}
