package dev.bcfkit.testkit;

import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Named defect injectors, at least one for every ERROR rule of bcf-rules (and one for the
 * {@code SHAPE-VIOLATION} findings of Bean Validation). Each takes a valid
 * document (from {@link BcfArbitraries}) and breaks exactly one rule, reporting that rule's id;
 * every other rule stays satisfied, so a validator should report that rule and no other error.
 *
 * <pre>
 * &#64;Property(tries = 200)
 * void everyDefectIsFound(&#64;ForAll("broken") Injected&lt;QuarterlyReturn&gt; injected) {
 *     Report report = BcfValidator.create().validate(injected.broken());
 *     assertFalse(report.findingsOf(injected.ruleId()).isEmpty());
 * }
 *
 * &#64;Provide
 * Arbitrary&lt;Injected&lt;QuarterlyReturn&gt;&gt; broken() {
 *     return Defects.injected(BcfArbitraries.quarterlyReturns(), Defects.forReturns());
 * }
 * </pre>
 *
 * <p>Rule ids are plain strings here: bcf-testkit depends on bcf-core and jqwik only.
 */
public final class Defects {
    /** The income plan's quarters do not add up to the stated annual total ({@code [002:1011]}). */
    public static final Defect<QuarterlyReturn> FIN_ANNUAL_EQUALS_SUM = FinanceDefects.unbalancedAnnualTotal();
    /** The reported quarter's actual differs from its plan and the comment is blank ({@code [002:1027]}). */
    public static final Defect<QuarterlyReturn> FIN_COMMENT_REQUIRED = FinanceDefects.missingDifferenceComment();
    /** The reported quarter's actual is blank ({@code [002:1247]}). */
    public static final Defect<QuarterlyReturn> FIN_ACTUALS_TO_DATE = FinanceDefects.missingActual();
    /** An actual for a quarter after the reported one ({@code [002:1247]}). */
    public static final Defect<QuarterlyReturn> FIN_NO_FUTURE_ACTUALS = FinanceDefects.futureActual();
    /** An amount above 100,000,000 in a 2016/17 return ({@code [002:1195]}). */
    public static final Defect<QuarterlyReturn> FIN_NUMERIC_RANGE = FinanceDefects.outOfRange();
    /** A national condition unanswered ({@code [002:895]}). */
    public static final Defect<QuarterlyReturn> COND_ANSWERED = ConditionDefects.unanswered();
    /** "No - In Progress" where the drop-down does not offer it ({@code [002:2242]}, {@code [000:195]}). */
    public static final Defect<QuarterlyReturn> COND_ANSWER_ALLOWED = ConditionDefects.answerNotAllowed();
    /** A "No" without an explanation ({@code [002:895]}). */
    public static final Defect<QuarterlyReturn> COND_EXPLANATION = ConditionDefects.missingExplanation();
    /** A "No" without an estimated date in 2016/17 Q1-Q3 ({@code [002:895]}). */
    public static final Defect<QuarterlyReturn> COND_EXPECTED_DATE = ConditionDefects.missingExpectedDate();
    /** A condition row missing ({@code [002:896-913]}, {@code [000:196-199]}): an incomplete return, a WARNING. */
    public static final Defect<QuarterlyReturn> COND_LIST = ConditionDefects.missingRow();
    /**
     * A national condition given a second row, where the template prints one row each
     * ({@code [002:896-913]}, {@code [000:196-199]}, {@code [004:47-50]}).
     */
    public static final Defect<QuarterlyReturn> COND_ROW_UNEXPECTED = ConditionDefects.repeatedRow();
    /** The s.75 question unanswered ({@code [002:881]}). */
    public static final Defect<QuarterlyReturn> S75_ANSWERED = ConditionDefects.section75Unanswered();
    /** s.75 "No" without a date ({@code [002:882]}): an incomplete return, a WARNING. */
    public static final Defect<QuarterlyReturn> S75_DATE = ConditionDefects.section75MissingDate();
    /** A cover field blank ({@code [002:858-870]}). */
    public static final Defect<QuarterlyReturn> COVER_REQUIRED = SectionDefects.coverField();
    /** A High Impact Change missing ({@code [000:222-233]}): an incomplete return, a WARNING. */
    public static final Defect<QuarterlyReturn> HICM_ALL_CHANGES = SectionDefects.changeMissing();
    /** A High Impact Change reported twice, where the template prints one row each ({@code [000:222-233]}). */
    public static final Defect<QuarterlyReturn> HICM_CHANGE_DUPLICATE = SectionDefects.changeRepeated();
    /** A change without a maturity for the current quarter ({@code [000:221]}). */
    public static final Defect<QuarterlyReturn> HICM_MATURITY_CURRENT = SectionDefects.currentMaturityMissing();
    /** A change rated Mature without a rationale ({@code [000:221]}). */
    public static final Defect<QuarterlyReturn> HICM_RATIONALE = SectionDefects.rationaleMissing();
    /** Red Bag not established and no alternative mitigations ({@code [000:239]}). */
    public static final Defect<QuarterlyReturn> REDBAG_MITIGATIONS = SectionDefects.redBagMitigations();
    /** The progress narrative over its limit ({@code [002:1161]}, {@code [004:105-107]}). */
    public static final Defect<QuarterlyReturn> TEXT_NARRATIVE_LIMIT = SectionDefects.narrativeTooLong();
    /** The progress narrative blank ({@code [002:1161]}, {@code [000:246]}). */
    public static final Defect<QuarterlyReturn> TEXT_NARRATIVE_REQUIRED = SectionDefects.narrativeBlank();
    /** A fee entered as 0 instead of blank ({@code [004:175]}). */
    public static final Defect<QuarterlyReturn> FEE_BLANK_NOT_ZERO = SectionDefects.feeZero();
    /** A missing 2018/19 fee without an uplift ({@code [004:177-181]}). */
    public static final Defect<QuarterlyReturn> FEE_UPLIFT_REQUIRED = SectionDefects.upliftMissing();
    /** A fee comment over 250 characters ({@code [004:182]}). */
    public static final Defect<QuarterlyReturn> FEE_COMMENT_LIMIT = SectionDefects.feeCommentTooLong();
    /** A fee rate entered as a negative amount (below £0). */
    public static final Defect<QuarterlyReturn> FEE_NUMERIC_RANGE = SectionDefects.feeNegative();
    /** A metric assessment blank ({@code [002:1058]}, {@code [000:207]}). */
    public static final Defect<QuarterlyReturn> METRIC_ASSESSMENT_REQUIRED = SectionDefects.metricAssessment();
    /** A metric block missing ({@code [002:1056-1082]}, {@code [000:207-213]}): an incomplete return, a WARNING. */
    public static final Defect<QuarterlyReturn> METRIC_ALL_REPORTED = SectionDefects.metricMissing();
    /**
     * A metric block given twice, where the template prints one block each ({@code [002:1210]},
     * {@code [000:208-213]}, {@code [004:57-60]}).
     */
    public static final Defect<QuarterlyReturn> METRIC_ROW_UNEXPECTED = SectionDefects.metricRepeated();
    /** A metric assessment from another edition's drop-down ({@code [002:1666]}, {@code [000:213]}). */
    public static final Defect<QuarterlyReturn> METRIC_ASSESSMENT_ALLOWED = MetricDefects.assessmentNotAllowed();
    /** A 2016/17 metric block without commentary ({@code [002:1058]}). */
    public static final Defect<QuarterlyReturn> METRIC_COMMENTARY_REQUIRED = MetricDefects.commentaryMissing();
    /** The patient-experience metric undefined ({@code [002:1073-1074]}). */
    public static final Defect<QuarterlyReturn> METRIC_PATIENT_EXPERIENCE_DEFINED =
            MetricDefects.patientExperienceUndefined();
    /** A change without a maturity for a planned quarter ({@code [000:221]}). */
    public static final Defect<QuarterlyReturn> HICM_MATURITY_PLANNED = SectionDefects.plannedMaturityMissing();
    /** One of the three fee rows missing ({@code [004:177-181]}): an incomplete return, a WARNING. */
    public static final Defect<QuarterlyReturn> FEE_ALL_SERVICES = SectionDefects.feeRowMissing();
    /** A fee service type given twice, where the template prints one row each ({@code [004:178-181]}). */
    public static final Defect<QuarterlyReturn> FEE_SERVICE_DUPLICATE = SectionDefects.feeRowRepeated();
    /** A year-end statement without a response ({@code [002:2473-2482]}). */
    public static final Defect<QuarterlyReturn> YEF_STATEMENTS_ANSWERED = YearEndDefects.statementUnanswered();
    /** Four successes where up to three are asked for ({@code [002:2486]}). */
    public static final Defect<QuarterlyReturn> YEF_AT_MOST_THREE = YearEndDefects.fourSuccesses();
    /** A success without a category ({@code [002:2502]}). */
    public static final Defect<QuarterlyReturn> YEF_CATEGORISED = YearEndDefects.uncategorised();
    /** A section the edition expects missing . */
    public static final Defect<QuarterlyReturn> SECTION_PRESENT = SectionDefects.sectionMissing();
    /** A value outside the model's own bounds, found by Bean Validation ({@code [002:858-864]}). */
    public static final Defect<QuarterlyReturn> SHAPE_VIOLATION = SectionDefects.completedByTooLong();

    /** The agreed pooled budget below the minimum ({@code [003:20-23]}). */
    public static final Defect<Plan> PLAN_AGREED_COVERS_MINIMUM = PlanDefects.belowMinimum();
    /** A CCG's sign-off missing ({@code [003:27-55]}): an incomplete plan, a WARNING. */
    public static final Defect<Plan> PLAN_CCG_SIGN_OFF = PlanDefects.ccgSignOff();
    /** The council's sign-off missing ({@code [003:57-60]}): an incomplete plan, a WARNING. */
    public static final Defect<Plan> PLAN_COUNCIL_SIGN_OFF = PlanDefects.councilSignOff();
    /** The board chair's sign-off missing ({@code [003:62-64]}): an incomplete plan, a WARNING. */
    public static final Defect<Plan> PLAN_BOARD_SIGN_OFF = PlanDefects.boardSignOff();
    /** Agreed at the board after submission ({@code [003:18-19]}). */
    public static final Defect<Plan> PLAN_AGREED_BEFORE_SUBMITTED = PlanDefects.agreedAfterSubmitted();
    /** Protecting-social-care allocations that do not add up ({@code [003:615-620]}). */
    public static final Defect<Plan> PSC_ALLOCATIONS_ADD_UP = PlanDefects.allocationsDoNotAddUp();
    /** A planning unit allocating nothing to protecting social care ({@code [003:615-619]}). */
    public static final Defect<Plan> PSC_EVERY_UNIT_ALLOCATES = PlanDefects.unitAllocatesNothing();
    /** Care Bill funding that does not add up ({@code [003:626]}). */
    public static final Defect<Plan> PSC_CARE_BILL_ADDS_UP = PlanDefects.careBillDoesNotAddUp();
    /** A national condition b) to d) unanswered ({@code [003:628-679]}). */
    public static final Defect<Plan> PLAN_CONDITIONS_ANSWERED = PlanDefects.conditionUnanswered();
    /** A plan detail left blank ({@code [003:13-23]}). */
    public static final Defect<Plan> PLAN_DETAILS_REQUIRED = PlanDefects.detailMissing();
    /** A risk without its rating ({@code [003:681-718]}). */
    public static final Defect<Plan> PLAN_RISK_RATED = PlanDefects.riskUnrated();
    /** A sign-off without who signed ({@code [003:25-64]}): an incomplete plan, a WARNING. */
    public static final Defect<Plan> PLAN_SIGN_OFF_COMPLETE = PlanDefects.signOffIncomplete();
    /** Service provider engagement left blank ({@code [003:68]}): a WARNING. */
    public static final Defect<Plan> PLAN_PROVIDER_ENGAGEMENT = PlanSectionDefects.providerEngagementBlank();
    /** Patient, service user and public engagement left blank ({@code [003:97]}): a WARNING. */
    public static final Defect<Plan> PLAN_PUBLIC_ENGAGEMENT = PlanSectionDefects.publicEngagementBlank();
    /** Aims and objectives left blank ({@code [003:172]}): a WARNING. */
    public static final Defect<Plan> PLAN_VISION_AIMS = PlanSectionDefects.aimsBlank();
    /** The implications for the acute sector left blank ({@code [003:353]}): a WARNING. */
    public static final Defect<Plan> PLAN_ACUTE_IMPACT_DESCRIBED = PlanSectionDefects.acuteImpactBlank();
    /** The implications for the acute sector without a figure ({@code [003:353]}): a derived WARNING. */
    public static final Defect<Plan> PLAN_ACUTE_IMPACT_QUANTIFIED = PlanSectionDefects.acuteImpactUnquantified();
    /** Governance left blank ({@code [003:567]}): a WARNING. */
    public static final Defect<Plan> PLAN_GOVERNANCE = PlanSectionDefects.governanceBlank();
    /** The local definition of protecting social care left blank ({@code [003:594]}): a WARNING. */
    public static final Defect<Plan> PSC_LOCAL_DEFINITION = PlanSectionDefects.localDefinitionBlank();
    /** The NHS Number not the primary identifier and no date when it will be ({@code [003:653]}): a WARNING. */
    public static final Defect<Plan> PLAN_NHS_NUMBER_COMMITMENT = PlanSectionDefects.nhsNumberWithoutDate();
    /** No risk concerning NHS service providers ({@code [003:683]}): a derived WARNING. */
    public static final Defect<Plan> PLAN_RISK_PROVIDER_IMPACT = PlanSectionDefects.noProviderRisk();
    /** Whether Part 2 was completed left blank ({@code [003:5]}): a WARNING. */
    public static final Defect<Plan> PLAN_PART2_ANSWERED = PlanSectionDefects.part2Unanswered();
    /** Part 2 recorded as not completed ({@code [003:5]} "must be completed"). */
    public static final Defect<Plan> PLAN_PART2_COMPLETED = PlanSectionDefects.part2NotCompleted();

    /** The NHS contribution to social care below the uplifted minimum ({@code [002:673-675]}). */
    public static final Defect<PooledBudget> UPLIFT_SOCIAL_CARE_MINIMUM = BudgetDefects.belowSocialCareMinimum();
    /** iBCF not pooled in full ({@code [002:477]}). */
    public static final Defect<PooledBudget> IBCF_POOLED = BudgetDefects.ibcfNotPooled();
    /** iBCF offset against the NHS contribution ({@code [002:471]}). */
    public static final Defect<PooledBudget> IBCF_NOT_OFFSET = BudgetDefects.ibcfOffset();
    /** Funds not pooled via s.75 and no date when they will be ({@code [002:882]}): a WARNING. */
    public static final Defect<PooledBudget> POOL_SECTION_75 = BudgetDefects.notSection75();
    /** A negative contribution ({@code [002:266-274]}). */
    public static final Defect<PooledBudget> POOL_CONTRIBUTIONS_NON_NEGATIVE = BudgetDefects.negativeContribution();
    /** iBCF allocations that do not add up to the stated total ({@code [000:42]}). */
    public static final Defect<PooledBudget> IBCF_ALLOCATIONS_ADD_UP = BudgetDefects.allocationsDoNotAddUp();
    /** iBCF spend forecast that does not reconcile ({@code [000:53]}). */
    public static final Defect<PooledBudget> IBCF_SPEND_RECONCILES = BudgetDefects.spendDoesNotReconcile();

    private Defects() {
    }

    /** A 2016/17 Q2 return submitted after midday on 25 November 2016 ({@code [002:1181]}). */
    public static final Defect<QuarterlyReturn> COVER_SUBMITTED_BY_DEADLINE = ReturnCheckDefects.submittedLate();
    /** 2016/17 condition 2 answered "No" ({@code [002:897]}, {@code [002:929]}): a WARNING. */
    public static final Defect<QuarterlyReturn> COND_SOCIAL_CARE_PROTECTED = ReturnCheckDefects.socialCareNotProtected();
    /** More new PHBs than in place at the end plus stopped ({@code [002:1134-1137]}): a derived WARNING. */
    public static final Defect<QuarterlyReturn> PHB_STOCK_AND_FLOW = ReturnCheckDefects.phbStockAndFlow();
    /** A PHB rate that is not the total per 100,000 population ({@code [002:1134-1140]}): a derived WARNING. */
    public static final Defect<QuarterlyReturn> PHB_RATE_AGREES = ReturnCheckDefects.phbRateDisagrees();
    /** A go-live date neither dd/mm/yy nor "Live" ({@code [002:1123]}, {@code [002:1285]}): a WARNING. */
    public static final Defect<QuarterlyReturn> AM_GO_LIVE_DATE = ReturnCheckDefects.goLiveNotADate();
    /** An average fee including what it should exclude, or the reverse ({@code [004:155-164]}): a WARNING. */
    public static final Defect<QuarterlyReturn> FEE_BASIS = ReturnCheckDefects.feeBasisContrary();
    /** An improved BCF use with none of its three purposes ({@code [002:117]}): a WARNING. */
    public static final Defect<QuarterlyReturn> IBCF_USE_PURPOSE = ReturnCheckDefects.ibcfUseWithoutPurpose();

    /** @return every quarterly-return defect, in rule order */
    public static List<Defect<QuarterlyReturn>> forReturns() {
        return List.of(FIN_ANNUAL_EQUALS_SUM, FIN_COMMENT_REQUIRED, FIN_ACTUALS_TO_DATE, FIN_NO_FUTURE_ACTUALS,
                FIN_NUMERIC_RANGE, COND_ANSWERED, COND_ANSWER_ALLOWED, COND_EXPLANATION, COND_EXPECTED_DATE,
                COND_LIST, COND_ROW_UNEXPECTED, S75_ANSWERED, S75_DATE, COVER_REQUIRED, HICM_ALL_CHANGES, HICM_CHANGE_DUPLICATE,
                HICM_MATURITY_CURRENT,
                HICM_RATIONALE, REDBAG_MITIGATIONS, TEXT_NARRATIVE_LIMIT, TEXT_NARRATIVE_REQUIRED, FEE_BLANK_NOT_ZERO,
                FEE_UPLIFT_REQUIRED, FEE_COMMENT_LIMIT, FEE_NUMERIC_RANGE, FEE_ALL_SERVICES, FEE_SERVICE_DUPLICATE, METRIC_ASSESSMENT_REQUIRED,
                METRIC_ALL_REPORTED, METRIC_ROW_UNEXPECTED,
                METRIC_ASSESSMENT_ALLOWED, METRIC_COMMENTARY_REQUIRED, METRIC_PATIENT_EXPERIENCE_DEFINED,
                HICM_MATURITY_PLANNED, YEF_STATEMENTS_ANSWERED, YEF_AT_MOST_THREE, YEF_CATEGORISED, SECTION_PRESENT,
                SHAPE_VIOLATION, COVER_SUBMITTED_BY_DEADLINE, COND_SOCIAL_CARE_PROTECTED, PHB_STOCK_AND_FLOW,
                PHB_RATE_AGREES, AM_GO_LIVE_DATE, FEE_BASIS, IBCF_USE_PURPOSE);
    }

    /** @return every plan defect */
    public static List<Defect<Plan>> forPlans() {
        return List.of(PLAN_AGREED_COVERS_MINIMUM, PLAN_CCG_SIGN_OFF, PLAN_COUNCIL_SIGN_OFF, PLAN_BOARD_SIGN_OFF,
                PLAN_AGREED_BEFORE_SUBMITTED, PSC_ALLOCATIONS_ADD_UP, PSC_EVERY_UNIT_ALLOCATES, PSC_CARE_BILL_ADDS_UP,
                PLAN_CONDITIONS_ANSWERED, PLAN_DETAILS_REQUIRED, PLAN_RISK_RATED, PLAN_SIGN_OFF_COMPLETE,
                PLAN_PROVIDER_ENGAGEMENT, PLAN_PUBLIC_ENGAGEMENT, PLAN_VISION_AIMS, PLAN_ACUTE_IMPACT_DESCRIBED,
                PLAN_ACUTE_IMPACT_QUANTIFIED, PLAN_GOVERNANCE, PSC_LOCAL_DEFINITION, PLAN_NHS_NUMBER_COMMITMENT,
                PLAN_RISK_PROVIDER_IMPACT, PLAN_PART2_ANSWERED, PLAN_PART2_COMPLETED);
    }

    /** Breaks FPLAN-COVERS-MINIMUM: the 2017/18 minimum of the pooled fund above the contributions. */
    public static final Defect<PolicyFrameworkPlan> FPLAN_COVERS_MINIMUM = FrameworkPlanDefects.belowMinimum();
    /** Breaks FPLAN-CCG-MINIMUM-POOLED: the 2017/18 CCG minimum above the CCG contributions pooled. */
    public static final Defect<PolicyFrameworkPlan> FPLAN_CCG_MINIMUM_POOLED = FrameworkPlanDefects.ccgMinimumNotPooled();
    /** Breaks FPLAN-HOUSING-INVOLVED: housing authorities recorded as not involved. */
    public static final Defect<PolicyFrameworkPlan> FPLAN_HOUSING_INVOLVED = FrameworkPlanDefects.housingNotInvolved();
    /** Breaks FPLAN-IBCF-CONDITIONS-MET: no Section 151 Officer letter. */
    public static final Defect<PolicyFrameworkPlan> FPLAN_IBCF_CONDITIONS_MET = FrameworkPlanDefects.noSection151Letter();
    /** Breaks FPLAN-IBCF-SPENT-ONCE-AGREED: spending before local agreement. */
    public static final Defect<PolicyFrameworkPlan> FPLAN_IBCF_SPENT_ONCE_AGREED = FrameworkPlanDefects.spentBeforeAgreed();

    /** @return every 2017-19 plan defect */
    public static List<Defect<PolicyFrameworkPlan>> forFrameworkPlans() {
        return List.of(FPLAN_COVERS_MINIMUM, FPLAN_CCG_MINIMUM_POOLED, FPLAN_HOUSING_INVOLVED, FPLAN_IBCF_CONDITIONS_MET,
                FPLAN_IBCF_SPENT_ONCE_AGREED);
    }

    /** @return every pooled-budget defect */
    public static List<Defect<PooledBudget>> forPooledBudgets() {
        return List.of(UPLIFT_SOCIAL_CARE_MINIMUM, IBCF_POOLED, IBCF_NOT_OFFSET, POOL_SECTION_75,
                POOL_CONTRIBUTIONS_NON_NEGATIVE, IBCF_ALLOCATIONS_ADD_UP, IBCF_SPEND_RECONCILES);
    }

    /**
     * The local outcome table's defects ({@code [001:29-41]}): a blanked figure, a reduction said to
     * be better when higher, a reduction target above 100%, a trend that contradicts the figures, a
     * missed interim target and a trend copied from another measure's row.
     *
     * @return every local-outcome defect
     */
    public static List<Defect<LocalOutcomeTable>> forLocalOutcomeTables() {
        return List.of(OutcomeDefects.figureBlanked(), OutcomeDefects.directionReversed(),
                OutcomeDefects.reductionOverAHundred(), OutcomeDefects.trendReversed(), OutcomeDefects.targetMissed(),
                OutcomeDefects.trendOfAnotherMeasure());
    }

    /**
     * Valid documents with one of the defects injected: a document is drawn, then one of the
     * defects that apply to it, then the broken variant. Documents no defect applies to are
     * skipped. Shrinks the document, the choice of defect and the defect's own choices.
     *
     * @param valid valid documents, such as {@link BcfArbitraries#quarterlyReturns()}
     * @param defects the defects to choose from
     * @param <T> the document type
     * @return broken documents with the defect and the original
     */
    public static <T> Arbitrary<Injected<T>> injected(Arbitrary<T> valid, List<Defect<T>> defects) {
        List<Defect<T>> choices = List.copyOf(defects);
        return valid.filter(v -> choices.stream().anyMatch(d -> d.appliesTo(v))).flatMap(v -> {
            List<Defect<T>> applicable = new ArrayList<>();
            for (Defect<T> d : choices) {
                if (d.appliesTo(v)) {
                    applicable.add(d);
                }
            }
            return Arbitraries.of(applicable).flatMap(d -> d.inject(v).map(broken -> new Injected<>(d, v, broken)));
        });
    }

    /**
     * Valid documents with one given defect injected, skipping documents it does not apply to.
     *
     * @param valid valid documents
     * @param defect the defect
     * @param <T> the document type
     * @return broken documents
     */
    public static <T> Arbitrary<Injected<T>> injected(Arbitrary<T> valid, Defect<T> defect) {
        return valid.filter(defect::appliesTo)
                .flatMap(v -> defect.inject(v).map(broken -> new Injected<>(defect, v, broken)));
    }
}
