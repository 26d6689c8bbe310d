package dev.bcfkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real returns read: the 2016/17 option for data not yet available ({@code [002:1261]}), every
 * slip of a transcriber reported in one pass, and the labels the templates print.
 */
class AllProblemsTest {
    private static final BcfJson JSON = BcfJson.strict();

    private static String southendQ2() throws IOException {
        return Sample.SOUTHEND_2016_17_Q2.text();
    }

    @Test
    void aMetricWhoseDataIsNotYetAvailableReads() throws IOException {
        // Bury's 2016/17 Q2 return assesses a metric "Data not available to assess progress", the
        // drop-down option of [002:1261]; here on Southend's Q2 return, whose NEA block says
        // "No improvement in performance" [002:1666]
        String json = southendQ2().replaceFirst("\"No improvement in performance\"",
                "\"Data not available to assess progress\"");
        QuarterlyReturn r = JSON.read(json.getBytes(StandardCharsets.UTF_8), QuarterlyReturn.class);
        assertEquals(MetricKind.NON_ELECTIVE_ADMISSIONS, r.metrics().get(0).metric());
        assertEquals(MetricAssessment.DATA_NOT_AVAILABLE, r.metrics().get(0).assessment());
        assertEquals(List.of(), SchemaValidation.problems(DocumentFormat.QUARTERLY_RETURN, json));
    }

    @Test
    void aValueOutOfItsListIsOneProblemNotAlsoTheRecordItLeavesIncomplete() throws IOException {
        // "Q5" is refused at its value; the reporting period that cannot be made without a quarter
        // is not a second problem (it once was: "cannot make a reporting period ... NullPointerException")
        String json = southendQ2().replaceFirst("\"quarter\": \"Q2\"", "\"quarter\": \"Q5\"");
        BcfParseException e = assertThrows(BcfParseException.class,
                () -> JSON.read(json.getBytes(StandardCharsets.UTF_8), "southend.json", QuarterlyReturn.class));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("/period/quarter", e.pointer());
        assertEquals("expected one of \"Q1\", \"Q2\", \"Q3\", \"Q4\", found \"Q5\"", e.problem());
    }

    @Test
    void threeSlipsAreThreeProblemsInOneException() throws IOException {
        String json = southendQ2()
                .replace("\"completedBy\": \"Nick Faint\"", "\"completedby\": \"Nick Faint\"")
                .replaceFirst("\"No improvement in performance\"", "\"No improvement\"")
                .replaceFirst("\"metric\": \"Delayed Transfers of Care\"", "\"metric\": \"Delayed transfers\"");
        BcfParseException e = assertThrows(BcfParseException.class,
                () -> JSON.read(json.getBytes(StandardCharsets.UTF_8), "southend.json", QuarterlyReturn.class));
        assertEquals(3, e.problems().size(), e.getMessage());
        BcfParseException.Problem first = e.problems().get(0);
        assertEquals("/cover/completedby", first.pointer());
        assertEquals(11, first.line());
        assertEquals("unknown property \"completedby\"; a return cover has healthAndWellbeingBoard, completedBy,"
                + " email, contactNumber, signedOffBy, submittedOn", first.problem());
        // the single-problem accessors describe the first
        assertEquals("/cover/completedby", e.pointer());
        assertEquals(first.problem(), e.problem());
        assertEquals(11, e.line());
        BcfParseException.Problem second = e.problems().get(1);
        assertEquals("/metrics/0/assessment", second.pointer());
        assertEquals(193, second.line());
        assertEquals("expected one of \"On track to meet target\", \"Not on track to meet target\", \"On track for"
                + " improved performance, but not to meet full target\", \"No improvement in performance\", \"Data"
                + " not available to assess progress\", found \"No improvement\"", second.problem());
        BcfParseException.Problem third = e.problems().get(2);
        assertEquals("/metrics/1/metric", third.pointer());
        assertEquals(197, third.line());
        assertEquals("expected one of \"Non-Elective Admissions\", \"Admissions to residential care\", \"Reablement\","
                + " \"Delayed Transfers of Care\", \"Personal Health Budgets\", \"Local performance metric\", \"Local"
                + " defined patient experience metric\", found \"Delayed transfers\"", third.problem());
        assertEquals("southend.json: 3 problems\n  " + first.message("southend.json") + "\n  "
                + second.message("southend.json") + "\n  " + third.message("southend.json"), e.getMessage());
    }

    @Test
    void aSlipAfterWhichTheReaderCannotGoOnEndsTheList() throws IOException {
        String json = southendQ2().replace("\"completedBy\": \"Nick Faint\"", "\"completedby\": \"Nick Faint\"")
                .replace("\"email\": \"nickfaint@southend.gov.uk\"", "\"email\": 42");
        BcfParseException e = assertThrows(BcfParseException.class,
                () -> JSON.read(json.getBytes(StandardCharsets.UTF_8), "southend.json", QuarterlyReturn.class));
        assertEquals(List.of("/cover/completedby", "/cover/email"),
                e.problems().stream().map(BcfParseException.Problem::pointer).toList());
    }

    @Test
    void theReaderStopsAtAHundredProblems() throws IOException {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            extra.append("\"slip").append(i).append("\": 1, ");
        }
        String json = southendQ2().replaceFirst("\"cover\": \\{", "\"cover\": {" + extra);
        BcfParseException e = assertThrows(BcfParseException.class,
                () -> JSON.read(json.getBytes(StandardCharsets.UTF_8), QuarterlyReturn.class));
        assertEquals(BcfParseException.MAX_PROBLEMS, e.problems().size());
        assertEquals("/cover/slip99", e.problems().get(99).pointer());
    }

    @Test
    void theLabelsTheTemplatesPrintAreReadWithANotice() throws IOException {
        // "NEA" [000:208] and "DTOC" [002:794] are how the templates print the two metrics
        String json = southendQ2().replaceFirst("\"metric\": \"Non-Elective Admissions\"", "\"metric\": \"NEA\"")
                .replaceFirst("\"metric\": \"Delayed Transfers of Care\"", "\"metric\": \"DTOC\"");
        ReadResult<QuarterlyReturn> read = JSON.readWithNotices(json.getBytes(StandardCharsets.UTF_8),
                "southend.json", QuarterlyReturn.class);
        assertEquals(MetricKind.NON_ELECTIVE_ADMISSIONS, read.value().metrics().get(0).metric());
        assertEquals(MetricKind.DELAYED_TRANSFERS_OF_CARE, read.value().metrics().get(1).metric());
        assertEquals(2, read.notices().size());
        ReaderNotice nea = read.notices().get(0);
        assertEquals("/metrics/0/metric", nea.pointer());
        assertEquals(191, nea.line());
        assertEquals("read the label \"NEA\" as the template prints it, meaning \"Non-Elective Admissions\";"
                + " write \"Non-Elective Admissions\"", nea.message());
        // the plain reader reads them too, and the writer writes the canonical labels
        QuarterlyReturn plain = JSON.read(json.getBytes(StandardCharsets.UTF_8), QuarterlyReturn.class);
        assertEquals(read.value(), plain);
        assertEquals(southendQ2(), JSON.writeString(plain));
        // and the High Impact Change rows as the 2017-19 sheet numbers them [000:222]
        assertEquals(HighImpactChange.EARLY_DISCHARGE_PLANNING, PrintedLabels.find(HighImpactChange.class, "Chg 1"));
    }

    @Test
    void aBlankSectionIsNotAnError() throws IOException {
        // an empty income and expenditure section and no budget arrangements: the schema accepts
        // them, and the reader reads them as blank
        QuarterlyReturn r = JSON.read(southendQ2().getBytes(StandardCharsets.UTF_8), QuarterlyReturn.class);
        QuarterlyReturn blank = new QuarterlyReturn(r.period(), r.cover(), null, r.nationalConditions(),
                new dev.bcfkit.core.returns.IncomeAndExpenditure(null, null, null, null, null), r.metrics(),
                r.yearEndFeedback(), r.additionalMeasures(), r.highImpactChangeModel(), r.narrative(),
                r.additionalIbcf());
        String written = JSON.writeString(blank);
        assertEquals(List.of(), SchemaValidation.problems(DocumentFormat.QUARTERLY_RETURN, written));
        assertEquals(blank, JSON.read(written.getBytes(StandardCharsets.UTF_8), QuarterlyReturn.class));
    }
}
