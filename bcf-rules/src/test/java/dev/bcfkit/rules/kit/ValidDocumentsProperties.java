package dev.bcfkit.rules.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Report;
import dev.bcfkit.testkit.ValidPlans;
import dev.bcfkit.testkit.ValidPooledBudgets;
import dev.bcfkit.testkit.ValidReturns;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The law between bcf-testkit and bcf-rules: every document the testkit calls valid has no ERROR
 * finding and every return is complete, so ready to submit, in every edition and quarter (a valid
 * document may still carry a warning, such as a condition that regressed since last quarter). A
 * failure here means the generator or a rule is wrong.
 */
class ValidDocumentsProperties {
    private static final BcfValidator VALIDATOR = BcfValidator.create();

    private static void noErrors(Report report) {
        assertEquals(List.of(), Errors.of(report), () -> "errors in a valid document:" + Errors.describe(report));
        assertTrue(report.isComplete(), () -> "a valid document is incomplete: " + report.completion());
        assertTrue(report.isReadyToSubmit());
    }

    @Property(tries = 100)
    void returns2016HaveNoErrors(@ForAll(supplier = ValidReturns.ANY_2016_17.class) QuarterlyReturn r) {
        noErrors(VALIDATOR.validate(r));
    }

    @Property(tries = 50)
    void q4Returns2016HaveNoErrors(@ForAll(supplier = ValidReturns.Q4_2016_17.class) QuarterlyReturn r) {
        noErrors(VALIDATOR.validate(r));
    }

    @Property(tries = 100)
    void returns2017HaveNoErrors(@ForAll(supplier = ValidReturns.ANY_2017_18.class) QuarterlyReturn r) {
        noErrors(VALIDATOR.validate(r));
    }

    @Property(tries = 100)
    void returns2018HaveNoErrors(@ForAll(supplier = ValidReturns.ANY_2018_19.class) QuarterlyReturn r) {
        noErrors(VALIDATOR.validate(r));
    }

    @Property(tries = 100)
    void plansHaveNoErrors(@ForAll(supplier = ValidPlans.PLAN_2014.class) Plan p) {
        noErrors(VALIDATOR.validate(p));
    }

    @Property(tries = 100)
    void pooledBudgetsHaveNoErrors(@ForAll(supplier = ValidPooledBudgets.POLICY_2017_19.class) PooledBudget b) {
        noErrors(VALIDATOR.validate(b));
    }

    @Property(tries = 100)
    void theDefaultArbitrariesAreValidToo(@ForAll QuarterlyReturn r, @ForAll Plan p, @ForAll PooledBudget b) {
        noErrors(VALIDATOR.validate(r));
        noErrors(VALIDATOR.validate(p));
        noErrors(VALIDATOR.validate(b));
    }
}
