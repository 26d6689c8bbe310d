package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.returns.ReturnEdits;
import dev.bcfkit.rules.returns.ReturnSamples;
import dev.bcfkit.testkit.seeds.SouthendReturns;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real returns validate: a metric whose data is not yet available ({@code [002:1261]}) and a
 * blank or absent section are incompleteness (the checklist and a WARNING), never an ERROR.
 */
class BlankSectionsTest {
    private static final BcfValidator VALIDATOR = BcfValidator.create();

    @Test
    void aQ2ReturnWithAMetricWhoseDataIsNotAvailableHasNoError() {
        // Bury's 2016/17 Q2 return says "Data not available to assess progress"; here on Southend's
        // Q2 return, whose NEA block says "No improvement in performance" [002:1666]
        QuarterlyReturn q2 = SouthendReturns.q2();
        MetricProgress nea = q2.metrics().get(0);
        QuarterlyReturn bury = ReturnEdits.metric(q2, 0, p -> new MetricProgress(p.metric(), p.definition(),
                MetricAssessment.DATA_NOT_AVAILABLE, p.commentary(), p.challenges(), p.achievements(), p.supportNeeds(),
                p.specifiedMetric(), p.figures()));
        Report report = VALIDATOR.validate(bury);
        assertFalse(report.hasErrors(), report.findings().toString());
        assertEquals(VALIDATOR.validate(q2).findings().stream().filter(f -> !f.path().startsWith("/metrics/0"))
                .toList(), report.findings().stream().filter(f -> !f.path().startsWith("/metrics/0")).toList());
        assertEquals(MetricAssessment.NO_IMPROVEMENT_IN_PERFORMANCE, nea.assessment());
    }

    @Test
    void anEmptyIncomeAndExpenditureSectionIsIncompleteNotAnError() {
        QuarterlyReturn r = ReturnEdits.incomeAndExpenditure(SouthendReturns.q2(),
                new IncomeAndExpenditure(null, null, null, null, null));
        Report report = VALIDATOR.validate(r);
        assertFalse(report.hasErrors(), report.findings().toString());
        assertEquals(List.of("/incomeAndExpenditure: the income and expenditure section is blank, so the return is"
                + " incomplete; the 2016/17 quarterly return for 2016/17 Q2 asks for it"),
                report.findingsOf("SECTION-PRESENT").stream().map(f -> f.path() + ": " + f.message()).toList());
        assertEquals(Severity.WARNING, report.findingsOf("SECTION-PRESENT").get(0).severity());
        assertFalse(report.isComplete());
    }

    @Test
    void a2017ReturnWithoutBudgetArrangementsOrHicmIsIncompleteNotAnError() {
        QuarterlyReturn complete = ReturnSamples.complete2017();
        QuarterlyReturn r = ReturnEdits.hicm(ReturnEdits.budget(complete, null), null);
        Report report = VALIDATOR.validate(r);
        assertFalse(report.hasErrors(), report.findings().toString());
        assertEquals(List.of("/budgetArrangements", "/highImpactChangeModel"),
                report.findingsOf("SECTION-PRESENT").stream().map(Finding::path).toList());
        assertTrue(report.findingsOf("SECTION-PRESENT").stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertFalse(report.isComplete());
        assertTrue(VALIDATOR.validate(complete).isComplete());
    }
}
