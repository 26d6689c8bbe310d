package dev.bcfkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.funding.ContributionSource;
import dev.bcfkit.core.funding.DisabledFacilitiesGrant;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.funding.SocialCareContribution;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricUnit;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The generators produce valid documents of every edition, as {@link Invariants} states validity,
 * and {@code @ForAll} works for the bcfkit types through {@link BcfArbitraryProvider}.
 */
class BcfArbitrariesProperties {

    @Property(tries = 50)
    void q1Returns2016Are2016Q1AndValid(@ForAll(supplier = ValidReturns.Q1_2016_17.class) QuarterlyReturn r) {
        assertEquals(ReportingPeriod.of(FinancialYear.of(2016), Quarter.Q1), r.period());
        assertEquals(12, r.nationalConditions().size());
        assertNull(r.incomeAndExpenditure().previouslyReturned());
        assertEquals(List.of(), Invariants.violations(r));
    }

    @Property(tries = 50)
    void q2AndQ3Returns2016CarryEarlierAnswersAndAreValid(
            @ForAll(supplier = ValidReturns.Q2_2016_17.class) QuarterlyReturn q2,
            @ForAll(supplier = ValidReturns.Q3_2016_17.class) QuarterlyReturn q3) {
        assertEquals(Set.of(Quarter.Q1), q2.nationalConditions().get(0).previousResponses().keySet());
        assertEquals(Set.of(Quarter.Q1, Quarter.Q2), q3.nationalConditions().get(0).previousResponses().keySet());
        assertNotNull(q2.incomeAndExpenditure().previouslyReturned());
        assertEquals(List.of(), Invariants.violations(q2));
        assertEquals(List.of(), Invariants.violations(q3));
    }

    @Property(tries = 50)
    void q4Returns2016HaveYearEndFeedbackAndFullActuals(@ForAll(supplier = ValidReturns.Q4_2016_17.class) QuarterlyReturn r) {
        assertEquals(7, r.yearEndFeedback().statements().size());
        assertTrue(r.yearEndFeedback().successes().size() <= 3 && r.yearEndFeedback().challenges().size() <= 3);
        assertEquals(r.incomeAndExpenditure().pooledFund(), r.incomeAndExpenditure().income().actual().annualTotal());
        assertEquals(List.of(), Invariants.violations(r));
    }

    @Property(tries = 50)
    void returns2017HaveTheHighImpactChangeModelAndNoIbcfSection(
            @ForAll(supplier = ValidReturns.ANY_2017_18.class) QuarterlyReturn r) {
        assertEquals(Edition.QUARTERLY_2017_18, r.edition());
        assertEquals(4, r.nationalConditions().size());
        assertEquals(5 - r.period().quarter().number(),
                r.highImpactChangeModel().changes().get(0).maturity().size());
        assertNull(r.additionalIbcf());
        assertEquals(List.of(), Invariants.violations(r));
    }

    @Property(tries = 50)
    void returns2018HaveTheThreeFees(@ForAll(supplier = ValidReturns.Q2_2018_19.class) QuarterlyReturn r) {
        assertEquals(Edition.QUARTERLY_2018_19, r.edition());
        assertEquals(3, r.additionalIbcf().fees().size());
        assertTrue(r.additionalIbcf().allocation().signum() > 0);
        assertEquals(List.of(), Invariants.violations(r));
    }

    @Property(tries = 100)
    void everyEditionAndQuarterIsGenerated(@ForAll QuarterlyReturn r) {
        assertEquals(List.of(), Invariants.violations(r));
    }

    @Property(tries = 100)
    void plansAreValid(@ForAll Plan p) {
        PlanDetails d = p.details();
        assertTrue(d.ccgs().size() >= 1 && d.ccgs().size() <= 8);
        assertFalse(d.dateAgreedAtBoard().isAfter(d.dateSubmitted()));
        for (FinancialYear y : List.of(FinancialYear.of(2014), FinancialYear.of(2015))) {
            assertFalse(d.agreedPooledBudget().get(y).isLessThan(d.minimumPooledBudget().get(y)));
            assertEquals(p.socialCareProtection().total().get(y), Money.sum(p.socialCareProtection().allocations()
                    .stream().map(a -> a.amounts().get(y)).toList()));
        }
        Set<String> ccgSigned = p.signOffs().stream().filter(s -> s.bodyType() == BodyType.CCG).map(SignOff::body)
                .collect(Collectors.toSet());
        assertEquals(d.ccgs().stream().map(c -> c.name()).collect(Collectors.toSet()), ccgSigned);
        assertEquals(1, p.signOffs().stream().filter(s -> s.bodyType() == BodyType.COUNCIL).count());
        assertEquals(1, p.signOffs().stream().filter(s -> s.bodyType() == BodyType.HEALTH_AND_WELLBEING_BOARD).count());
        assertTrue(p.signOffs().stream().noneMatch(s -> s.date().isAfter(d.dateAgreedAtBoard())));
        var bill = p.socialCareProtection().careBill();
        assertEquals(bill.statedTotal(), bill.revenue().plus(bill.capital()));
    }

    @Property(tries = 100)
    void pooledBudgetsMeetTheCompoundedMinimums(@ForAll PooledBudget b) {
        SocialCareContribution care = b.socialCare();
        Money min17 = care.baseline().times(new BigDecimal("1.0179"), 0, RoundingMode.HALF_UP);
        Money min18 = min17.times(new BigDecimal("1.019"), 0, RoundingMode.HALF_UP);
        Money first = care.planned().get(FinancialYear.of(2017));
        Money second = care.planned().get(FinancialYear.of(2018));
        assertFalse(first.isLessThan(care.frontloaded() ? min18 : min17));
        assertFalse(second.isLessThan(min18));
        assertTrue(care.fundedFromIbcf().values().stream().allMatch(Money::isZero));
        assertEquals(b.improvedBcf().allocations(), b.improvedBcf().pooled());
        assertEquals(b.improvedBcf().statedTotal(), Money.sum(b.improvedBcf().allocations().values()));
        assertEquals(dev.bcfkit.core.YesNo.YES, b.pooledViaSection75());
        for (DisabledFacilitiesGrant g : b.disabledFacilitiesGrants()) {
            if (b.localAuthority().tier() == dev.bcfkit.core.LocalAuthority.Tier.UPPER_TIER) {
                assertEquals(g.allocation(), g.totalPassedToDistricts());
            }
        }
        assertTrue(b.contributions().stream().anyMatch(c -> c.source() == ContributionSource.CCG_MINIMUM));
    }

    @Property(tries = 200)
    void moneyIsWithinTheCellRangeWithAtMostTwoDecimals(@ForAll Money m) {
        assertTrue(m.signum() >= 0 && !m.isGreaterThan(Money.pounds(100_000_000)));
        assertTrue(m.amount().scale() >= 0 && m.amount().scale() <= 2);
    }

    @Property(tries = 200)
    void boundedMoneyStaysInItsBounds(@ForAll("fees") Money m) {
        assertTrue(!m.isLessThan(Money.pounds(10)) && !m.isGreaterThan(Money.pounds(40)));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Money> fees() {
        return BcfArbitraries.money(Money.pounds(10), Money.pounds(40));
    }

    @Property(tries = 10, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void metricFiguresCarryUnitsStatedOrNotMatchingOrNot(
            @ForAll("figureBatches") List<MetricFigures> batch) {
        Set<MetricUnit> targetUnits = batch.stream()
                .map(MetricFigures::targetUnit).filter(u -> u != null)
                .collect(Collectors.toSet());
        assertTrue(targetUnits.size() >= 3, "several units in " + targetUnits);
        assertTrue(batch.stream().anyMatch(f -> f.targetUnit() == null), "some figures state no unit");
        assertTrue(batch.stream().anyMatch(f -> f.targetUnit() == f.actualUnit()), "mostly in one unit");
        assertTrue(batch.stream().anyMatch(f -> f.targetUnit() != f.actualUnit()), "sometimes in two units");
        for (MetricFigures f : batch) {
            assertNotNull(f.target());
            assertNotNull(f.actual());
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<MetricFigures>> figureBatches() {
        return BcfArbitraries.metricFigures().list().ofSize(200);
    }
}
