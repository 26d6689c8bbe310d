package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeeServiceType;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.SectionCompletion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The template's "No. of questions answered" checklist: the counts the 2016/17 cover sheets print
 * for each quarter ({@code [002:869-876]}, {@code [002:1433-1440]}, {@code [002:1811-1818]},
 * {@code [002:2206-2214]}), the derived 2017-19 counts, and how conditional questions count.
 */
class QuestionCompletionTest {

    private static List<SectionCompletion> checklist(QuarterlyReturn r) {
        return QuestionCompletion.of(r, RuleContext.of(r.edition(), r.period()));
    }

    private static List<String> expected(QuarterlyReturn r) {
        return checklist(r).stream().map(s -> s.section() + " " + s.expected()).toList();
    }

    @Test
    void the2016ExpectedCountsAreThoseTheCoverSheetsPrint() {
        assertEquals(List.of("1. Cover 5", "2. Budget Arrangements 2", "3. National Conditions 36", "4. I&E 21",
                "5. Supporting Metrics 13", "6. Additional Measures 67", "7. Narrative 1"),
                expected(ReturnSamples.complete2016(Quarter.Q1)));
        assertEquals(List.of("1. Cover 5", "2. Budget Arrangements 1", "3. National Conditions 36", "4. I&E 15",
                "5. Supporting Metrics 13", "6. Additional Measures 67", "7. Narrative 1"),
                expected(ReturnSamples.complete2016(Quarter.Q2)));
        assertEquals(List.of("1. Cover 5", "2. Budget Arrangements 1", "3. National Conditions 36", "4. I&E 17",
                "5. Supporting Metrics 13", "6. Additional Measures 67", "7. Narrative 1"),
                expected(ReturnSamples.complete2016(Quarter.Q3)));
        assertEquals(List.of("1. Cover 5", "2. Budget Arrangements 1", "3. National Conditions 24", "4. I&E 19",
                "5. Supporting Metrics 13", "6. Year End Feedback 13", "7. Additional Measures 67", "8. Narrative 1"),
                expected(ReturnSamples.complete2016(Quarter.Q4)));
    }

    @Test
    void the2017To19CountsAreDerivedFromTheTemplateColumns() {
        assertEquals(List.of("1. Cover 5", "2. National Conditions & s75 Pooled Budget 5", "3. Metrics 16",
                "4. High Impact Change Model 27", "5. Narrative 2"), expected(ReturnSamples.complete2017()));
        assertEquals(List.of("1. Cover 5", "2. National Conditions & s75 Pooled Budget 5", "3. Metrics 16",
                "4. High Impact Change Model 27", "5. Narrative 2", "6. Additional improved Better Care Fund 3"),
                expected(ReturnSamples.complete2018()));
        // a Q4 return plans no further quarter: 9 rows x 1; a Q1 return plans three: 9 x 4
        QuarterlyReturn q4 = ReturnEdits.period(ReturnSamples.complete2017(), ReportingPeriod.parse("2017/18 Q4"));
        assertEquals("4. High Impact Change Model 9", expected(q4).get(3));
        QuarterlyReturn q1 = ReturnEdits.period(ReturnSamples.complete2017(), ReportingPeriod.parse("2017/18 Q1"));
        assertEquals("4. High Impact Change Model 36", expected(q1).get(3));
    }

    @Test
    void everyCompleteSampleIsComplete() {
        for (QuarterlyReturn r : ReturnSamples.all()) {
            assertTrue(checklist(r).stream().allMatch(SectionCompletion::isComplete), checklist(r).toString());
        }
    }

    @Test
    void anEmptyReturnAnswersNothingButIsAskedEverything() {
        for (QuarterlyReturn sample : ReturnSamples.all()) {
            QuarterlyReturn empty = new QuarterlyReturn(sample.period(), null, null, List.of(), null, List.of(), null,
                    null, null, null, null);
            List<SectionCompletion> blank = checklist(empty);
            assertEquals(checklist(sample).stream().map(SectionCompletion::expected).toList(),
                    blank.stream().map(SectionCompletion::expected).toList());
            assertTrue(blank.stream().allMatch(s -> s.answered() == 0), blank.toString());
        }
    }

    @Test
    void aConditionalQuestionCountsOnceTheAnswerMakesItUnnecessaryOrItIsFilledIn() {
        QuarterlyReturn q1 = ReturnSamples.complete2016(Quarter.Q1);
        // "No" without date or explanation: the answer counts, its date and explanation do not
        QuarterlyReturn no = ReturnEdits.condition(q1, 4, row -> new ConditionResponse(row.condition(),
                ConditionAnswer.NO, null, null, row.previousResponses()));
        assertEquals(new SectionCompletion("3. National Conditions", 34, 36), checklist(no).get(2));
        QuarterlyReturn explained = ReturnEdits.condition(q1, 4, row -> new ConditionResponse(row.condition(),
                ConditionAnswer.NO, LocalDate.of(2016, 9, 30), "NHS Number rollout in progress",
                row.previousResponses()));
        assertEquals(new SectionCompletion("3. National Conditions", 36, 36), checklist(explained).get(2));
        // s.75 "No" in Q1 asks for the date
        QuarterlyReturn notPooled = ReturnEdits.budget(q1, new BudgetArrangements(YesNo.NO, null, null, null));
        assertEquals(new SectionCompletion("2. Budget Arrangements", 1, 2), checklist(notPooled).get(1));
        // Q2: a "No" settled by "confirm that they have now? Yes"
        QuarterlyReturn q2 = ReturnEdits.budget(ReturnSamples.complete2016(Quarter.Q2),
                new BudgetArrangements(YesNo.NO, YesNo.YES, null, null));
        assertEquals(new SectionCompletion("2. Budget Arrangements", 1, 1), checklist(q2).get(1));
    }

    @Test
    void theDifferenceCommentCountsWhenNothingTriggersItAndIsMissedWhenSomethingDoes() {
        QuarterlyReturn q2 = ReturnSamples.complete2016(Quarter.Q2);
        IncomeAndExpenditure ie = q2.incomeAndExpenditure();
        FundFlow silent = new FundFlow(ie.income().plan(), ie.income().forecast(), ie.income().actual(), null);
        QuarterlyReturn noComment = ReturnEdits.incomeAndExpenditure(q2, new IncomeAndExpenditure(ie.pooledFund(),
                silent, ie.expenditure(), ie.financialCommentary(), null));
        assertEquals(new SectionCompletion("4. I&E", 15, 15), checklist(noComment).get(3));
        FundFlow differs = new FundFlow(silent.plan(), silent.forecast(),
                silent.actual().with(Quarter.Q2, dev.bcfkit.core.Money.pounds(1)), null);
        QuarterlyReturn needsComment = ReturnEdits.incomeAndExpenditure(q2, new IncomeAndExpenditure(
                ie.pooledFund(), differs, ie.expenditure(), ie.financialCommentary(), null));
        assertEquals(new SectionCompletion("4. I&E", 14, 15), checklist(needsComment).get(3));
    }

    @Test
    void aTbcSignOffIsAnAnsweredQuestionButABlankOneIsNot() {
        QuarterlyReturn r = ReturnEdits.cover(ReturnSamples.complete2017(), new ReturnCover(
                HealthAndWellbeingBoard.named("Nottinghamshire"), "Joanna Cooper", "j@x", "0115", "TBC"));
        assertEquals(new SectionCompletion("1. Cover", 5, 5), checklist(r).get(0));
        QuarterlyReturn blank = ReturnEdits.narrative(r, new Narrative("progress", "  "));
        assertEquals(new SectionCompletion("5. Narrative", 1, 2), checklist(blank).get(4));
        assertFalse(checklist(blank).get(4).isComplete());
    }

    @Test
    void eachConditionIsCountedFromItsOwnRow() {
        QuarterlyReturn r = ReturnSamples.complete2017();
        for (int i = 1; i < r.nationalConditions().size(); i++) {
            r = ReturnEdits.condition(r, i, row -> new ConditionResponse(row.condition(), null, null, null,
                    row.previousResponses()));
        }
        assertEquals(new SectionCompletion("2. National Conditions & s75 Pooled Budget", 2, 5), checklist(r).get(1));
    }

    @Test
    void eachHighImpactChangeIsCountedFromItsOwnRow() {
        QuarterlyReturn r = ReturnSamples.complete2017();
        HighImpactChangeModel m = r.highImpactChangeModel();
        List<ChangeAssessment> rows = new ArrayList<>();
        rows.add(m.changes().get(0));
        for (ChangeAssessment c : m.changes().subList(1, m.changes().size())) {
            rows.add(ChangeAssessment.of(c.change(), new TreeMap<>(), c.rationale(), c.challenges(), c.milestones(),
                    c.supportNeeds()));
        }
        // the first change and the Red Bag answer Q2, Q3 and Q4; the other eight changes nothing
        assertEquals(new SectionCompletion("4. High Impact Change Model", 6, 27),
                checklist(ReturnEdits.hicm(r, new HighImpactChangeModel(rows, m.redBag()))).get(3));
    }

    @Test
    void aFeeRowCountsWithBothRatesOrWithTheEstimatedUplift() {
        Money rate = Money.pounds(800);
        BigDecimal uplift = new BigDecimal("2.5");
        assertEquals(1, answeredFees(new AverageFee(FeeServiceType.HOME_CARE, rate, rate, null)));
        assertEquals(1, answeredFees(new AverageFee(FeeServiceType.HOME_CARE, null, null, uplift)));
        assertEquals(1, answeredFees(new AverageFee(FeeServiceType.HOME_CARE, rate, null, uplift)));
        assertEquals(0, answeredFees(new AverageFee(FeeServiceType.HOME_CARE, rate, null, null)));
        assertEquals(0, answeredFees(new AverageFee(FeeServiceType.HOME_CARE, null, rate, null)));
        assertEquals(0, answeredFees(new AverageFee(FeeServiceType.HOME_CARE, null, null, null)));
        // each service is counted from its own row
        assertEquals(2, answeredFees(new AverageFee(FeeServiceType.HOME_CARE, rate, rate, null),
                new AverageFee(FeeServiceType.RESIDENTIAL_65_PLUS, null, rate, null),
                new AverageFee(FeeServiceType.NURSING_65_PLUS, null, null, uplift)));
    }

    /** @return how many of the three fee questions of a 2018/19 return with these rows are answered */
    private static int answeredFees(AverageFee... fees) {
        QuarterlyReturn r = ReturnSamples.complete2018();
        AdditionalIbcf i = r.additionalIbcf();
        SectionCompletion s = checklist(ReturnEdits.additionalIbcf(r, new AdditionalIbcf(i.allocation(),
                List.of(fees), i.feeCommentary()))).get(5);
        assertEquals(new SectionCompletion("6. Additional improved Better Care Fund", s.answered(), 3), s);
        return s.answered();
    }

    @Test
    void aQ2NoIsSettledByConfirmingPoolingOrByADateAfterASecondNo() {
        QuarterlyReturn q2 = ReturnSamples.complete2016(Quarter.Q2);
        LocalDate date = LocalDate.of(2017, 3, 31);
        assertEquals(new SectionCompletion("2. Budget Arrangements", 1, 1), checklist(ReturnEdits.budget(q2,
                new BudgetArrangements(YesNo.NO, YesNo.NO, date, null))).get(1));
        assertEquals(new SectionCompletion("2. Budget Arrangements", 0, 1), checklist(ReturnEdits.budget(q2,
                new BudgetArrangements(YesNo.NO, YesNo.NO, null, null))).get(1));
        assertEquals(new SectionCompletion("2. Budget Arrangements", 0, 1), checklist(ReturnEdits.budget(q2,
                new BudgetArrangements(YesNo.NO, null, date, null))).get(1));
        assertEquals(new SectionCompletion("2. Budget Arrangements", 0, 1), checklist(ReturnEdits.budget(q2,
                new BudgetArrangements(null, YesNo.YES, date, null))).get(1));
        assertEquals(new SectionCompletion("2. Budget Arrangements", 1, 1), checklist(ReturnEdits.budget(q2,
                new BudgetArrangements(YesNo.YES, null, null, null))).get(1));
    }

    @Test
    void thePatientExperienceMetricIsDefinedByADefinitionOrASpecifiedMetric() {
        QuarterlyReturn q1 = ReturnSamples.complete2016(Quarter.Q1);
        int row = q1.metrics().stream().map(MetricProgress::metric).toList().indexOf(MetricKind.PATIENT_EXPERIENCE);
        QuarterlyReturn specified = ReturnEdits.metric(q1, row, p -> new MetricProgress(p.metric(), null,
                p.assessment(), p.commentary(), p.challenges(), p.achievements(), p.supportNeeds(),
                "Friends and Family Test", p.figures()));
        assertEquals(new SectionCompletion("5. Supporting Metrics", 13, 13), checklist(specified).get(4));
        QuarterlyReturn undefined = ReturnEdits.metric(q1, row, p -> new MetricProgress(p.metric(), " ",
                p.assessment(), p.commentary(), p.challenges(), p.achievements(), p.supportNeeds(), null,
                p.figures()));
        assertEquals(new SectionCompletion("5. Supporting Metrics", 12, 13), checklist(undefined).get(4));
    }
}
