package dev.bcfkit.rules.returns;

import static dev.bcfkit.rules.returns.ReturnSamples.complete2016;
import static dev.bcfkit.rules.returns.ReturnSamples.complete2017;
import static dev.bcfkit.rules.returns.ReturnSamples.complete2018;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.MetricUnit;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeeServiceType;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.RedBag;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.core.returns.YearEndFeedback;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Rulebook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * For every return rule, at least one broken variant of a complete sample return that fires it,
 * with the exact paths and messages expected, while the unbroken sample passes the rule. The
 * last test checks that no return rule is left without a broken variant.
 */
class BrokenReturnsTest {

    /** A broken variant: which rule, the broken return, and its expected {@code path: message} lines. */
    record Case(String ruleId, String description, Supplier<QuarterlyReturn> broken, List<String> expected) {
    }

    private static final Money M13131048 = Money.pounds(13_131_048);

    /** @return every broken variant, family by family in rulebook order */
    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.addAll(sections());
        c.addAll(cover());
        c.addAll(budgetArrangements());
        c.addAll(conditions());
        c.addAll(finance());
        c.addAll(metrics());
        c.addAll(yearEndFeedback());
        c.addAll(highImpactChangeModel());
        c.addAll(narrative());
        c.addAll(fees());
        c.addAll(ReturnChecksBrokenCases.cases());
        return c;
    }

    /** @return the broken variants of the Sections rules */
    private static List<Case> sections() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("SECTION-PRESENT", "2016/17 Q2 without income and expenditure",
                () -> ReturnEdits.incomeAndExpenditure(complete2016(Quarter.Q2), null),
                List.of("/incomeAndExpenditure: the income and expenditure section is missing, so the return is incomplete; the 2016/17 quarterly"
                        + " return for 2016/17 Q2 has it")));
        c.add(new Case("SECTION-PRESENT", "2016/17 Q4 without year-end feedback",
                () -> ReturnEdits.yearEndFeedback(complete2016(Quarter.Q4), null),
                List.of("/yearEndFeedback: the year-end feedback section is missing, so the return is incomplete; the 2016/17 quarterly return for"
                        + " 2016/17 Q4 has it")));
        c.add(new Case("SECTION-UNEXPECTED", "2016/17 Q2 with year-end feedback",
                () -> ReturnEdits.yearEndFeedback(complete2016(Quarter.Q2), ReturnSamples.yearEndFeedback()),
                List.of("/yearEndFeedback: the year-end feedback section is filled in, but the 2016/17 quarterly"
                        + " return for 2016/17 Q2 has no such section; its content is not checked")));
        c.add(new Case("SECTION-UNEXPECTED", "2017/18 with the 2018/19 iBCF section",
                () -> ReturnEdits.additionalIbcf(complete2017(), ReturnSamples.additionalIbcf()),
                List.of("/additionalIbcf: the additional improved Better Care Fund section is filled in, but the"
                        + " 2017/18 quarterly return for 2017/18 Q2 has no such section; its content is not checked")));
        return c;
    }

    /** @return the broken variants of the Cover rules */
    private static List<Case> cover() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("COVER-REQUIRED", "blank e-mail and no contact number",
                () -> ReturnEdits.cover(complete2017(), new ReturnCover(HealthAndWellbeingBoard.named("Nottinghamshire"),
                        "Joanna Cooper", "  ", null, "Cllr Joyce Bosnjak")),
                List.of("/cover/email: the e-mail address is not given on the cover",
                        "/cover/contactNumber: the contact number is not given on the cover")));
        c.add(new Case("COVER-REQUIRED", "no cover sheet at all",
                () -> ReturnEdits.cover(complete2017(), null),
                List.of("/cover: the cover sheet is missing")));
        c.add(new Case("COVER-REQUIRED", "no Health and Wellbeing Board",
                () -> ReturnEdits.cover(complete2017(), new ReturnCover(null, "Joanna Cooper",
                        "joanna.cooper@nottscc.gov.uk", "0115 9773577", "Cllr Joyce Bosnjak")),
                List.of("/cover/healthAndWellbeingBoard: the Health and Wellbeing Board is not given")));
        c.add(new Case("COVER-REQUIRED", "a board with a blank name",
                () -> ReturnEdits.cover(complete2017(), new ReturnCover(new HealthAndWellbeingBoard(" ", null),
                        "Joanna Cooper", "joanna.cooper@nottscc.gov.uk", "0115 9773577", "Cllr Joyce Bosnjak")),
                List.of("/cover/healthAndWellbeingBoard/name: the Health and Wellbeing Board's name is blank")));
        c.add(new Case("COVER-SIGN-OFF-TBC", "signed off by \" tbc. \"",
                () -> ReturnEdits.cover(complete2017(), new ReturnCover(HealthAndWellbeingBoard.named("Nottinghamshire"),
                        "Joanna Cooper", "joanna.cooper@nottscc.gov.uk", "0115 9773577", " tbc. ")),
                List.of("/cover/signedOffBy: the return has not been signed off on behalf of the Health and Wellbeing"
                        + " Board yet (signed off by \" tbc. \")")));
        return c;
    }

    /** @return the broken variants of the s.75 rules */
    private static List<Case> budgetArrangements() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("S75-ANSWERED", "2017/18 s.75 unanswered",
                () -> ReturnEdits.budget(complete2017(), new BudgetArrangements(null, null, null, null)),
                List.of("/budgetArrangements/pooledViaSection75: \"Have the funds been pooled via a s.75 pooled"
                        + " budget?\" is not answered")));
        c.add(new Case("S75-ANSWERED", "2016/17 Q3 \"No\" without the confirmation",
                () -> ReturnEdits.budget(complete2016(Quarter.Q3), new BudgetArrangements(YesNo.NO, null,
                        LocalDate.of(2017, 3, 31), null)),
                List.of("/budgetArrangements/confirmedNowPooled: the funds were not pooled via a s.75 pooled budget,"
                        + " so \"can you confirm that they have now?\" needs an answer")));
        c.add(new Case("S75-DATE", "2017/18 \"No\" without date or explanation",
                () -> ReturnEdits.budget(complete2017(), new BudgetArrangements(YesNo.NO, null, null, null)),
                List.of("/budgetArrangements/expectedPoolingDate: the funds are not pooled via a s.75 pooled budget:"
                        + " give the date this will happen (DD/MM/YYYY)",
                        "/budgetArrangements/explanation: the funds are not pooled via a s.75 pooled budget: explain"
                                + " why and how this is being addressed")));
        c.add(new Case("S75-DATE", "2016/17 Q1 \"No\" without date",
                () -> ReturnEdits.budget(complete2016(Quarter.Q1), new BudgetArrangements(YesNo.NO, null, null, null)),
                List.of("/budgetArrangements/expectedPoolingDate: the funds are not pooled via a s.75 pooled budget:"
                        + " give the date this will happen (DD/MM/YYYY)")));
        return c;
    }

    /** @return the broken variants of the National conditions rules */
    private static List<Case> conditions() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("COND-LIST", "a 2016/17 condition, a duplicate, a missing one and the wrong order: the"
                + " missing row", BrokenReturnsTest::conditionsMixedUp,
                List.of("/nationalConditions: condition 4 \"4) Managing transfers of care?\" is missing")));
        c.add(new Case("COND-ROW-UNEXPECTED", "a 2016/17 condition, a duplicate, a missing one and the wrong order:"
                + " the other edition's row and the repeated one", BrokenReturnsTest::conditionsMixedUp,
                List.of("/nationalConditions/2/condition: condition 1 \"1) Plans to be jointly agreed\" is not a"
                        + " condition of the 2017/18 quarterly return (it belongs to the 2016/17 quarterly return); the"
                        + " 2017/18 quarterly return has 1, 2, 3, 4",
                        "/nationalConditions/4/condition: condition 3 appears more than once; it is already at"
                                + " /nationalConditions/3")));
        c.add(new Case("COND-ORDER", "a 2016/17 condition, a duplicate, a missing one and the wrong order: the order",
                BrokenReturnsTest::conditionsMixedUp,
                List.of("/nationalConditions: the condition rows are not in template order: expected 1, 2, 3, found"
                        + " 2, 1, 3")));
        c.add(new Case("COND-ANSWERED", "2016/17 Q1 condition 3i unanswered",
                () -> ReturnEdits.condition(complete2016(Quarter.Q1), 2, row -> answer(row, null, null, null)),
                List.of("/nationalConditions/2/answer: condition 3i is not answered; select \"Yes\", \"No\" or"
                        + " \"No - In Progress\"")));
        c.add(new Case("COND-ANSWER-ALLOWED", "2016/17 Q4 \"No - In Progress\"",
                () -> ReturnEdits.condition(complete2016(Quarter.Q4), 0,
                        row -> answer(row, ConditionAnswer.NO_IN_PROGRESS, null, "agreement due in May")),
                List.of("/nationalConditions/0/answer: condition 1 is answered \"No - In Progress\", which the 2016/17"
                        + " quarterly return for 2016/17 Q4 does not list; the Q4 answer column says \"Yes or No\","
                        + " although its instructions still offer it; select \"Yes\" or \"No\"")));
        c.add(new Case("COND-ANSWER-ALLOWED", "2018/19 \"No - In Progress\"",
                () -> ReturnEdits.condition(complete2018(), 1,
                        row -> answer(row, ConditionAnswer.NO_IN_PROGRESS, null, "agreement due in May")),
                List.of("/nationalConditions/1/answer: condition 2 is answered \"No - In Progress\", which the 2018/19"
                        + " quarterly return for 2018/19 Q2 does not list; its explanation column is only for \"No\";"
                        + " select \"Yes\" or \"No\"")));
        c.add(new Case("COND-EXPLANATION", "2017/18 condition 4 \"No\" without explanation",
                () -> ReturnEdits.condition(complete2017(), 3, row -> answer(row, ConditionAnswer.NO, null, " ")),
                List.of("/nationalConditions/3/explanation: condition 4 is answered \"No\" without an explanation of"
                        + " why it was not met and how this is being addressed")));
        c.add(new Case("COND-EXPECTED-DATE", "2016/17 Q2 \"No - In Progress\" without a date",
                () -> ReturnEdits.condition(complete2016(Quarter.Q2), 1,
                        row -> answer(row, ConditionAnswer.NO_IN_PROGRESS, null, "agreement due in May")),
                List.of("/nationalConditions/1/expectedDate: condition 2 is answered \"No - In Progress\" without the"
                        + " estimated date it will be met (DD/MM/YYYY)")));
        c.add(new Case("COND-REGRESSION", "2016/17 Q3 \"No\" after \"Yes\" in Q2",
                () -> ReturnEdits.condition(complete2016(Quarter.Q3), 0,
                        row -> answer(row, ConditionAnswer.NO, LocalDate.of(2017, 3, 31), "plan withdrawn")),
                List.of("/nationalConditions/0/answer: condition 1 was met (\"Yes\") in Q2 but is answered \"No\" in"
                        + " Q3")));
        return c;
    }

    /** @return the broken variants of the Finance rules */
    private static List<Case> finance() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("FIN-ANNUAL-EQUALS-SUM", "forecast annual income £1 short of its quarters",
                () -> income(complete2016(Quarter.Q1), flow -> new FundFlow(flow.plan(),
                        flow.forecast().withAnnualTotal(M13131048), flow.actual(), flow.differenceComment())),
                List.of("/incomeAndExpenditure/income/forecast/annualTotal: forecast annual income £13,131,048 differs"
                        + " from the sum of its quarters £13,131,049 by £1")));
        c.add(new Case("FIN-ANNUAL-EQUALS-POOLED", "forecast annual income £1 below the pooled fund",
                () -> income(complete2016(Quarter.Q2), flow -> new FundFlow(flow.plan(),
                        flow.forecast().withAnnualTotal(M13131048), flow.actual(), flow.differenceComment())),
                List.of("/incomeAndExpenditure/income/forecast/annualTotal: forecast annual income £13,131,048 differs"
                        + " from the pooled fund £13,131,049 by £1")));
        c.add(new Case("FIN-ANNUAL-EQUALS-POOLED", "Q4 actual annual expenditure below the pooled fund",
                () -> expenditure(complete2016(Quarter.Q4), flow -> new FundFlow(flow.plan(), flow.forecast(),
                        flow.actual().withAnnualTotal(Money.pounds(13_000_000)), flow.differenceComment())),
                List.of("/incomeAndExpenditure/expenditure/actual/annualTotal: actual annual expenditure £13,000,000"
                        + " differs from the pooled fund £13,131,049 by £131,049")));
        c.add(new Case("FIN-COMMENT-REQUIRED", "Q2 actual below plan and forecast, no comment",
                () -> income(complete2016(Quarter.Q2), flow -> new FundFlow(flow.plan(), flow.forecast(),
                        flow.actual().with(Quarter.Q2, Money.pounds(3_282_000)), null)),
                List.of("/incomeAndExpenditure/income/differenceComment: a comment on the income figures is required:"
                        + " Q2 actual income £3,282,000 differs from the Q2 plan £3,282,762 by £762; Q2 actual income"
                        + " £3,282,000 differs from the Q2 forecast £3,282,762 by £762")));
        c.add(new Case("FIN-COMMENT-REQUIRED", "Q4 actual annual below the pooled fund, blank comment",
                () -> expenditure(complete2016(Quarter.Q4), flow -> new FundFlow(flow.plan(), flow.forecast(),
                        flow.actual().withAnnualTotal(Money.pounds(13_000_000)), " ")),
                List.of("/incomeAndExpenditure/expenditure/differenceComment: a comment on the expenditure figures is"
                        + " required: actual annual expenditure £13,000,000 differs from the pooled fund £13,131,049 by"
                        + " £131,049")));
        c.add(new Case("FIN-ACTUALS-TO-DATE", "Q3 return without the Q2 actual expenditure",
                () -> expenditure(complete2016(Quarter.Q3), flow -> new FundFlow(flow.plan(), flow.forecast(),
                        flow.actual().with(Quarter.Q2, null), flow.differenceComment())),
                List.of("/incomeAndExpenditure/expenditure/actual/q2: the Q2 actual expenditure is blank; a 2016/17 Q3"
                        + " return gives actuals for every quarter up to Q3")));
        c.add(new Case("FIN-NO-FUTURE-ACTUALS", "Q1 return with a Q2 actual",
                () -> income(complete2016(Quarter.Q1), flow -> new FundFlow(flow.plan(), flow.forecast(),
                        flow.actual().with(Quarter.Q2, Money.pounds(3_282_762)), flow.differenceComment())),
                List.of("/incomeAndExpenditure/income/actual/q2: the Q2 actual income £3,282,762 is given in a 2016/17"
                        + " Q1 return; actuals stop at Q1")));
        c.add(new Case("FIN-NUMERIC-RANGE", "a typed Q2 plan above 100,000,000",
                () -> income(complete2016(Quarter.Q1), flow -> new FundFlow(
                        flow.plan().with(Quarter.Q2, Money.pounds(100_000_001)), flow.forecast(), flow.actual(),
                        flow.differenceComment())),
                List.of("/incomeAndExpenditure/income/plan/q2: the Q2 plan income £100,000,001 is outside the template's"
                        + " range £0 to £100,000,000")));
        c.add(new Case("FIN-NUMERIC-RANGE", "a negative PHB count and 101% in Continuing Healthcare",
                () -> phb(complete2016(Quarter.Q3), new AdditionalMeasures.PersonalHealthBudgets(-1L, 7L, 17L,
                        new BigDecimal("101"), null, null, null)),
                List.of("/additionalMeasures/personalHealthBudgets/total: the number of personal health budgets in"
                        + " place, -1, is outside the template's range 0 to 100,000,000",
                        "/additionalMeasures/personalHealthBudgets/percentInContinuingHealthcare: the percentage in"
                                + " receipt of NHS Continuing Healthcare, 101%, is outside 0 to 100")));
        c.add(new Case("FIN-NUMERIC-RANGE", "a negative Q1 actual and an annual forecast above 100,000,000",
                () -> income(complete2016(Quarter.Q1), flow -> new FundFlow(flow.plan(),
                        flow.forecast().withAnnualTotal(Money.pounds(100_000_001)),
                        flow.actual().with(Quarter.Q1, Money.pounds(-5)), flow.differenceComment())),
                // the annual total is the template's sum, not a typed cell [002:1195]: only the Q1 actual is judged
                List.of("/incomeAndExpenditure/income/actual/q1: the Q1 actual income -£5 is outside the template's"
                                + " range £0 to £100,000,000")));
        c.add(new Case("FIN-NUMERIC-RANGE", "new and stopped PHB counts out of range, -0.1% in Continuing Healthcare",
                () -> phb(complete2016(Quarter.Q3), new AdditionalMeasures.PersonalHealthBudgets(24L, -1L,
                        100_000_001L, new BigDecimal("-0.1"), null, null, null)),
                List.of("/additionalMeasures/personalHealthBudgets/newInQuarter: the number of new personal health"
                        + " budgets, -1, is outside the template's range 0 to 100,000,000",
                        "/additionalMeasures/personalHealthBudgets/stoppedInQuarter: the number of personal health"
                                + " budgets stopped, 100000001, is outside the template's range 0 to 100,000,000",
                        "/additionalMeasures/personalHealthBudgets/percentInContinuingHealthcare: the percentage in"
                                + " receipt of NHS Continuing Healthcare, -0.1%, is outside 0 to 100")));
        c.add(new Case("PHB-POPULATION-PLAUSIBLE", "a personal health budgets population of 0",
                () -> phb(complete2016(Quarter.Q3), new AdditionalMeasures.PersonalHealthBudgets(24L, 7L, 17L,
                        new BigDecimal("94"), new BigDecimal("13.3"), 0L, "Mid 2016")),
                List.of("/additionalMeasures/personalHealthBudgets/population: the population of the personal health"
                        + " budgets measure is 0, so the rate per 100,000 population cannot be computed")));
        c.add(new Case("PHB-POPULATION-PLAUSIBLE", "a negative personal health budgets population",
                () -> phb(complete2016(Quarter.Q3), new AdditionalMeasures.PersonalHealthBudgets(24L, 7L, 17L,
                        new BigDecimal("94"), new BigDecimal("13.3"), -180_589L, "Mid 2016")),
                List.of("/additionalMeasures/personalHealthBudgets/population: the population of the personal health"
                        + " budgets measure is -180,589, so the rate per 100,000 population cannot be computed")));
        c.add(new Case("PHB-POPULATION-PLAUSIBLE", "a personal health budgets population of 9.2e18",
                () -> phb(complete2016(Quarter.Q3), new AdditionalMeasures.PersonalHealthBudgets(24L, 7L, 17L,
                        new BigDecimal("94"), new BigDecimal("13.3"), Long.MAX_VALUE, "Mid 2016")),
                List.of("/additionalMeasures/personalHealthBudgets/population: the population of the personal health"
                        + " budgets measure, 9,223,372,036,854,775,807, is more than 100,000,000 people, so the rate"
                        + " per 100,000 population is implausible")));
        c.add(new Case("FIN-INCOME-EQUALS-EXPENDITURE", "planned annual expenditure below income",
                () -> expenditure(complete2016(Quarter.Q1), flow -> new FundFlow(
                        flow.plan().withAnnualTotal(Money.pounds(13_131_000)), flow.forecast(), flow.actual(),
                        flow.differenceComment())),
                List.of("/incomeAndExpenditure/expenditure/plan/annualTotal: plan annual expenditure £13,131,000"
                        + " differs from plan annual income £13,131,049 by £49")));
        return c;
    }

    /** @return the broken variants of the Metrics rules */
    private static List<Case> metrics() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("METRIC-ALL-REPORTED", "2017/18 with the local metric, a duplicate and no DTOC: the missing"
                + " block", BrokenReturnsTest::metricsMixedUp,
                List.of("/metrics: metric \"Delayed Transfers of Care\" is missing")));
        c.add(new Case("METRIC-ROW-UNEXPECTED", "2017/18 with the local metric, a duplicate and no DTOC: the other"
                + " edition's block and the repeated one", BrokenReturnsTest::metricsMixedUp,
                List.of("/metrics/3/metric: metric \"Local performance metric\" is not reported in the 2017/18"
                        + " quarterly return, which has Non-Elective Admissions, Admissions to residential care,"
                        + " Reablement, Delayed Transfers of Care",
                        "/metrics/4/metric: metric \"Non-Elective Admissions\" appears more than once; it is already at"
                                + " /metrics/0")));
        c.add(new Case("METRIC-ASSESSMENT-REQUIRED", "2017/18 reablement without assessment",
                () -> ReturnEdits.metric(complete2017(), 2, p -> assess(p, null)),
                List.of("/metrics/2/assessment: metric \"Reablement\" has no progress assessment; select one of \"On"
                        + " track to meet target\", \"Not on track to meet target\"")));
        c.add(new Case("METRIC-ASSESSMENT-ALLOWED", "2017/18 with a 2016/17 assessment",
                () -> ReturnEdits.metric(complete2017(), 0,
                        p -> assess(p, MetricAssessment.NO_IMPROVEMENT_IN_PERFORMANCE)),
                List.of("/metrics/0/assessment: metric \"Non-Elective Admissions\" is assessed \"No improvement in"
                        + " performance\", which is not in the 2017/18 quarterly return drop-down; select one of \"On"
                        + " track to meet target\", \"Not on track to meet target\"")));
        c.add(new Case("METRIC-COMMENTARY-REQUIRED", "2016/17 DTOC without commentary",
                () -> ReturnEdits.metric(complete2016(Quarter.Q1), 1, p -> new MetricProgress(p.metric(),
                        p.definition(), p.assessment(), "", null, null, null, null, null)),
                List.of("/metrics/1/commentary: metric \"Delayed Transfers of Care\" has no commentary on progress")));
        c.add(new Case("METRIC-PATIENT-EXPERIENCE-DEFINED", "2016/17 patient experience with no definition",
                () -> ReturnEdits.metric(complete2016(Quarter.Q1), 3, p -> new MetricProgress(p.metric(), null,
                        p.assessment(), p.commentary(), null, null, null, " ", null)),
                List.of("/metrics/3/specifiedMetric: no local patient-experience metric is defined in the plan, so give"
                        + " details of the metric now being used")));
        c.add(new Case("METRIC-ASSESSMENT-CONTRADICTS-RAG", "reablement \"On track\" at 84 against 85",
                () -> ReturnEdits.metric(complete2017(), 2, p -> new MetricProgress(p.metric(), p.definition(),
                        p.assessment(), null, p.challenges(), p.achievements(), p.supportNeeds(), null,
                        new MetricFigures("BCF3", new BigDecimal("85"), null, new BigDecimal("84"), "YTD", null, null,
                                null))),
                List.of("/metrics/2/assessment: the assessment \"On track to meet target\" of metric \"Reablement\""
                        + " contradicts the rating AMBER computed from the actual 84 against the target 85 (higher is"
                        + " better, amber within 2.5% of the target)")));
        c.add(new Case("METRIC-UNITS-AGREE", "non-elective admissions: a count target against a rate actual",
                () -> ReturnEdits.metric(complete2017(), 0, p -> new MetricProgress(p.metric(), p.definition(),
                        p.assessment(), null, p.challenges(), p.achievements(), p.supportNeeds(), null,
                        new MetricFigures(null, new BigDecimal("10072"), MetricUnit.COUNT, null,
                                new BigDecimal("2716.5"), MetricUnit.PER_100K, null, null, null, null))),
                List.of("/metrics/0/figures: metric \"Non-Elective Admissions\" has its target 10072 in \"count\","
                        + " actual 2716.5 in \"per 100,000\": figures in different units cannot be compared, so no"
                        + " red/amber/green rating is computed; report the target and the actual in the same unit")));
        c.add(new Case("METRIC-UNITS-AGREE", "delayed transfers: delayed days against the metric's unit, not stated",
                () -> ReturnEdits.metric(complete2017(), 3, p -> new MetricProgress(p.metric(), p.definition(),
                        p.assessment(), null, p.challenges(), p.achievements(), p.supportNeeds(), null,
                        new MetricFigures(null, new BigDecimal("613.7"), null, "Q2", new BigDecimal("1830"),
                                MetricUnit.DELAYED_DAYS, "Q2", null, null, null))),
                List.of("/metrics/3/figures: metric \"Delayed Transfers of Care\" has its target 613.7 in \"per"
                        + " 100,000 per month\" (not stated: the metric's unit), actual 1830 in \"delayed days\":"
                        + " figures in different units cannot be compared, so no red/amber/green rating is computed;"
                        + " report the target and the actual in the same unit")));
        return c;
    }

    /** @return the broken variants of the Year-end feedback rules */
    private static List<Case> yearEndFeedback() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("YEF-STATEMENTS-ANSWERED", "six statements, the second unanswered",
                () -> {
                    QuarterlyReturn r = complete2016(Quarter.Q4);
                    List<YearEndFeedback.StatementResponse> s = new ArrayList<>(r.yearEndFeedback().statements());
                    s.remove(6);
                    s.set(1, new YearEndFeedback.StatementResponse("statement 2", " ", null));
                    return ReturnEdits.yearEndFeedback(r, new YearEndFeedback(s, r.yearEndFeedback().successes(),
                            r.yearEndFeedback().challenges()));
                },
                List.of("/yearEndFeedback/statements: expected the 7 year-end statements, found 6",
                        "/yearEndFeedback/statements/1/response: statement 2 \"statement 2\" has no response")));
        c.add(new Case("YEF-AT-MOST-THREE", "four successes",
                () -> {
                    QuarterlyReturn r = complete2016(Quarter.Q4);
                    List<YearEndFeedback.CategorisedResponse> s = new ArrayList<>(r.yearEndFeedback().successes());
                    s.add(s.get(0));
                    return ReturnEdits.yearEndFeedback(r, new YearEndFeedback(r.yearEndFeedback().statements(), s,
                            r.yearEndFeedback().challenges()));
                },
                List.of("/yearEndFeedback/successes/3: up to 3 successes may be given, found 4")));
        c.add(new Case("YEF-CATEGORISED", "an uncategorised challenge",
                () -> {
                    QuarterlyReturn r = complete2016(Quarter.Q4);
                    List<YearEndFeedback.CategorisedResponse> s = new ArrayList<>(r.yearEndFeedback().challenges());
                    s.set(1, new YearEndFeedback.CategorisedResponse("governance", null));
                    return ReturnEdits.yearEndFeedback(r, new YearEndFeedback(r.yearEndFeedback().statements(),
                            r.yearEndFeedback().successes(), s));
                },
                List.of("/yearEndFeedback/challenges/1/category: challenge 2 \"governance\" has no response category")));
        return c;
    }

    /** @return the broken variants of the High Impact Change Model rules */
    private static List<Case> highImpactChangeModel() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("HICM-ALL-CHANGES", "no change 5, change 1 twice, no Red Bag: the missing rows",
                () -> changeFiveReplacedByChangeOne(complete2017()),
                List.of("/highImpactChangeModel/changes: change 5 \"Seven-day service\" is missing",
                        "/highImpactChangeModel/redBag: the Red Bag scheme row is missing")));
        c.add(new Case("HICM-CHANGE-DUPLICATE", "no change 5, change 1 twice, no Red Bag: the repeated row",
                () -> changeFiveReplacedByChangeOne(complete2017()),
                List.of("/highImpactChangeModel/changes/7/change: change 1 \"Early discharge planning\" appears more"
                        + " than once; it is already at /highImpactChangeModel/changes/0")));
        c.add(new Case("HICM-MATURITY-CURRENT", "2018/19 change 1 and the Red Bag without the current quarter",
                () -> {
                    QuarterlyReturn r = complete2018();
                    ReportingPeriod now = r.period();
                    return hicmRow(redBag(r, m -> without(m, now)), 0, m -> without(m, now));
                },
                List.of("/highImpactChangeModel/changes/0/maturity: change 1 \"Early discharge planning\" has no"
                        + " maturity level for the current quarter Q2 18/19",
                        "/highImpactChangeModel/redBag/maturity: the Red Bag scheme has no maturity level for the"
                                + " current quarter Q2 18/19")));
        c.add(new Case("HICM-MATURITY-PLANNED", "the Red Bag without Q4",
                () -> redBag(complete2017(), m -> without(m, ReportingPeriod.parse("2017/18 Q4"))),
                List.of("/highImpactChangeModel/redBag/maturity: the Red Bag scheme has no maturity level for the"
                        + " planned quarter Q4 17/18")));
        c.add(new Case("HICM-RATIONALE", "change 3 \"Mature\" now without rationale",
                () -> hicmRow(complete2017(), 2, m -> all(m, MaturityLevel.MATURE)),
                List.of("/highImpactChangeModel/changes/2/rationale: change 3 \"Multi-disciplinary/multi-agency"
                        + " discharge teams\" is assessed \"Mature\" for the current quarter Q2 17/18 without a"
                        + " rationale to support this assessment")));
        c.add(new Case("HICM-RATIONALE-PLANNED", "change 1 planned \"Exemplary\" without rationale",
                () -> hicmRow(complete2017(), 0,
                        m -> with(m, ReportingPeriod.parse("2017/18 Q4"), MaturityLevel.EXEMPLARY)),
                List.of("/highImpactChangeModel/changes/0/rationale: change 1 \"Early discharge planning\" is planned"
                        + " to be \"Exemplary\" in Q4 17/18 without a rationale to support this assessment")));
        c.add(new Case("HICM-PLANNED-BELOW-CURRENT", "change 2 planned below its current level",
                () -> hicmRow(complete2017(), 1,
                        m -> with(m, ReportingPeriod.parse("2017/18 Q3"), MaturityLevel.PLANS_IN_PLACE)),
                List.of("/highImpactChangeModel/changes/1/maturity/2017~118 Q3: change 2 \"Systems to monitor patient"
                        + " flow\" is planned at \"Plans in place\" for Q3 17/18, below \"Established\" in the current"
                        + " quarter Q2 17/18")));
        c.add(new Case("HICM-MATURITY-FALLS-BACK", "change 1 Established in Q1 18/19, Plans in place in Q2 18/19",
                () -> hicmRow(complete2018(), 0,
                        m -> with(m, ReportingPeriod.parse("2018/19 Q2"), MaturityLevel.PLANS_IN_PLACE)),
                List.of("/highImpactChangeModel/changes/0/maturity/2018~119 Q2: change 1 \"Early discharge planning\""
                        + " falls back from \"Established\" in Q1 18/19 to \"Plans in place\" in Q2 18/19")));
        c.add(new Case("HICM-MATURITY-FALLS-BACK", "change 2 planned below its current level is not reported again",
                () -> hicmRow(complete2017(), 1,
                        m -> with(m, ReportingPeriod.parse("2017/18 Q3"), MaturityLevel.PLANS_IN_PLACE)),
                List.of()));
        c.add(new Case("HICM-MATURITY-FALLS-BACK", "change 1 planned Mature in Q3, back to its current Established in Q4",
                () -> hicmRow(complete2017(), 0,
                        m -> with(m, ReportingPeriod.parse("2017/18 Q3"), MaturityLevel.MATURE)),
                List.of("/highImpactChangeModel/changes/0/maturity/2017~118 Q4: change 1 \"Early discharge planning\""
                        + " falls back from \"Mature\" in Q3 17/18 to \"Established\" in Q4 17/18")));
        c.add(new Case("REDBAG-MITIGATIONS", "no plan for a Red Bag scheme and no mitigations",
                () -> redBag(complete2018(), m -> all(m, MaturityLevel.NOT_YET_ESTABLISHED)),
                List.of("/highImpactChangeModel/redBag/alternativeMitigations: the Red Bag scheme is \"Not yet"
                        + " established\" now and in every planned quarter, so describe the alternative mitigations in"
                        + " place to support communications in hospital transfers of social care residents")));
        return c;
    }

    /** @return the broken variants of the Narrative rules */
    private static List<Case> narrative() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("TEXT-NARRATIVE-REQUIRED", "2017/18 blank narrative and no success story",
                () -> ReturnEdits.narrative(complete2017(), new Narrative(" ", null)),
                List.of("/narrative/progress: the narrative on progress is not written",
                        "/narrative/successStory: the integration success story highlight over the past quarter is not"
                                + " written")));
        c.add(new Case("TEXT-NARRATIVE-LIMIT", "2016/17 narrative of 32,768 characters",
                () -> ReturnEdits.narrative(complete2016(Quarter.Q1), new Narrative("a".repeat(32_768), null)),
                List.of("/narrative/progress: the narrative is 32,768 characters; the template's cell holds at most"
                        + " 32,767 (Remaining Characters would be -1)")));
        c.add(new Case("TEXT-NARRATIVE-LIMIT", "2018/19 progress of 20,001 characters",
                () -> ReturnEdits.narrative(complete2018(), new Narrative("a".repeat(20_001), "story")),
                List.of("/narrative/progress: the narrative is 20,001 characters; the template's cell holds at most"
                        + " 20,000 (Remaining Characters would be -1)")));
        return c;
    }

    /** @return the broken variants of the Fees rules */
    private static List<Case> fees() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("FEE-ALL-SERVICES", "home care twice, no residential: the missing row",
                () -> fees(complete2018(), f -> List.of(f.get(0), f.get(0), f.get(2))),
                List.of("/additionalIbcf/fees: the Care homes without nursing, clients aged 65+ fee (£ per client per"
                        + " week) is missing")));
        c.add(new Case("FEE-SERVICE-DUPLICATE", "home care twice, no residential: the repeated row",
                () -> fees(complete2018(), f -> List.of(f.get(0), f.get(0), f.get(2))),
                List.of("/additionalIbcf/fees/1/serviceType: the Home care fee appears more than once; it is already at"
                        + " /additionalIbcf/fees/0")));
        c.add(new Case("FEE-BLANK-NOT-ZERO", "a 2017/18 home care rate of £0.00",
                () -> fees(complete2018(), f -> List.of(new AverageFee(FeeServiceType.HOME_CARE,
                        Money.of(new BigDecimal("0.00")), null, new BigDecimal("2.5")), f.get(1), f.get(2))),
                List.of("/additionalIbcf/fees/0/previousYearRate: the Home care rate for 2017/18 is entered as £0.00;"
                        + " leave a missing rate blank, not 0")));
        c.add(new Case("FEE-UPLIFT-REQUIRED", "a missing 2018/19 rate without uplift",
                () -> fees(complete2018(), f -> List.of(f.get(0), new AverageFee(FeeServiceType.RESIDENTIAL_65_PLUS,
                        Money.pounds(803), null, null), f.get(2))),
                List.of("/additionalIbcf/fees/1/estimatedUpliftPercent: the Care homes without nursing, clients aged"
                        + " 65+ rate for 2018/19 is blank, so give the estimated percentage change between 2017/18 and"
                        + " 2018/19")));
        c.add(new Case("FEE-NUMERIC-RANGE", "a negative fee rate and an allocation over £100,000,000",
                () -> {
                    AdditionalIbcf i = complete2018().additionalIbcf();
                    List<AverageFee> fees = new ArrayList<>(i.fees());
                    AverageFee home = fees.get(0);
                    fees.set(0, new AverageFee(home.serviceType(), Money.pounds(-20), home.currentYearRate(),
                            home.estimatedUpliftPercent()));
                    return ReturnEdits.additionalIbcf(complete2018(), new AdditionalIbcf(
                            Money.pounds(1_000_000_001), fees, i.feeCommentary()));
                },
                List.of("/additionalIbcf/allocation: the additional iBCF allocation is £1,000,000,001, outside £0 to"
                        + " £100,000,000", "/additionalIbcf/fees/0/previousYearRate: the Home care rate for 2017/18"
                        + " is -£20, outside £0 to £100,000,000")));
        c.add(new Case("FEE-NUMERIC-RANGE", "an uplift of 1e29%",
                () -> {
                    AdditionalIbcf i = complete2018().additionalIbcf();
                    List<AverageFee> fees = new ArrayList<>(i.fees());
                    AverageFee home = fees.get(0);
                    fees.set(0, new AverageFee(home.serviceType(), home.previousYearRate(), home.currentYearRate(),
                            new BigDecimal("1e29")));
                    return ReturnEdits.additionalIbcf(complete2018(), new AdditionalIbcf(i.allocation(), fees,
                            i.feeCommentary()));
                },
                List.of("/additionalIbcf/fees/0/estimatedUpliftPercent: the estimated uplift of the Home care is"
                        + " 1E+29%, outside -100% to +100%")));
        c.add(new Case("FEE-COMMENT-LIMIT", "a comment of 251 characters",
                () -> {
                    AdditionalIbcf i = complete2018().additionalIbcf();
                    return ReturnEdits.additionalIbcf(complete2018(), new AdditionalIbcf(i.allocation(), i.fees(),
                            "x".repeat(251)));
                },
                List.of("/additionalIbcf/feeCommentary: the commentary on the fee information is 251 characters; at"
                        + " most 250 are allowed")));
        return c;
    }

    /**
     * @return the complete 2017/18 return with conditions 2, 1, the 2016/17 condition 1, 3 and 3 again: a row of
     *     another edition, a repeated row, condition 4 missing and the rows out of order
     */
    private static QuarterlyReturn conditionsMixedUp() {
        return ReturnEdits.conditions(complete2017(), List.of(yes(NationalCondition.NC2017_2),
                yes(NationalCondition.NC2017_1), yes(NationalCondition.NC2016_1), yes(NationalCondition.NC2017_3),
                yes(NationalCondition.NC2017_3)));
    }

    /**
     * @return the complete 2017/18 return with its first three metric blocks, the 2016/17 local metric and
     *     the first block again: a block of another edition, a repeated block and DTOC missing
     */
    private static QuarterlyReturn metricsMixedUp() {
        QuarterlyReturn r = complete2017();
        List<MetricProgress> m = new ArrayList<>(r.metrics().subList(0, 3));
        m.add(new MetricProgress(MetricKind.LOCAL, null, MetricAssessment.ON_TRACK_TO_MEET_TARGET, null,
                "x", "y", "z", null, null));
        m.add(r.metrics().get(0));
        return ReturnEdits.metrics(r, m);
    }

    /**
     * @param r a complete return with the High Impact Change Model
     * @return the return without change 5 and without the Red Bag row, and change 1 repeated last
     */
    private static QuarterlyReturn changeFiveReplacedByChangeOne(QuarterlyReturn r) {
        List<ChangeAssessment> rows = new ArrayList<>(r.highImpactChangeModel().changes());
        rows.remove(4);
        rows.add(rows.get(0));
        return ReturnEdits.hicm(r, new HighImpactChangeModel(rows, null));
    }

    @TestFactory
    Stream<DynamicTest> eachBrokenVariantFiresItsRuleWithTheExpectedPathsAndMessages() {
        Map<String, Rule<?>> rules = Rulebook.catalogue().stream().collect(Collectors.toMap(Rule::id, r -> r));
        return cases().stream().map(k -> DynamicTest.dynamicTest(k.ruleId() + ": " + k.description(), () -> {
            @SuppressWarnings("unchecked")
            Rule<QuarterlyReturn> rule = (Rule<QuarterlyReturn>) rules.get(k.ruleId());
            QuarterlyReturn broken = k.broken().get();
            assertEquals(k.expected(), Judge.lines(rule, broken));
            assertTrue(rule.editions().contains(broken.edition()), "the rule applies to the broken return's edition");
        }));
    }

    @Test
    void theCompleteSamplesPassEveryRule() {
        for (QuarterlyReturn r : ReturnSamples.all()) {
            assertEquals(List.of(), Judge.all(r), r.period().toString());
        }
    }

    @Test
    void everyReturnRuleHasABrokenVariant() {
        Set<String> covered = cases().stream().map(Case::ruleId).collect(Collectors.toSet());
        Set<String> all = ReturnRules.all().stream().map(Rule::id).collect(Collectors.toSet());
        assertEquals(all, covered);
    }

    // Edits

    private static ConditionResponse yes(NationalCondition c) {
        return ConditionResponse.of(c, ConditionAnswer.YES, null, null);
    }

    private static ConditionResponse answer(ConditionResponse row, ConditionAnswer a, LocalDate date, String why) {
        return new ConditionResponse(row.condition(), a, date, why, row.previousResponses());
    }

    private static MetricProgress assess(MetricProgress p, MetricAssessment a) {
        return new MetricProgress(p.metric(), p.definition(), a, p.commentary(), p.challenges(), p.achievements(),
                p.supportNeeds(), p.specifiedMetric(), p.figures());
    }

    private static QuarterlyReturn income(QuarterlyReturn r, UnaryOperator<FundFlow> edit) {
        IncomeAndExpenditure ie = r.incomeAndExpenditure();
        return ReturnEdits.incomeAndExpenditure(r, new IncomeAndExpenditure(ie.pooledFund(), edit.apply(ie.income()),
                ie.expenditure(), ie.financialCommentary(), ie.previouslyReturned()));
    }

    private static QuarterlyReturn expenditure(QuarterlyReturn r, UnaryOperator<FundFlow> edit) {
        IncomeAndExpenditure ie = r.incomeAndExpenditure();
        return ReturnEdits.incomeAndExpenditure(r, new IncomeAndExpenditure(ie.pooledFund(), ie.income(),
                edit.apply(ie.expenditure()), ie.financialCommentary(), ie.previouslyReturned()));
    }

    private static QuarterlyReturn phb(QuarterlyReturn r, AdditionalMeasures.PersonalHealthBudgets phb) {
        AdditionalMeasures a = r.additionalMeasures();
        return ReturnEdits.additionalMeasures(r, new AdditionalMeasures(a.nhsNumberOnCorrespondence(),
                a.nhsNumberRetrieval(), a.dataSharing(), a.openApiProgress(), a.integratedCareRecordPilot(), phb,
                a.integratedCareTeams()));
    }

    private static QuarterlyReturn hicmRow(QuarterlyReturn r, int index,
            UnaryOperator<Map<ReportingPeriod, MaturityLevel>> edit) {
        HighImpactChangeModel m = r.highImpactChangeModel();
        List<ChangeAssessment> rows = new ArrayList<>(m.changes());
        ChangeAssessment row = rows.get(index);
        rows.set(index, ChangeAssessment.of(row.change(), edit.apply(new TreeMap<>(row.maturity())), row.rationale(),
                row.challenges(), row.milestones(), row.supportNeeds()));
        return ReturnEdits.hicm(r, new HighImpactChangeModel(rows, m.redBag()));
    }

    private static QuarterlyReturn redBag(QuarterlyReturn r, UnaryOperator<Map<ReportingPeriod, MaturityLevel>> edit) {
        HighImpactChangeModel m = r.highImpactChangeModel();
        RedBag b = m.redBag();
        return ReturnEdits.hicm(r, new HighImpactChangeModel(m.changes(), new RedBag(
                new TreeMap<>(edit.apply(new TreeMap<>(b.maturity()))), b.alternativeMitigations(), b.challenges(),
                b.achievements(), b.supportNeeds())));
    }

    private static Map<ReportingPeriod, MaturityLevel> without(Map<ReportingPeriod, MaturityLevel> m, ReportingPeriod p) {
        m.remove(p);
        return m;
    }

    private static Map<ReportingPeriod, MaturityLevel> with(Map<ReportingPeriod, MaturityLevel> m, ReportingPeriod p,
            MaturityLevel level) {
        m.put(p, level);
        return m;
    }

    private static Map<ReportingPeriod, MaturityLevel> all(Map<ReportingPeriod, MaturityLevel> m, MaturityLevel level) {
        m.replaceAll((p, old) -> level);
        return m;
    }

    private static QuarterlyReturn fees(QuarterlyReturn r, Function<List<AverageFee>, List<AverageFee>> edit) {
        AdditionalIbcf i = r.additionalIbcf();
        return ReturnEdits.additionalIbcf(r, new AdditionalIbcf(i.allocation(), edit.apply(i.fees()),
                i.feeCommentary()));
    }
}
