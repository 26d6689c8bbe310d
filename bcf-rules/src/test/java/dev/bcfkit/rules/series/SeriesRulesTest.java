package dev.bcfkit.rules.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.AdditionalMeasures.PersonalHealthBudgets;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnSeries;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.returns.ReturnEdits;
import dev.bcfkit.testkit.seeds.DorsetReturn;
import dev.bcfkit.testkit.seeds.SouthendReturns;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The returns of one board and year judged together (R45): Southend's four 2016/17 returns
 * ({@code [002]}) as the golden series, and one broken variant of each series rule, with the exact
 * path (the quarter, then the pointer within that return) and message.
 */
class SeriesRulesTest {
    private static final BcfValidator VALIDATOR = BcfValidator.create();

    private static Report southend(UnaryOperator<List<QuarterlyReturn>> edit) {
        return VALIDATOR.validate(ReturnSeries.of(edit.apply(new ArrayList<>(SouthendReturns.all()))));
    }

    private static List<QuarterlyReturn> editQuarter(List<QuarterlyReturn> returns, int index,
            UnaryOperator<QuarterlyReturn> edit) {
        returns.set(index, edit.apply(returns.get(index)));
        return returns;
    }

    private static List<String> lines(Report report) {
        return report.findings().stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.path() + ": " + f.message())
                .toList();
    }

    private static Finding only(Report report, String ruleId) {
        assertEquals(1, report.findings().size(), () -> "expected one finding of " + ruleId + ", found "
                + lines(report));
        Finding f = report.findings().get(0);
        assertEquals(ruleId, f.ruleId());
        return f;
    }

    /**
     * The four returns agree in every pre-populated cell: the s.75 answer, the pooled fund of
     * £13,131,049, the previously returned grids and the earlier condition answers. What they do not
     * do is carry the personal health budgets over: every quarter prints 24 in place, 7 new and 17
     * stopped ([002:1134-1137], [002:1743-1746], [002:2135-2141], [002:2562-2565]), and 24 + 7 - 17
     * is 14, not 24. That is true of the paper, so it is reported (a derived WARNING), once a quarter.
     */
    @Test
    void southendsFourReturnsAgreeInEveryPrePopulatedCellButThePhbCountDoesNotCarryOver() {
        Report report = southend(l -> l);
        assertEquals(Edition.QUARTERLY_2016_17, report.edition());
        assertEquals(ReportingPeriod.parse("2016/17 Q4"), report.period());
        assertEquals(List.of(
                "WARNING SERIES-PHB-CARRIED /Q2/additionalMeasures/personalHealthBudgets/total: 2016/17 Q2: 24 personal"
                        + " health budgets are in place at the end of the quarter, but 24 at the end of 2016/17 Q1 + 7"
                        + " new - 17 stopped makes 14",
                "WARNING SERIES-PHB-CARRIED /Q3/additionalMeasures/personalHealthBudgets/total: 2016/17 Q3: 24 personal"
                        + " health budgets are in place at the end of the quarter, but 24 at the end of 2016/17 Q2 + 7"
                        + " new - 17 stopped makes 14",
                "WARNING SERIES-PHB-CARRIED /Q4/additionalMeasures/personalHealthBudgets/total: 2016/17 Q4: 24 personal"
                        + " health budgets are in place at the end of the quarter, but 24 at the end of 2016/17 Q3 + 7"
                        + " new - 17 stopped makes 14"), lines(report));
        assertEquals(0, report.count(Severity.ERROR));
    }

    @Test
    void aSingleReturnIsASeriesWithNothingToCompare() {
        assertEquals(List.of(), VALIDATOR.validate(ReturnSeries.of(List.of(SouthendReturns.q3()))).findings());
        assertEquals(List.of(), VALIDATOR.validate(ReturnSeries.of(List.of(DorsetReturn.q2of2018to19()))).findings());
    }

    @Test
    void aNullSeriesIsRefused() {
        assertEquals("series: expected a document to validate, found null",
                assertThrows(BcfException.class, () -> VALIDATOR.validate((ReturnSeries) null)).getMessage());
    }

    @Test
    void anS75AnswerThatDiffersFromThePreviousReturnIsAnError() {
        Report report = southend(l -> editQuarter(l, 2, r -> ReturnEdits.budget(r,
                new BudgetArrangements(YesNo.NO, null, null, null))));
        // Q3 says No where Q2 said Yes; Q4 says Yes where Q3 (now) said No
        assertEquals(List.of(
                "ERROR SERIES-S75-CARRIED /Q3/budgetArrangements/pooledViaSection75: 2016/17 Q3: the pre-populated"
                        + " answer to \"Have the funds been pooled via a s.75 pooled budget?\" is 'No' but the 2016/17"
                        + " Q2 return answered 'Yes'",
                "ERROR SERIES-S75-CARRIED /Q4/budgetArrangements/pooledViaSection75: 2016/17 Q4: the pre-populated"
                        + " answer to \"Have the funds been pooled via a s.75 pooled budget?\" is 'Yes' but the 2016/17"
                        + " Q3 return answered 'No'"),
                lines(report).stream().filter(s -> s.contains("S75")).toList());
    }

    @Test
    void fundsConfirmedAsNowPooledCarryOverAsYes() {
        Report report = southend(l -> editQuarter(l, 1, r -> ReturnEdits.budget(r,
                new BudgetArrangements(YesNo.NO, YesNo.YES, null, null))));
        assertEquals(List.of(), report.findingsOf("SERIES-S75-CARRIED").stream()
                .filter(f -> !f.path().startsWith("/Q2")).toList());
    }

    @Test
    void aPooledFundThatDiffersFromThePreviousReturnIsAnError() {
        Report report = southend(l -> editQuarter(l, 3, r -> ReturnEdits.incomeAndExpenditure(r,
                new IncomeAndExpenditure(Money.pounds(13_131_000), r.incomeAndExpenditure().income(),
                        r.incomeAndExpenditure().expenditure(), r.incomeAndExpenditure().financialCommentary(),
                        r.incomeAndExpenditure().previouslyReturned()))));
        Finding f = report.findingsOf("SERIES-POOLED-FUND-CARRIED").get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("/Q4/incomeAndExpenditure/pooledFund", f.path());
        assertEquals("2016/17 Q4: the pre-populated pooled fund is £13,131,000 but the 2016/17 Q3 return gave"
                + " £13,131,049", f.message());
    }

    private static QuarterlyReturn previouslyReturned(QuarterlyReturn r, UnaryOperator<FundFlow> income) {
        IncomeAndExpenditure ie = r.incomeAndExpenditure();
        return ReturnEdits.incomeAndExpenditure(r, new IncomeAndExpenditure(ie.pooledFund(), ie.income(),
                ie.expenditure(), ie.financialCommentary(), new IncomeAndExpenditure.PreviouslyReturned(
                        income.apply(ie.previouslyReturned().income()), ie.previouslyReturned().expenditure())));
    }

    @Test
    void aPreviouslyReturnedPlanCellOfQ3IsComparedWithTheQ1Return() {
        Report report = southend(l -> editQuarter(l, 2, r -> previouslyReturned(r, f -> new FundFlow(
                f.plan().with(Quarter.Q3, Money.pounds(3_282_000)), f.forecast(), f.actual(), f.differenceComment()))));
        Finding f = report.findingsOf("SERIES-FUND-CARRIED").get(0);
        assertEquals(1, report.findingsOf("SERIES-FUND-CARRIED").size());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("/Q3/incomeAndExpenditure/previouslyReturned/income/plan/q3", f.path());
        assertEquals("2016/17 Q3: the previously returned income plan for Q3 2016/17 shows £3,282,000 but the 2016/17"
                + " Q1 return gave £3,282,762", f.message());
    }

    @Test
    void aPreviouslyReturnedActualOfQ2IsComparedWithTheQ1Return() {
        Report report = southend(l -> editQuarter(l, 1, r -> previouslyReturned(r, f -> new FundFlow(f.plan(),
                f.forecast(), f.actual().with(Quarter.Q1, Money.pounds(1)), f.differenceComment()))));
        assertEquals(List.of("ERROR SERIES-FUND-CARRIED /Q2/incomeAndExpenditure/previouslyReturned/income/actual/q1:"
                + " 2016/17 Q2: the previously returned income actual for Q1 2016/17 shows £1 but the 2016/17 Q1 return"
                + " gave £3,282,763"), lines(report).stream().filter(s -> s.contains("FUND-CARRIED")).toList());
    }

    @Test
    void aPreviouslyReturnedExpenditureCellIsComparedToo() {
        Report report = southend(l -> editQuarter(l, 1, r -> {
            IncomeAndExpenditure ie = r.incomeAndExpenditure();
            FundFlow f = ie.previouslyReturned().expenditure();
            return ReturnEdits.incomeAndExpenditure(r, new IncomeAndExpenditure(ie.pooledFund(), ie.income(),
                    ie.expenditure(), ie.financialCommentary(), new IncomeAndExpenditure.PreviouslyReturned(
                            ie.previouslyReturned().income(), new FundFlow(f.plan(), f.forecast(),
                                    f.actual().with(Quarter.Q1, Money.pounds(1)), f.differenceComment()))));
        }));
        assertEquals(List.of("ERROR SERIES-FUND-CARRIED /Q2/incomeAndExpenditure/previouslyReturned/expenditure/actual/q1:"
                + " 2016/17 Q2: the previously returned expenditure actual for Q1 2016/17 shows £1 but the 2016/17 Q1"
                + " return gave £3,282,763"), lines(report).stream().filter(s -> s.contains("FUND-CARRIED")).toList());
    }

    @Test
    void aBlankS75AnswerIsPassedOverForTheLatestReturnThatGaveOne() {
        Report report = southend(l -> editQuarter(editQuarter(l, 1, r -> ReturnEdits.budget(r,
                new BudgetArrangements(null, null, null, null))), 2, r -> ReturnEdits.budget(r,
                        new BudgetArrangements(YesNo.NO, null, null, null))));
        assertEquals(List.of(
                "ERROR SERIES-S75-CARRIED /Q3/budgetArrangements/pooledViaSection75: 2016/17 Q3: the pre-populated"
                        + " answer to \"Have the funds been pooled via a s.75 pooled budget?\" is 'No' but the 2016/17"
                        + " Q1 return answered 'Yes'",
                "ERROR SERIES-S75-CARRIED /Q4/budgetArrangements/pooledViaSection75: 2016/17 Q4: the pre-populated"
                        + " answer to \"Have the funds been pooled via a s.75 pooled budget?\" is 'Yes' but the 2016/17"
                        + " Q3 return answered 'No'"),
                lines(report).stream().filter(s -> s.contains("S75")).toList());
    }

    @Test
    void aBlankPooledFundIsPassedOverForTheLatestReturnThatGaveOne() {
        Report report = southend(l -> editQuarter(editQuarter(l, 2, r -> pooledFund(r, null)), 3,
                r -> pooledFund(r, Money.pounds(13_131_000))));
        assertEquals(List.of("ERROR SERIES-POOLED-FUND-CARRIED /Q4/incomeAndExpenditure/pooledFund: 2016/17 Q4: the"
                + " pre-populated pooled fund is £13,131,000 but the 2016/17 Q2 return gave £13,131,049"),
                lines(report).stream().filter(s -> s.contains("POOLED-FUND-CARRIED")).toList());
    }

    private static QuarterlyReturn pooledFund(QuarterlyReturn r, Money fund) {
        IncomeAndExpenditure ie = r.incomeAndExpenditure();
        return ReturnEdits.incomeAndExpenditure(r, new IncomeAndExpenditure(fund, ie.income(), ie.expenditure(),
                ie.financialCommentary(), ie.previouslyReturned()));
    }

    @Test
    void aPreviouslyReturnedForecastOfQ4IsADerivedWarning() {
        Report report = southend(l -> editQuarter(l, 3, r -> previouslyReturned(r, f -> new FundFlow(f.plan(),
                f.forecast().withAnnualTotal(Money.pounds(13_131_050)), f.actual(), f.differenceComment()))));
        assertEquals(List.of("WARNING SERIES-FUND-CARRIED-Q4"
                + " /Q4/incomeAndExpenditure/previouslyReturned/income/forecast/annualTotal: 2016/17 Q4: the previously"
                + " returned income forecast for the annual total shows £13,131,050 but the 2016/17 Q3 return gave"
                + " £13,131,049"), lines(report).stream().filter(s -> s.contains("FUND-CARRIED")).toList());
    }

    @Test
    void anEarlierConditionAnswerThatDiffersFromThatQuartersReturnIsAnError() {
        Report report = southend(l -> editQuarter(l, 3, r -> ReturnEdits.condition(r, 5, c -> {
            TreeMap<Quarter, ConditionAnswer> earlier = new TreeMap<>(c.previousResponses());
            earlier.put(Quarter.Q2, ConditionAnswer.NO_IN_PROGRESS);
            return new ConditionResponse(c.condition(), c.answer(), c.expectedDate(), c.explanation(), earlier);
        })));
        Finding f = only(filtered(report, "SERIES-CONDITION-ANSWERS-CARRIED"), "SERIES-CONDITION-ANSWERS-CARRIED");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("/Q4/nationalConditions/5/previousResponses/Q2", f.path());
        assertEquals("2016/17 Q4: national condition 4ii shows 'No - In Progress' as the Q2 answer but the 2016/17 Q2"
                + " return answered 'Yes'", f.message());
    }

    @Test
    void onlyEarlierQuartersColumnsOfAConditionAreCompared() {
        Report report = southend(l -> editQuarter(l, 3, r -> ReturnEdits.condition(r, 5, c -> {
            TreeMap<Quarter, ConditionAnswer> earlier = new TreeMap<>(c.previousResponses());
            earlier.put(Quarter.Q4, ConditionAnswer.NO_IN_PROGRESS);
            return new ConditionResponse(c.condition(), c.answer(), c.expectedDate(), c.explanation(), earlier);
        })));
        assertEquals(List.of(), report.findingsOf("SERIES-CONDITION-ANSWERS-CARRIED"));
    }

    @Test
    void aConditionNoLongerMetIsAWarning() {
        Report report = southend(l -> editQuarter(l, 1, r -> ReturnEdits.condition(r, 0, c -> new ConditionResponse(
                c.condition(), ConditionAnswer.NO_IN_PROGRESS, r.period().lastDay().plusMonths(3), "Delayed.",
                c.previousResponses()))));
        Finding f = only(filtered(report, "SERIES-CONDITION-REGRESSED"), "SERIES-CONDITION-REGRESSED");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("/Q2/nationalConditions/0/answer", f.path());
        assertEquals("2016/17 Q2: national condition 1 is answered 'No - In Progress' but was met ('Yes') in 2016/17 Q1",
                f.message());
        // Q3 shows 'Yes' as Q2's answer, which is no longer what Q2 said
        assertEquals("/Q3/nationalConditions/0/previousResponses/Q2",
                report.findingsOf("SERIES-CONDITION-ANSWERS-CARRIED").get(0).path());
    }

    @Test
    void aPhbTotalThatCarriesOverIsNotReported() {
        Report report = southend(l -> editQuarter(l, 1, r -> phbTotal(r, 14)));
        assertEquals(List.of("/Q3/additionalMeasures/personalHealthBudgets/total",
                "/Q4/additionalMeasures/personalHealthBudgets/total"),
                report.findingsOf("SERIES-PHB-CARRIED").stream().map(Finding::path).toList());
        assertEquals("2016/17 Q3: 24 personal health budgets are in place at the end of the quarter, but 14 at the end"
                + " of 2016/17 Q2 + 7 new - 17 stopped makes 4", report.findingsOf("SERIES-PHB-CARRIED").get(0).message());
    }

    private static QuarterlyReturn phbTotal(QuarterlyReturn r, long total) {
        AdditionalMeasures a = r.additionalMeasures();
        PersonalHealthBudgets p = a.personalHealthBudgets();
        return ReturnEdits.additionalMeasures(r, new AdditionalMeasures(a.nhsNumberOnCorrespondence(),
                a.nhsNumberRetrieval(), a.dataSharing(), a.openApiProgress(), a.integratedCareRecordPilot(),
                new PersonalHealthBudgets(total, p.newInQuarter(), p.stoppedInQuarter(),
                        p.percentInContinuingHealthcare(), p.ratePer100kShown(), p.population(), p.populationLabel()),
                a.integratedCareTeams()));
    }

    /** Dorset's Q2 2018/19 HICM sheet ([004:62-95]) with a Q1 return made from it: its Q1 column as current. */
    private static ReturnSeries dorsetWithQ1(MaturityLevel q1Current) {
        QuarterlyReturn q2 = DorsetReturn.q2of2018to19();
        ReportingPeriod q1Period = ReportingPeriod.parse("2018/19 Q1");
        List<ChangeAssessment> changes = new ArrayList<>();
        for (ChangeAssessment c : q2.highImpactChangeModel().changes()) {
            TreeMap<ReportingPeriod, MaturityLevel> m = new TreeMap<>(c.maturity());
            if (c.change().number() == 1) {
                m.put(q1Period, q1Current);
            }
            changes.add(new ChangeAssessment(c.change(), m, c.rationale(), c.challenges(), c.milestones(),
                    c.supportNeeds()));
        }
        QuarterlyReturn q1 = ReturnEdits.hicm(ReturnEdits.period(q2, q1Period),
                new HighImpactChangeModel(changes, q2.highImpactChangeModel().redBag()));
        return ReturnSeries.of(List.of(q1, q2));
    }

    @Test
    void dorsetsMaturityColumnsAgreeWithAQ1ReturnThatGaveThem() {
        assertEquals(List.of(), VALIDATOR.validate(dorsetWithQ1(MaturityLevel.ESTABLISHED)).findings());
    }

    @Test
    void anEarlierMaturityColumnThatDiffersIsAWarningAndAFallIsInfo() {
        Report report = VALIDATOR.validate(dorsetWithQ1(MaturityLevel.MATURE));
        assertEquals(List.of(
                "WARNING SERIES-HICM-EARLIER-COLUMNS /Q2/highImpactChangeModel/changes/0/maturity/2018~119 Q1: 2018/19"
                        + " Q2: change 1 ('Early discharge planning') shows 'Established' for 2018/19 Q1 but the"
                        + " 2018/19 Q1 return gave 'Mature'",
                "INFO SERIES-HICM-REGRESSED /Q2/highImpactChangeModel/changes/0/maturity/2018~119 Q2: 2018/19 Q2:"
                        + " change 1 ('Early discharge planning') is 'Established', lower than 'Mature' in 2018/19 Q1"),
                lines(report));
    }

    private static Report filtered(Report report, String ruleId) {
        return new Report(report.edition(), report.period(), report.findingsOf(ruleId), List.of());
    }
}
