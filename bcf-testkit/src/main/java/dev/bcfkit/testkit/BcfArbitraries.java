package dev.bcfkit.testkit;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.core.funding.SocialCareContribution;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.Population;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.core.plan.SocialCareProtection;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeeServiceType;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.RedBag;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.core.returns.YearEndFeedback;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for every bcfkit domain type, valid by default: every generated return, plan
 * and pooled budget satisfies every ERROR rule of its edition , so a downstream
 * property can start from valid documents and break them on purpose with {@link Defects}.
 *
 * <p>Everything is built from jqwik's combinators, so a failing property shrinks to a small
 * document: one-letter texts, amounts near zero, "Yes" answers, the first option of each
 * drop-down. Amounts follow the templates: whole pounds in the income and expenditure grids
 * ({@code [002:1048]}), 0 to 100,000,000 per cell ({@code [002:1195]}), pence in fees
 * ({@code [004:178]}). Text includes quotes, backslashes, line breaks and non-ASCII characters.
 *
 * <p>The same arbitraries are registered for {@code @ForAll} by {@link BcfArbitraryProvider}, and
 * by edition and quarter in {@link ValidReturns}, {@link ValidPlans} and {@link ValidPooledBudgets}.
 */
public final class BcfArbitraries {
    private BcfArbitraries() {
    }

    /**
     * Money as a 2016/17 numeric cell takes it: 0 to 100,000,000 pounds ({@code [002:1195]}), with
     * 0, 1 or 2 decimal places; 0, 0.01 and 100,000,000 are edge cases.
     *
     * @return amounts of money
     */
    public static Arbitrary<Money> money() {
        return Amounts.between(BigDecimal.ZERO, BigDecimal.valueOf(Amounts.CELL_MAX));
    }

    /**
     * @param min the smallest amount
     * @param max the largest amount, not less than {@code min}
     * @return amounts from {@code min} to {@code max} with 0 to 2 decimal places; the bounds are edge cases
     */
    public static Arbitrary<Money> money(Money min, Money max) {
        return Amounts.between(min.amount(), max.amount());
    }

    /**
     * @param min the fewest pounds
     * @param max the most pounds
     * @return whole-pound amounts, shrinking towards {@code min} (or zero if in range)
     */
    public static Arbitrary<Money> wholePounds(long min, long max) {
        return Amounts.wholePounds(min, max);
    }

    /** @return any financial year the model accepts (2000/01 to 2099/00), shrinking towards 2017/18 */
    public static Arbitrary<FinancialYear> financialYears() {
        return Periods.years();
    }

    /** @return any reporting period of any year */
    public static Arbitrary<ReportingPeriod> reportingPeriods() {
        return Periods.periods();
    }

    /**
     * @param edition a quarterly-return edition
     * @return the four periods of its year
     */
    public static Arbitrary<ReportingPeriod> reportingPeriods(Edition edition) {
        return Periods.periods(edition);
    }

    /** @return populations of 1 to 10,000,000 for calendar years 2014 to 2020, any age band */
    public static Arbitrary<Population> populations() {
        return Periods.populations();
    }

    /** @return Health and Wellbeing Boards, with or without an ONS code */
    public static Arbitrary<HealthAndWellbeingBoard> boards() {
        return Boards.boards();
    }

    /** @return local authorities of either tier */
    public static Arbitrary<LocalAuthority> localAuthorities() {
        return Boards.localAuthorities();
    }

    /**
     * @param period a reporting period of a year with a return template
     * @return the condition answers its drop-down offers: "No - In Progress" only in 2016/17 Q1-Q3
     *     ({@code [002:895]}, {@code [002:2242]})
     */
    public static Arbitrary<ConditionAnswer> conditionAnswers(ReportingPeriod period) {
        return Conditions.answers(period);
    }

    /**
     * @param condition a condition of the period's edition
     * @param period the reporting period
     * @return valid rows: a "No" with an explanation and, in 2016/17 Q1-Q3, an estimated date
     */
    public static Arbitrary<ConditionResponse> conditionResponses(NationalCondition condition, ReportingPeriod period) {
        return Conditions.row(condition, period);
    }

    /**
     * @param period the reporting period
     * @return every condition row of the period's edition, in template order
     */
    public static Arbitrary<List<ConditionResponse>> nationalConditions(ReportingPeriod period) {
        return Conditions.rows(period);
    }

    /**
     * @param period the reporting period
     * @return the s.75 question answered: "Yes", or "No" with a date
     */
    public static Arbitrary<BudgetArrangements> budgetArrangements(ReportingPeriod period) {
        return Section75.arrangements(period);
    }

    /** @return complete cover sheets, signed off by a named person */
    public static Arbitrary<ReturnCover> covers() {
        return CoverSheets.covers();
    }

    /**
     * A plan or forecast row: an annual amount of 0 to 100,000,000 pounds phased with the remainder
     * in the earliest quarters (13,131,049 becomes 3,282,763 + 3 x 3,282,762, {@code [002:2002]}),
     * then money moved between quarters; the stated annual total is the sum.
     *
     * @return quarterly figures with all four quarters and the annual total
     */
    public static Arbitrary<QuarterlyFigures> quarterlyFigures() {
        return Combinators.combine(Finances.pooledFunds(), Finances.moves())
                .as((annual, moves) -> Phasing.move(Phasing.split(annual), moves));
    }

    /**
     * @param period a 2016/17 reporting period
     * @return valid income and expenditure for a return of that period ({@code [002:1011-1048]})
     */
    public static Arbitrary<IncomeAndExpenditure> incomeAndExpenditure(ReportingPeriod period) {
        return Finances.forPeriod(period);
    }

    /**
     * @param edition a quarterly-return edition
     * @param metric a metric block of that edition
     * @return complete metric blocks with an assessment from {@link dev.bcfkit.core.returns.MetricAssessment#forEdition}
     */
    public static Arbitrary<MetricProgress> metricProgress(Edition edition, MetricKind metric) {
        return MetricBlocks.block(edition, metric);
    }

    /**
     * @param edition a quarterly-return edition
     * @return every metric block of the edition in template order: six in 2016/17, four in 2017-19
     */
    public static Arbitrary<List<MetricProgress>> metricBlocks(Edition edition) {
        return MetricBlocks.blocks(edition);
    }

    /** @return metric figures as a performance report prints them ({@code [000:20-26]}) */
    public static Arbitrary<MetricFigures> metricFigures() {
        return MetricBlocks.figures();
    }

    /**
     * @param change a change
     * @param period a 2017-19 reporting period
     * @return complete rows: non-decreasing maturity for the current and later quarters, a rationale
     *     when Mature or Exemplary ({@code [000:221]})
     */
    public static Arbitrary<ChangeAssessment> changeAssessments(HighImpactChange change, ReportingPeriod period) {
        return ImpactChanges.change(change, period);
    }

    /**
     * @param period a 2017-19 reporting period
     * @return the Red Bag row, with mitigations when not yet established throughout ({@code [000:239]})
     */
    public static Arbitrary<RedBag> redBags(ReportingPeriod period) {
        return ImpactChanges.redBag(period);
    }

    /**
     * @param period a 2017-19 reporting period
     * @return complete High Impact Change Model sheets: all eight changes and the Red Bag
     */
    public static Arbitrary<HighImpactChangeModel> highImpactChangeModels(ReportingPeriod period) {
        return ImpactChanges.model(period);
    }

    /**
     * @param serviceType a service type
     * @return valid fee rows: a 2017/18 rate above zero and a 2018/19 rate above zero or an uplift ({@code [004:175-181]})
     */
    public static Arbitrary<AverageFee> averageFees(FeeServiceType serviceType) {
        return Fees.fee(serviceType);
    }

    /** @return complete 2018/19 additional iBCF sections ({@code [004:145-182]}) */
    public static Arbitrary<AdditionalIbcf> additionalIbcf() {
        return Fees.section();
    }

    /**
     * @param edition a quarterly-return edition
     * @return non-blank narratives within the edition's limit (32,767 characters in 2016/17, 20,000
     *     for 2017-19 progress); the limit itself is an edge case
     */
    public static Arbitrary<Narrative> narratives(Edition edition) {
        return Narratives.narratives(edition);
    }

    /** @return complete 2016/17 Q4 year-end feedback ({@code [002:2467-2514]}) */
    public static Arbitrary<YearEndFeedback> yearEndFeedback() {
        return YearEnd.feedback();
    }

    /**
     * @param period a 2016/17 reporting period
     * @return complete additional measures ({@code [002:1084-1153]})
     */
    public static Arbitrary<AdditionalMeasures> additionalMeasures(ReportingPeriod period) {
        return DataMeasures.measures(period);
    }

    /** @return valid quarterly returns of every edition and quarter */
    public static Arbitrary<QuarterlyReturn> quarterlyReturns() {
        return Returns.any();
    }

    /**
     * @param edition a quarterly-return edition
     * @return valid returns of any quarter of that edition
     */
    public static Arbitrary<QuarterlyReturn> quarterlyReturns(Edition edition) {
        return Returns.forEdition(edition);
    }

    /**
     * @param period a reporting period of a year with a return template
     * @return valid returns for that period
     * @throws dev.bcfkit.core.UnknownEditionException if no template is known for the period's year
     */
    public static Arbitrary<QuarterlyReturn> quarterlyReturns(ReportingPeriod period) {
        return Returns.forPeriod(period);
    }

    /** @return valid 2014 plan details ({@code [003:13-23]}) */
    public static Arbitrary<PlanDetails> planDetails() {
        return Plans.details();
    }

    /** @return protecting-social-care sections that add up ({@code [003:592-626]}) */
    public static Arbitrary<SocialCareProtection> socialCareProtection() {
        return Plans.socialCare();
    }

    /** @return valid 2014 plans ({@code [003]}) */
    public static Arbitrary<Plan> plans() {
        return Plans.plans();
    }

    /** @return NHS contributions to social care at or above the compounded minimums ({@code [002:673-675]}) */
    public static Arbitrary<SocialCareContribution> socialCareContributions() {
        return PooledBudgets.socialCareShapes().map(PooledBudgets::socialCare);
    }

    /** @return valid 2017-19 pooled budgets ({@code [002:395-517]}) */
    public static Arbitrary<PooledBudget> pooledBudgets() {
        return PooledBudgets.budgets();
    }

    /**
     * @return valid local outcome tables like Mid-Nottinghamshire's Table 1 ({@code [001:35-41]}):
     *     no WARNING, though an outcome may miss its interim target (INFO)
     */
    public static Arbitrary<LocalOutcomeTable> localOutcomeTables() {
        return LocalOutcomeTables.tables();
    }

    /**
     * Valid 2017-19 plans ({@code [002:395-517]}): a valid pooled budget with every answer of the
     * plan given and every rule of the 2017-19 plan met.
     *
     * @return the arbitrary
     */
    public static Arbitrary<PolicyFrameworkPlan> frameworkPlans() {
        return FrameworkPlans.plans();
    }
}
