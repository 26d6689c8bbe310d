package dev.bcfkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.testkit.BcfArbitraries;
import dev.bcfkit.testkit.Defects;
import dev.bcfkit.testkit.Injected;
import dev.bcfkit.testkit.ValidReturns;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The README's "Property-testing your code with bcf-testkit" example, runnable: a council's own
 * code (a spending variance for its finance dashboard, and a gate that holds back returns that
 * are incomplete or have errors) property-tested against generated Better Care Fund returns.
 */
class PropertyTestingExampleProperties {
    private static final BcfValidator VALIDATOR = BcfValidator.create();

    /** Your code: actual expenditure to date minus forecast expenditure to date (2016/17 returns). */
    static Money spendingVarianceToDate(QuarterlyReturn r) {
        List<Money> differences = new ArrayList<>();
        for (Quarter q : Quarter.values()) {
            if (q.compareTo(r.period().quarter()) <= 0) {
                var expenditure = r.incomeAndExpenditure().expenditure();
                differences.add(expenditure.actual().get(q).minus(expenditure.forecast().get(q)));
            }
        }
        return Money.sum(differences);
    }

    /** Your code: a return may be sent to NHS England only when it is complete and has no error. */
    static boolean readyToSubmit(QuarterlyReturn r) {
        return VALIDATOR.validate(r).isReadyToSubmit();
    }

    // 1. @ForAll just works for bcfkit types: valid returns of every edition and quarter.
    @Property(tries = 100)
    void validReturnsAreReadyToSubmit(@ForAll QuarterlyReturn r) {
        assertTrue(readyToSubmit(r));
    }

    // 2. Pick an edition and quarter with a named supplier.
    @Property(tries = 100)
    void atYearEndTheSpendingVarianceIsZero(@ForAll(supplier = ValidReturns.Q4_2016_17.class) QuarterlyReturn r) {
        // Q4 actuals and forecasts both add up to the pooled fund.
        assertEquals(Money.ZERO, spendingVarianceToDate(r));
    }

    @Property(tries = 100)
    void returnsSurviveJson(@ForAll(supplier = ValidReturns.Q2_2017_18.class) QuarterlyReturn r) {
        BcfJson json = BcfJson.strict();
        assertEquals(r, json.read(json.write(r), QuarterlyReturn.class));
    }

    // 3. Break a valid return on purpose: each defect breaks one rule and says which; a defect that
    //    breaks an ERROR rule holds the return back (a WARNING, such as a blank explanation, does not).
    @Property(tries = 200)
    void brokenReturnsAreReportedAndErrorsHeldBack(@ForAll("brokenReturns") Injected<QuarterlyReturn> injected) {
        Report report = VALIDATOR.validate(injected.broken());
        List<Finding> findings = report.findingsOf(injected.ruleId());
        assertFalse(findings.isEmpty(), injected.defect().toString());
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            assertFalse(readyToSubmit(injected.broken()), injected.defect().toString());
        }
    }

    @Provide
    Arbitrary<Injected<QuarterlyReturn>> brokenReturns() {
        return Defects.injected(BcfArbitraries.quarterlyReturns(), Defects.forReturns());
    }

    // 4. Plain values too: amounts of £0 to £100,000,000 with 0 to 2 decimals (0, 0.01 and the maximum are edge cases).
    @Property
    void amountsPrintWithAPoundSign(@ForAll Money m) {
        assertTrue(m.format().startsWith("£"));
        assertEquals(m, Money.parse(m.toString()));
    }
}
