package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.CareSetting;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeeServiceType;
import dev.bcfkit.core.returns.FeedbackCategory;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.RedBag;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.core.returns.YearEndFeedback;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Small hand-built returns that pass every rule and answer every counted question, one per
 * edition and quarter, modelled on the seeds (Southend's 2016/17 pooled fund of £13,131,049 phased
 * 3,282,763 + 3 x 3,282,762, {@code [002:1022]}); the bases of the broken variants and properties.
 */
public final class ReturnSamples {
    /** Southend's pooled fund, {@code [002:1022]}. */
    public static final Money POOLED = Money.pounds(13_131_049);
    /** Its phasing, remainder in Q1. */
    public static final List<Money> PHASED = List.of(Money.pounds(3_282_763), Money.pounds(3_282_762),
            Money.pounds(3_282_762), Money.pounds(3_282_762));

    private ReturnSamples() {
    }

    /**
     * @param q a quarter
     * @return a complete 2016/17 return for it
     */
    public static QuarterlyReturn complete2016(Quarter q) {
        ReportingPeriod period = ReportingPeriod.of(FinancialYear.of(2016), q);
        return new QuarterlyReturn(period, cover(), new BudgetArrangements(YesNo.YES, null, null, null),
                conditions(Edition.QUARTERLY_2016_17, q), incomeAndExpenditure(POOLED, PHASED, q),
                metrics(Edition.QUARTERLY_2016_17), q == Quarter.Q4 ? yearEndFeedback() : null, additionalMeasures(),
                null, new Narrative("Income & Expenditure has remained on plan.", null), null);
    }

    /** @return a complete Q2 2017/18 return */
    public static QuarterlyReturn complete2017() {
        ReportingPeriod period = ReportingPeriod.parse("2017/18 Q2");
        return new QuarterlyReturn(period, cover(), new BudgetArrangements(YesNo.YES, null, null, null),
                conditions(Edition.QUARTERLY_2017_18, Quarter.Q2), null, metrics(Edition.QUARTERLY_2017_18), null,
                null, hicm(period, MaturityLevel.ESTABLISHED), narrative2017(), null);
    }

    /** @return a complete Q2 2018/19 return */
    public static QuarterlyReturn complete2018() {
        ReportingPeriod period = ReportingPeriod.parse("2018/19 Q2");
        return new QuarterlyReturn(period, cover(), new BudgetArrangements(YesNo.YES, null, null, null),
                conditions(Edition.QUARTERLY_2018_19, Quarter.Q2), null, metrics(Edition.QUARTERLY_2018_19), null,
                null, hicm(period, MaturityLevel.ESTABLISHED), narrative2017(), additionalIbcf());
    }

    /**
     * @param q a quarter
     * @param shortfall how much less the Q1 actual income is than planned
     * @return the complete 2016/17 return for the quarter with its Q1 actual income reduced
     */
    public static QuarterlyReturn incomeAndExpenditureVariant(Quarter q, Money shortfall) {
        QuarterlyReturn r = complete2016(q);
        IncomeAndExpenditure ie = r.incomeAndExpenditure();
        FundFlow income = new FundFlow(ie.income().plan(), ie.income().forecast(),
                ie.income().actual().with(Quarter.Q1, PHASED.get(0).minus(shortfall)), null);
        return ReturnEdits.incomeAndExpenditure(r, new IncomeAndExpenditure(ie.pooledFund(), income,
                ie.expenditure(), ie.financialCommentary(), null));
    }

    /** @return every complete sample: 2016/17 Q1-Q4, 2017/18 Q2, 2018/19 Q2 */
    public static List<QuarterlyReturn> all() {
        List<QuarterlyReturn> all = new ArrayList<>();
        for (Quarter q : Quarter.values()) {
            all.add(complete2016(q));
        }
        all.add(complete2017());
        all.add(complete2018());
        return all;
    }

    public static ReturnCover cover() {
        return new ReturnCover(HealthAndWellbeingBoard.named("Southend-on-Sea"), "Nick Faint",
                "nickfaint@southend.gov.uk", "01702 212 113", "Cllr Lesley Salter");
    }

    public static List<ConditionResponse> conditions(Edition edition, Quarter q) {
        List<ConditionResponse> rows = new ArrayList<>();
        for (NationalCondition c : NationalCondition.forEdition(edition)) {
            Map<Quarter, ConditionAnswer> previous = new EnumMap<>(Quarter.class);
            if (edition == Edition.QUARTERLY_2016_17) {
                for (Quarter earlier : Quarter.values()) {
                    if (earlier.compareTo(q) < 0) {
                        previous.put(earlier, ConditionAnswer.YES);
                    }
                }
            }
            rows.add(ConditionResponse.of(c, ConditionAnswer.YES, null, null).withPreviousResponses(previous));
        }
        return rows;
    }

    /**
     * @param pooled the pooled fund
     * @param phased the plan's four quarters, also the forecast and the actuals
     * @param q the reported quarter
     * @return a balanced grid pair: every annual total the sum of its quarters and equal to the pooled fund
     */
    public static IncomeAndExpenditure incomeAndExpenditure(Money pooled, List<Money> phased, Quarter q) {
        QuarterlyFigures plan = new QuarterlyFigures(phased.get(0), phased.get(1), phased.get(2), phased.get(3),
                Money.sum(phased));
        QuarterlyFigures actual = new QuarterlyFigures(null, null, null, null, null);
        for (Quarter each : Quarter.values()) {
            if (each.compareTo(q) <= 0) {
                actual = actual.with(each, phased.get(each.ordinal()));
            }
        }
        if (q == Quarter.Q4) {
            actual = actual.withAnnualTotal(Money.sum(phased));
        }
        FundFlow flow = new FundFlow(plan, plan, actual, "nil comment");
        return new IncomeAndExpenditure(pooled, flow, flow, "nil comment", null);
    }

    public static List<MetricProgress> metrics(Edition edition) {
        List<MetricProgress> rows = new ArrayList<>();
        for (MetricKind m : MetricRules.expected(edition)) {
            if (edition == Edition.QUARTERLY_2016_17) {
                rows.add(new MetricProgress(m, "definition of " + m.label(), MetricAssessment.ON_TRACK_TO_MEET_TARGET,
                        "on plan", null, null, null, null, null));
            } else {
                rows.add(new MetricProgress(m, "definition of " + m.label(), MetricAssessment.ON_TRACK_TO_MEET_TARGET,
                        null, "workforce", "on plan", "none", null, null));
            }
        }
        return rows;
    }

    public static YearEndFeedback yearEndFeedback() {
        List<YearEndFeedback.StatementResponse> statements = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            statements.add(new YearEndFeedback.StatementResponse("statement " + i, "Agree", null));
        }
        List<YearEndFeedback.CategorisedResponse> three = List.of(
                new YearEndFeedback.CategorisedResponse("the development of a Locality approach",
                        FeedbackCategory.SHARED_VISION),
                new YearEndFeedback.CategorisedResponse("governance", FeedbackCategory.MANAGING_CHANGE),
                new YearEndFeedback.CategorisedResponse("data sharing", FeedbackCategory.DIGITAL_INTEROPERABILITY));
        return new YearEndFeedback(statements, three, three);
    }

    public static AdditionalMeasures additionalMeasures() {
        Map<CareSetting, YesNo> yes = new EnumMap<>(CareSetting.class);
        Map<CareSetting, Map<CareSetting, String>> sharing = new EnumMap<>(CareSetting.class);
        Map<CareSetting, AdditionalMeasures.OpenApiProgress> progress = new EnumMap<>(CareSetting.class);
        for (CareSetting s : CareSetting.values()) {
            yes.put(s, YesNo.YES);
            Map<CareSetting, String> row = new EnumMap<>(CareSetting.class);
            for (CareSetting to : CareSetting.values()) {
                row.put(to, "Shared via Open API");
            }
            sharing.put(s, row);
            progress.put(s, new AdditionalMeasures.OpenApiProgress("In development", "31/03/17"));
        }
        return new AdditionalMeasures(yes, yes, sharing, progress, "Pilot being scoped",
                new AdditionalMeasures.PersonalHealthBudgets(24L, 7L, 17L, new BigDecimal("94"), new BigDecimal("13.3"),
                        180_589L, "Mid 2016"),
                new AdditionalMeasures.IntegratedCareTeams("Yes - in some parts of Health and Wellbeing Board area",
                        "Yes - throughout the Health and Wellbeing Board area"));
    }

    /**
     * @param period the return's period
     * @param level the level of every change and the Red Bag in the current and planned quarters
     * @return the sheet
     */
    public static HighImpactChangeModel hicm(ReportingPeriod period, MaturityLevel level) {
        Map<ReportingPeriod, MaturityLevel> levels = new TreeMap<>();
        levels.put(period.previous(), level);
        levels.put(period, level);
        for (ReportingPeriod p : HicmRules.planned(period)) {
            levels.put(p, level);
        }
        List<ChangeAssessment> changes = new ArrayList<>();
        for (HighImpactChange c : HighImpactChange.values()) {
            changes.add(ChangeAssessment.of(c, levels, null, "workforce", "teams in place", "n/a"));
        }
        return new HighImpactChangeModel(changes, new RedBag(new TreeMap<>(levels), null, null, "relaunch", "n/a"));
    }

    public static Narrative narrative2017() {
        return new Narrative("Progress against local plan for integration of health and social care.",
                "Support for Carers");
    }

    public static AdditionalIbcf additionalIbcf() {
        BigDecimal uplift = new BigDecimal("2.5");
        return new AdditionalIbcf(Money.pounds(5_478_595), List.of(
                new AverageFee(FeeServiceType.HOME_CARE, Money.of(new BigDecimal("20.00")), null, uplift),
                new AverageFee(FeeServiceType.RESIDENTIAL_65_PLUS, Money.pounds(803), null, uplift),
                new AverageFee(FeeServiceType.NURSING_65_PLUS, Money.pounds(743), null, uplift)), "n/a");
    }
}
