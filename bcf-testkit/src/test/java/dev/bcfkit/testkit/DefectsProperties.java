package dev.bcfkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The defect injectors' own contract, without a validator: each changes the document it is given,
 * names a rule, applies to some edition, and refuses documents it does not apply to. That each
 * breaks exactly its rule is checked against the real rules in bcf-rules (dev.bcfkit.rules.kit).
 */
class DefectsProperties {

    @Property(tries = 200)
    void aReturnDefectChangesTheReturn(@ForAll("brokenReturns") Injected<QuarterlyReturn> injected) {
        assertNotEquals(injected.valid(), injected.broken(), injected.defect().toString());
        assertTrue(injected.ruleId().matches("[A-Z0-9]+(-[A-Z0-9]+)+"), injected.ruleId());
    }

    @Property(tries = 50)
    void aPlanOrBudgetDefectChangesTheDocument(@ForAll("brokenPlans") Injected<Plan> plan,
            @ForAll("brokenBudgets") Injected<PooledBudget> budget) {
        assertNotEquals(plan.valid(), plan.broken(), plan.defect().toString());
        assertNotEquals(budget.valid(), budget.broken(), budget.defect().toString());
    }

    @Provide
    Arbitrary<Injected<QuarterlyReturn>> brokenReturns() {
        return Defects.injected(BcfArbitraries.quarterlyReturns(), Defects.forReturns());
    }

    @Provide
    Arbitrary<Injected<Plan>> brokenPlans() {
        return Defects.injected(BcfArbitraries.plans(), Defects.forPlans());
    }

    @Provide
    Arbitrary<Injected<PooledBudget>> brokenBudgets() {
        return Defects.injected(BcfArbitraries.pooledBudgets(), Defects.forPooledBudgets());
    }

    @Example
    void everyReturnDefectAppliesToSomeGeneratedReturn() {
        List<QuarterlyReturn> sample = BcfArbitraries.quarterlyReturns().sampleStream().limit(400).toList();
        Set<String> unused = new HashSet<>();
        for (Defect<QuarterlyReturn> d : Defects.forReturns()) {
            if (sample.stream().noneMatch(d::appliesTo)) {
                unused.add(d.ruleId());
            }
        }
        assertEquals(Set.of(), unused);
    }

    @Example
    void aFeeDefectRefusesA2016Return() {
        QuarterlyReturn r2016 = BcfArbitraries.quarterlyReturns(ReportingPeriod.of(FinancialYear.of(2016), Quarter.Q1))
                .sample();
        assertFalse(Defects.FEE_COMMENT_LIMIT.appliesTo(r2016));
        assertThrows(IllegalArgumentException.class, () -> Defects.FEE_COMMENT_LIMIT.inject(r2016));
    }

    @Example
    void theNarrativeDefectGoesOneCharacterOverTheLimit() {
        QuarterlyReturn valid = BcfArbitraries.quarterlyReturns(ReportingPeriod.of(FinancialYear.of(2016), Quarter.Q3))
                .sample();
        QuarterlyReturn broken = Defects.TEXT_NARRATIVE_LIMIT.inject(valid).sample();
        assertEquals(32_768, broken.narrative().progress().length());
    }

    @Example
    void theSocialCareDefectIsAThousandPoundsBelowTheCompoundedMinimum() {
        PooledBudget valid = BcfArbitraries.pooledBudgets().sample();
        PooledBudget broken = Defects.UPLIFT_SOCIAL_CARE_MINIMUM.inject(valid).sample();
        Money baseline = valid.socialCare().baseline();
        Money minimum = valid.socialCare().frontloaded() ? PooledBudgets.minimum2018(baseline)
                : PooledBudgets.minimum2017(baseline);
        assertEquals(minimum.minus(Money.pounds(1_000)), broken.socialCare().planned().get(FinancialYear.of(2017)));
    }
}
