package dev.bcfkit.testkit.assertions;

import static dev.bcfkit.testkit.assertions.ReportAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.SectionCompletion;
import dev.bcfkit.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each assertion's failure message, word for word: what was expected, what the report has
 * instead, then the report's findings, bounded.
 */
class ReportAssertFailureTest {
    private static final Finding SUM = new Finding("FIN-ANNUAL-EQUALS-SUM", Severity.ERROR,
            "/incomeAndExpenditure/income/plan/annualTotal",
            "plan annual income £13,131,049 differs from the sum of its quarters £13,130,049 by £1,000", "[002:1023]");
    private static final Finding RAG = new Finding("METRIC-ASSESSMENT-CONTRADICTS-RAG", Severity.WARNING,
            "/metrics/3/assessment", "the assessment \"On track to meet target\" contradicts the rating AMBER",
            "[000:210]");
    private static final Finding ROUNDING = new Finding("FIN-ROUNDING", Severity.INFO, "", "a £1 rounding difference",
            "derived");
    private static final SectionCompletion COVER = new SectionCompletion("1. Cover", 5, 5);
    private static final SectionCompletion MEASURES = new SectionCompletion("7. Additional Measures", 62, 67);
    private static final String LISTING = "the report (2016/17 quarterly return, 2016/17 Q4) has 2 findings"
            + " (1 error, 1 warning, 0 information):\n"
            + "  ERROR   FIN-ANNUAL-EQUALS-SUM at \"/incomeAndExpenditure/income/plan/annualTotal\": plan annual income"
            + " £13,131,049 differs from the sum of its quarters £13,130,049 by £1,000\n"
            + "  WARNING METRIC-ASSESSMENT-CONTRADICTS-RAG at \"/metrics/3/assessment\": the assessment \"On track to"
            + " meet target\" contradicts the rating AMBER";

    private static Report report(List<Finding> findings, SectionCompletion... completion) {
        return new Report(Edition.QUARTERLY_2016_17, ReportingPeriod.parse("2016/17 Q4"), findings, List.of(completion));
    }

    private static final Report TWO = report(List.of(SUM, RAG), COVER, MEASURES);

    private static void failsWith(String expected, Executable assertion) {
        AssertionError e = assertThrows(AssertionError.class, assertion);
        assertEquals(expected, e.getMessage());
    }

    @Test
    void hasErrorOfARuleWithNoFinding() {
        failsWith("expected an ERROR COND-EXPLANATION, but there is no finding of that rule\n" + LISTING,
                () -> assertThat(TWO).hasError("COND-EXPLANATION"));
    }

    @Test
    void hasErrorOfARuleFoundAsAWarning() {
        failsWith("expected an ERROR METRIC-ASSESSMENT-CONTRADICTS-RAG, but the rule's findings are [WARNING] only\n"
                + LISTING, () -> assertThat(TWO).hasError("METRIC-ASSESSMENT-CONTRADICTS-RAG"));
    }

    @Test
    void hasWarningAndHasInfoNameTheirSeverity() {
        failsWith("expected a WARNING FIN-ANNUAL-EQUALS-SUM, but the rule's findings are [ERROR] only\n" + LISTING,
                () -> assertThat(TWO).hasWarning("FIN-ANNUAL-EQUALS-SUM"));
        failsWith("expected an INFO FIN-ROUNDING, but there is no finding of that rule\n" + LISTING,
                () -> assertThat(TWO).hasInfo("FIN-ROUNDING"));
    }

    @Test
    void hasFindingOfAnySeverity() {
        assertEquals(List.of(RAG), assertThat(TWO).hasFinding("METRIC-ASSESSMENT-CONTRADICTS-RAG").findings());
        failsWith("expected a finding of COND-EXPLANATION, but there is none\n" + LISTING,
                () -> assertThat(TWO).hasFinding("COND-EXPLANATION"));
    }

    @Test
    void hasNoFindingOf() {
        assertThat(TWO).hasNoFindingOf("RULE-FAILED");
        failsWith("expected no finding of FIN-ANNUAL-EQUALS-SUM, but there is 1\n" + LISTING,
                () -> assertThat(TWO).hasNoFindingOf("FIN-ANNUAL-EQUALS-SUM"));
    }

    @Test
    void atAnotherPath() {
        failsWith("expected an ERROR FIN-ANNUAL-EQUALS-SUM at \"/incomeAndExpenditure/expenditure/plan/annualTotal\","
                + " but its findings are at \"/incomeAndExpenditure/income/plan/annualTotal\"\n" + LISTING,
                () -> assertThat(TWO).hasError("FIN-ANNUAL-EQUALS-SUM")
                        .at("/incomeAndExpenditure/expenditure/plan/annualTotal"));
    }

    @Test
    void withAnotherMessage() {
        failsWith("expected an ERROR FIN-ANNUAL-EQUALS-SUM at \"/incomeAndExpenditure/income/plan/annualTotal\""
                + " with the message \"plan annual income differs\", but its message is \"plan annual income £13,131,049"
                + " differs from the sum of its quarters £13,130,049 by £1,000\"\n" + LISTING,
                () -> assertThat(TWO).hasError("FIN-ANNUAL-EQUALS-SUM")
                        .at("/incomeAndExpenditure/income/plan/annualTotal").withMessage("plan annual income differs"));
    }

    @Test
    void withAMessageNotContainingTheText() {
        failsWith("expected a WARNING METRIC-ASSESSMENT-CONTRADICTS-RAG with a message containing \"RED\", but its"
                + " message is \"the assessment \"On track to meet target\" contradicts the rating AMBER\"\n" + LISTING,
                () -> assertThat(TWO).hasWarning("METRIC-ASSESSMENT-CONTRADICTS-RAG").withMessageContaining("RED"));
    }

    @Test
    void hasNoErrors() {
        failsWith("expected no ERROR, but there is 1\n" + LISTING, () -> assertThat(TWO).hasNoErrors());
    }

    @Test
    void hasNoFindings() {
        failsWith("expected no finding, but there are 2\n" + LISTING, () -> assertThat(TWO).hasNoFindings());
    }

    @Test
    void hasOnlyNamesTheMissingAndTheUnexpectedRules() {
        failsWith("expected findings of exactly the rules [FIN-ANNUAL-EQUALS-SUM, COND-EXPLANATION], but"
                + " [COND-EXPLANATION] has no finding and other rules have findings: [METRIC-ASSESSMENT-CONTRADICTS-RAG]\n"
                + LISTING, () -> assertThat(TWO).hasOnly("FIN-ANNUAL-EQUALS-SUM", "COND-EXPLANATION"));
    }

    @Test
    void isCompleteNamesTheIncompleteSections() {
        failsWith("expected the report to be complete, but 1 of 2 sections is not: \"7. Additional Measures\" 62 of 67\n"
                + LISTING, () -> assertThat(TWO).isComplete());
    }

    @Test
    void isNotComplete() {
        Report complete = report(List.of(), COVER);
        failsWith("expected the report not to be complete, but all 1 sections are\n"
                + "the report (2016/17 quarterly return, 2016/17 Q4) has 0 findings.",
                () -> assertThat(complete).isNotComplete());
    }

    @Test
    void isReadyToSubmitSaysBothReasons() {
        failsWith("expected the report to be ready to submit, but 1 of 2 sections is not: \"7. Additional Measures\""
                + " 62 of 67 and 1 finding is an ERROR\n" + LISTING, () -> assertThat(TWO).isReadyToSubmit());
    }

    @Test
    void aCompleteReportWithoutErrorsPasses() {
        Report ready = report(List.of(RAG, ROUNDING), COVER);
        ReportAssert assertion = assertThat(ready);
        assertSame(assertion, assertion.isComplete().isReadyToSubmit().hasNoErrors()
                .hasOnly("FIN-ROUNDING", "METRIC-ASSESSMENT-CONTRADICTS-RAG"));
        assertion.hasInfo("FIN-ROUNDING").at("").withMessage("a £1 rounding difference");
    }

    @Test
    void theListingIsBounded() {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(new Finding("TEXT-LENGTH", Severity.WARNING, "/narrative/" + i, "x".repeat(1_000) + "\nend", "[002:1]"));
        }
        Report truncated = new Report(Edition.QUARTERLY_2016_17, ReportingPeriod.parse("2016/17 Q4"), many,
                List.of(COVER), 960);
        AssertionError e = assertThrows(AssertionError.class, () -> assertThat(truncated).hasNoFindings());
        String[] lines = e.getMessage().split("\n");

        assertEquals("expected no finding, but there are 1000", lines[0]);
        assertEquals("the report (2016/17 quarterly return, 2016/17 Q4) has 40 findings (0 errors, 40 warnings,"
                + " 0 information):", lines[1]);
        assertEquals("  WARNING TEXT-LENGTH at \"/narrative/0\": " + "x".repeat(300) + "... (704 more characters)",
                lines[2]);
        assertEquals(2 + 25 + 2, lines.length);
        assertEquals("  ... and 15 more", lines[27]);
        assertEquals("  (the report itself left out 960 further findings)", lines[28]);
    }

    @Test
    void controlCharactersInAMessageStayOnItsLine() {
        Report hostile = report(List.of(new Finding("COVER-SIGNED-OFF", Severity.ERROR, "/cover/signedOffBy",
                "signed off by \"A\nB\u0007\u202e\"", "[002:1]")));
        failsWith("expected no ERROR, but there is 1\n"
                + "the report (2016/17 quarterly return, 2016/17 Q4) has 1 finding (1 error, 0 warnings, 0 information):\n"
                + "  ERROR   COVER-SIGNED-OFF at \"/cover/signedOffBy\": signed off by \"A\\nB\\u0007\\u202e\"",
                () -> assertThat(hostile).hasNoErrors());
    }

    @Test
    void nullsAreRefusedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> assertThat(null));
        assertEquals("report", e.getMessage());
        assertThrows(NullPointerException.class, () -> assertThat(TWO).hasError(null));
    }
}
