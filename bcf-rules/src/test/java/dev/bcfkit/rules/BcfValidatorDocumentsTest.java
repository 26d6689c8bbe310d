package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.DistrictCouncil;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.funding.DisabledFacilitiesGrant;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.plan.PlanFixtures;
import dev.bcfkit.rules.pooled.PooledBudgetFixtures;
import dev.bcfkit.rules.returns.ReturnSamples;
import dev.bcfkit.testkit.seeds.SouthendPlan2017To19;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The validator facade for each kind of document: a return, a 2014 plan and a 2017-19 pooled
 * budget each get the shape check and their own rulebook; a null document or a context of another
 * kind is a {@link BcfException} that says which.
 */
class BcfValidatorDocumentsTest {

    private static List<String> lines(Report r) {
        return r.findings().stream().map(f -> f.ruleId() + " " + f.path() + ": " + f.message()).toList();
    }

    @Test
    void theGoldenDocumentsPassTheirRulebooks() {
        BcfValidator v = BcfValidator.create();
        assertEquals(List.of(), v.validate(ReturnSamples.complete2017()).findings());
        Report plan = v.validate(PlanFixtures.golden());
        assertEquals(Edition.PLAN_2014, plan.edition());
        assertEquals(null, plan.period());
        // [003] prints Part 1 only and does not say Part 2 was completed [003:5]: an incomplete plan
        assertEquals(List.of("PLAN-JOINT-ASSESSMENT-PROPORTIONS", "PLAN-JOINT-ASSESSMENT-PROPORTIONS",
                "PLAN-PART2-ANSWERED"), plan.findings().stream().map(Finding::ruleId).toList());
        Report budget = v.validate(PooledBudgetFixtures.southend());
        assertEquals(Edition.POOLED_BUDGET_2017_19, budget.edition());
        // the paper prints no pooled iBCF amount [002:107], [002:128]: a warning per year, no error
        assertEquals(List.of("IBCF-POOLED-RECORDED", "IBCF-POOLED-RECORDED"),
                budget.findings().stream().map(Finding::ruleId).toList());
        assertEquals(false, budget.hasErrors());
        assertEquals(List.of(), v.validate(PooledBudgetFixtures.southendPoolingInFull()).findings());
        assertEquals(List.of(), budget.completion());
    }

    @Test
    void aBrokenPlanIsJudgedByThePlanRules() {
        Report r = BcfValidator.create().validate(PlanFixtures.withRisks(PlanFixtures.golden(), List.of()),
                RuleContext.of(Edition.PLAN_2014, null));
        assertEquals(List.of("PLAN-RISK-RATED /risks: The risk register (section 4) lists no risks"),
                lines(r).stream().filter(l -> l.startsWith("PLAN-RISK")).toList());
    }

    @Test
    void aPooledBudgetWithAnUnnamedDistrictIsAShapeViolationAndItsNegativeShareAnError() {
        Map<DistrictCouncil, Money> passed = new LinkedHashMap<>();
        passed.put(new DistrictCouncil("Ashfield"), Money.pounds(100));
        passed.put(new DistrictCouncil(null), Money.pounds(-5));
        PooledBudget b = PooledBudgetFixtures.withGrants(PooledBudgetFixtures.southendPoolingInFull(), List.of(
                new DisabledFacilitiesGrant(FinancialYear.of(2017), Money.pounds(95), passed, false)));
        assertEquals(List.of(
                "SHAPE-VIOLATION /disabledFacilitiesGrants/0/passedToDistricts/DistrictCouncil[name=null]/name: must"
                        + " not be blank (@NotBlank), found null",
                "POOL-CONTRIBUTIONS-NON-NEGATIVE /disabledFacilitiesGrants/0/passedToDistricts/a district: The"
                        + " Disabled Facilities Grant for 2017/18 passed to a district is negative: -£5"),
                lines(BcfValidator.create().validate(b)).stream()
                        .filter(l -> !l.startsWith("DFG-PASSED-DOWN")).toList());
    }

    @Test
    void aNullDocumentIsNamedInTheException() {
        BcfValidator v = BcfValidator.create();
        assertEquals("return: expected a document to validate, found null", assertThrows(BcfException.class,
                () -> v.validate((QuarterlyReturn) null)).getMessage());
        assertEquals("return: expected a document to validate, found null", assertThrows(BcfException.class,
                () -> v.validate((QuarterlyReturn) null, RuleContext.of(Edition.QUARTERLY_2017_18,
                        ReportingPeriod.parse("2017/18 Q2")))).getMessage());
        assertEquals("plan: expected a document to validate, found null", assertThrows(BcfException.class,
                () -> v.validate((Plan) null)).getMessage());
        assertEquals("plan: expected a document to validate, found null", assertThrows(BcfException.class,
                () -> v.validate((Plan) null, RuleContext.of(Edition.PLAN_2014, null))).getMessage());
        assertEquals("pooled budget: expected a document to validate, found null", assertThrows(BcfException.class,
                () -> v.validate((PooledBudget) null)).getMessage());
        assertEquals("pooled budget: expected a document to validate, found null", assertThrows(BcfException.class,
                () -> v.validate((PooledBudget) null, RuleContext.of(Edition.POOLED_BUDGET_2017_19, null)))
                .getMessage());
        assertEquals("plan: expected a document to validate, found null", assertThrows(BcfException.class,
                () -> v.validate((PolicyFrameworkPlan) null)).getMessage());
        assertEquals("plan: expected a document to validate, found null", assertThrows(BcfException.class,
                () -> v.validate((PolicyFrameworkPlan) null, RuleContext.of(Edition.PLAN_2017_19, null))).getMessage());
        assertEquals("local outcome table: expected a document to validate, found null",
                assertThrows(BcfException.class, () -> v.validate((LocalOutcomeTable) null,
                        RuleContext.of(Edition.LOCAL_OUTCOMES_2016, null))).getMessage());
    }

    @Test
    void aContextOfAnotherKindOrNoneIsRefused() {
        BcfValidator v = BcfValidator.create();
        assertEquals("context: the edition POOLED_BUDGET_2017_19 (" + Edition.POOLED_BUDGET_2017_19.label()
                + ") does not judge a plan", assertThrows(BcfException.class,
                        () -> v.validate(PlanFixtures.golden(), RuleContext.of(Edition.POOLED_BUDGET_2017_19, null)))
                        .getMessage());
        assertEquals("context: the edition PLAN_2014 (" + Edition.PLAN_2014.label() + ") does not judge a pooled"
                + " budget", assertThrows(BcfException.class,
                        () -> v.validate(PooledBudgetFixtures.southend(), RuleContext.of(Edition.PLAN_2014, null)))
                        .getMessage());
        assertEquals("context: the edition POOLED_BUDGET_2017_19 (" + Edition.POOLED_BUDGET_2017_19.label()
                + ") does not judge a plan", assertThrows(BcfException.class,
                        () -> v.validate(SouthendPlan2017To19.plan(), RuleContext.of(Edition.POOLED_BUDGET_2017_19, null)))
                        .getMessage());
        assertEquals("context: expected a rule context, found null", assertThrows(BcfException.class,
                () -> v.validate(PlanFixtures.golden(), (RuleContext) null)).getMessage());
        assertEquals("context: expected a rule context, found null", assertThrows(BcfException.class,
                () -> v.validate(PooledBudgetFixtures.southend(), (RuleContext) null)).getMessage());
        assertEquals("context: a return is judged in a reporting period, found none", assertThrows(BcfException.class,
                () -> v.validate(ReturnSamples.complete2017(), RuleContext.of(Edition.QUARTERLY_2017_18, null)))
                .getMessage());
    }
}
