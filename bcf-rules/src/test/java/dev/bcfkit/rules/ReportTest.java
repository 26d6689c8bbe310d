package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.ReportingPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report's verdicts: "Only when all 7 cells are green should the template be sent"
 * ({@code [002:1229]}), so a return is ready to submit when every question is answered and no
 * finding is an error; warnings and information never hold it back.
 */
class ReportTest {
    private static final ReportingPeriod Q2 = ReportingPeriod.parse("2017/18 Q2");
    private static final SectionCompletion COVER_DONE = new SectionCompletion("1. Cover", 5, 5);
    private static final SectionCompletion COVER_HALF = new SectionCompletion("1. Cover", 3, 5);

    private static Finding finding(String id, Severity s) {
        return new Finding(id, s, "/cover", id + " fired", "test");
    }

    private static Report report(List<Finding> findings, List<SectionCompletion> completion) {
        return new Report(Edition.QUARTERLY_2017_18, Q2, findings, completion);
    }

    @Test
    void oneErrorIsEnoughToHaveErrors() {
        Report r = report(List.of(finding("COVER-SIGN-OFF-TBC", Severity.WARNING),
                finding("SHAPE-VIOLATION", Severity.ERROR)), List.of(COVER_DONE));
        assertTrue(r.hasErrors());
        assertEquals(1, r.count(Severity.ERROR));
        assertEquals(1, r.count(Severity.WARNING));
        assertEquals(0, r.count(Severity.INFO));
        assertFalse(r.isReadyToSubmit());
    }

    @Test
    void warningsAndInformationAreNotErrors() {
        Report r = report(List.of(finding("COVER-SIGN-OFF-TBC", Severity.WARNING),
                finding("FIN-INCOME-EQUALS-EXPENDITURE", Severity.INFO),
                finding("COVER-REQUIRED", Severity.WARNING)), List.of(COVER_DONE));
        assertFalse(r.hasErrors());
        assertEquals(2, r.count(Severity.WARNING));
        assertEquals(1, r.count(Severity.INFO));
        assertTrue(r.isComplete());
        assertTrue(r.isReadyToSubmit());
    }

    @Test
    void anUnansweredQuestionHoldsTheReturnBackWithoutAnyFinding() {
        Report r = report(List.of(), List.of(COVER_DONE, COVER_HALF));
        assertFalse(r.hasErrors());
        assertFalse(r.isComplete());
        assertFalse(r.isReadyToSubmit());
    }

    @Test
    void aDocumentWithoutAChecklistIsCompleteAndReadyUnlessItHasErrors() {
        assertTrue(report(List.of(), List.of()).isReadyToSubmit());
        assertFalse(report(List.of(finding("PLAN-RISK-RATED", Severity.ERROR)), List.of()).isReadyToSubmit());
    }

    @Test
    void findingsOfOneRuleKeepTheirOrder() {
        Finding a = new Finding("COVER-REQUIRED", Severity.WARNING, "/cover/email", "a", "s");
        Finding b = new Finding("COVER-SIGN-OFF-TBC", Severity.WARNING, "/cover/signedOffBy", "b", "s");
        Finding c = new Finding("COVER-REQUIRED", Severity.WARNING, "/cover/contactNumber", "c", "s");
        Report r = report(List.of(a, b, c), List.of());
        assertEquals(List.of(a, c), r.findingsOf("COVER-REQUIRED"));
        assertEquals(List.of(), r.findingsOf("COND-LIST"));
    }
}
