package dev.bcfkit.testkit.assertions;

import static dev.bcfkit.testkit.assertions.ReportAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Report;
import dev.bcfkit.testkit.Defects;
import dev.bcfkit.testkit.seeds.SouthendReturns;
import org.junit.jupiter.api.Test;

/**
 * The assertions pass on what the validator really says about the seed returns: Southend's Q4
 * 2016/17 return ({@code [002:2191-2613]}) and its Q1 return with one defect injected.
 */
class ReportAssertGoldenTest {
    private static final BcfValidator VALIDATOR = BcfValidator.create();

    @Test
    void southendsQ4ReturnHasOneWarningAndIsIncompleteAsPublished() {
        // [002:875] counts 67 "Additional Measures" cells; the pack prints 62 of them
        assertThat(VALIDATOR.validate(SouthendReturns.q4()))
                .hasNoErrors()
                .isNotComplete()
                .hasOnly("METRIC-ASSESSMENT-CONTRADICTS-RAG")
                .hasWarning("METRIC-ASSESSMENT-CONTRADICTS-RAG")
                .at("/metrics/3/assessment")
                .withMessageContaining("\"On track to meet target\"")
                .withMessageContaining("the actual 90 against the target 91.7");
    }

    @Test
    void aQuarterMovedBy1000PoundsIsAnErrorAtTheAnnualTotal() {
        // Southend's income plan: 3,282,763 + 3 x 3,282,762 = 13,131,049 [002:1023]; one quarter moved by £1,000
        Report report = VALIDATOR.validate(Defects.FIN_ANNUAL_EQUALS_SUM.inject(SouthendReturns.q1()).sample());

        FindingAssert error = assertThat(report).hasError("FIN-ANNUAL-EQUALS-SUM")
                .at("/incomeAndExpenditure/income/plan/annualTotal")
                .withMessage("plan annual income £13,131,049 differs from the sum of its quarters £13,130,049 by £1,000");

        assertEquals(1, error.findings().size());
        error.and().hasOnly("FIN-ANNUAL-EQUALS-SUM", "METRIC-ASSESSMENT-REQUIRED", "METRIC-COMMENTARY-REQUIRED",
                "METRIC-ASSESSMENT-CONTRADICTS-RAG");
    }
}
