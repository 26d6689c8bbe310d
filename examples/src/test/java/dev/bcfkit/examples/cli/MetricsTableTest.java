package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricUnit;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The board page's metrics table prints each figure with the unit it is reported in. */
class MetricsTableTest {
    @TempDir
    Path temp;

    private List<Element> rows(Path file) throws Exception {
        Path out = temp.resolve("report.html");
        Run run = Run.of("report", file.toString(), "--html", out.toString());
        assertEquals(0, run.status(), run.err());
        Document page = Xhtml.parse(Files.readString(out, StandardCharsets.UTF_8));
        Element table = Xhtml.withClass(page, Xhtml.XHTML, "table", "metrics").get(0);
        return Xhtml.children(Xhtml.children(table, "tbody").get(0), "tr");
    }

    private static List<String> cells(Element row) {
        return Xhtml.children(row, "td").stream().map(Element::getTextContent).toList();
    }

    @Test
    void nottinghamshiresTableOneShowsTheUnitsItPrints() throws Exception {
        // [000:23-26]: BCF1 "21,722 Q2" per 100,000 population, BCF3 "85%" "84% YTD", BCF4 per 100,000
        // population (average per month); the ratings G, G, A, R
        List<Element> rows = rows(Path.of(Samples.path(Samples.NOTTS_Q2)));
        assertEquals(List.of("21722 Q2per 100,000", "21488 Q2per 100,000", "GREEN"), cells(rows.get(0)).subList(0, 3));
        assertEquals(List.of("565.6per 100,000", "493 YTDper 100,000", "GREEN"), cells(rows.get(1)).subList(0, 3));
        assertEquals(List.of("85%", "84 YTD%", "AMBER"), cells(rows.get(2)).subList(0, 3));
        assertEquals(List.of("613.7 Q2per 100,000 per month", "644.14 Q2per 100,000 per month", "RED"),
                cells(rows.get(3)).subList(0, 3));
        assertEquals("Non-Elective Admissionslower is better",
                Xhtml.children(rows.get(0), "th").get(0).getTextContent(), "no fixed unit beside the metric's name");
    }

    @Test
    void aCountBesideARateIsShownAsReportedAndNotRated() throws Exception {
        QuarterlyReturn notts = (QuarterlyReturn) Samples.read(Samples.NOTTS_Q2);
        List<MetricProgress> metrics = new ArrayList<>(notts.metrics());
        MetricProgress nea = metrics.get(0);
        metrics.set(0, new MetricProgress(nea.metric(), nea.definition(), nea.assessment(), nea.commentary(),
                nea.challenges(), nea.achievements(), nea.supportNeeds(), nea.specifiedMetric(),
                new MetricFigures(null, new BigDecimal("10072"), MetricUnit.COUNT, null, new BigDecimal("2716.5"),
                        null, null, null, null, null)));
        QuarterlyReturn changed = new QuarterlyReturn(notts.period(), notts.cover(), notts.budgetArrangements(),
                notts.nationalConditions(), notts.incomeAndExpenditure(), metrics, notts.yearEndFeedback(),
                notts.additionalMeasures(), notts.highImpactChangeModel(), notts.narrative(), notts.additionalIbcf());
        Element row = rows(Samples.write(temp, "units.json", changed)).get(0);
        assertEquals(List.of("10072count", "2716.5per 100,000 (not stated: the metric's unit)",
                "not rated: the target is in count and the actual in per 100,000"), cells(row).subList(0, 3));
        Element computed = Xhtml.children(row, "td").get(2);
        assertTrue(Xhtml.hasClass(computed, "rag-none"), computed.getAttribute("class"));
        Element actual = Xhtml.children(row, "td").get(1);
        assertEquals(1, Xhtml.withClass(actual, Xhtml.XHTML, "span", "unit-not-stated").size());
    }

    @Test
    void southendsPercentagesAreShownInPerCent() throws Exception {
        // [002:2449] "90% against a target of 91.7%"; [002:2458] "circa 75% against a target of 86%"
        List<Element> rows = rows(Path.of(Samples.path(Samples.SOUTHEND_Q4)));
        assertEquals(List.of("91.7%", "90 Q4 16/17%", "AMBER"), cells(rows.get(3)).subList(0, 3));
        assertEquals(List.of("86%", "75%", "RED"), cells(rows.get(5)).subList(0, 3));
    }

    @Test
    void aRatingOrTrendTheReturnDoesNotReportShowsAsBlank() throws Exception {
        // [004:57] NEA "Not on track to meet target": Dorset's return reports no RAG and no trend
        List<Element> rows = rows(Path.of(Samples.path(Samples.DORSET_Q2)));
        assertEquals(List.of("blank", "blank", "Not on track to meet target"), cells(rows.get(0)).subList(3, 6));
        Element reported = Xhtml.children(rows.get(0), "td").get(3);
        assertTrue(Xhtml.hasClass(reported, "rag-none"), reported.getAttribute("class"));
        assertEquals(1, Xhtml.withClass(reported, Xhtml.XHTML, "span", "blank").size());
        // [000:23]: Nottinghamshire's Table 1 reports BCF1 rated G
        assertEquals("GREEN", cells(rows(Path.of(Samples.path(Samples.NOTTS_Q2))).get(0)).get(3));
    }
}
