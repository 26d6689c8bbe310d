package dev.bcfkit.rules.pooled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.funding.SocialCareContribution;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.calc.SocialCareUplift;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the 2017-19 pooled-budget rules over generated baselines, contributions,
 * allocations and tolerances.
 */
class PooledBudgetRulesProperties {

    @Property
    void contributionsAtOrAboveTheComputedMinimumsNeverFire(
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long baselinePence,
            @ForAll boolean frontloaded,
            @ForAll @LongRange(min = 0, max = 1_000_000) long extra2017,
            @ForAll @LongRange(min = 0, max = 1_000_000) long extra2018) {
        Money baseline = Money.of(BigDecimal.valueOf(baselinePence, 2));
        SocialCareUplift.Minimums m = SocialCareUplift.minimums(baseline, frontloaded);
        PooledBudget b = budget(baseline, frontloaded, m.year2017to18().plus(Money.pounds(extra2017)),
                m.year2018to19().plus(Money.pounds(extra2018)));
        assertEquals(List.of(), PooledBudgetFixtures.run("UPLIFT-SOCIAL-CARE-MINIMUM", b));
    }

    @Property
    void aContributionBelowTheMinimumFiresWithItsShortfall(
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long baselinePence,
            @ForAll boolean frontloaded,
            @ForAll @LongRange(min = 1, max = 1_000_000) long shortfall) {
        Money baseline = Money.of(BigDecimal.valueOf(baselinePence, 2));
        SocialCareUplift.Minimums m = SocialCareUplift.minimums(baseline, frontloaded);
        PooledBudget b = budget(baseline, frontloaded, m.year2017to18().minus(Money.pounds(shortfall)),
                m.year2018to19());
        List<Finding> f = PooledBudgetFixtures.run("UPLIFT-SOCIAL-CARE-MINIMUM", b);
        assertEquals(1, f.size(), f::toString);
        assertEquals("/socialCare/planned/2017~118", f.get(0).path());
        assertTrue(f.get(0).message().contains("below the minimum of " + m.year2017to18().format()), f::toString);
        assertTrue(f.get(0).message().endsWith(") by " + Money.pounds(shortfall).format()), f::toString);
    }

    @Property
    void allocationsSummingExactlyNeverFire(
            @ForAll @Size(min = 1, max = 5) List<@LongRange(min = 0, max = 10_000_000_000L) Long> allocations,
            @ForAll @IntRange(min = 0, max = 5) int tolerance) {
        long sum = allocations.stream().mapToLong(Long::longValue).sum();
        PooledBudget b = withAllocations(allocations, sum);
        RuleContext ctx = PooledBudgetFixtures.context().withRoundingTolerance(Money.pounds(tolerance));
        assertEquals(List.of(), PooledBudgetFixtures.run("IBCF-ALLOCATIONS-ADD-UP", b, ctx));
        assertEquals(List.of(), PooledBudgetFixtures.run("IBCF-ALLOCATIONS-ROUNDING", b, ctx));
    }

    @Property
    void anAllocationDifferenceWithinToleranceIsInfoAndBeyondIsError(
            @ForAll @Size(min = 1, max = 5) List<@LongRange(min = 0, max = 10_000_000_000L) Long> allocations,
            @ForAll @LongRange(min = -30, max = 30) long d,
            @ForAll @IntRange(min = 0, max = 5) int tolerance) {
        long sum = allocations.stream().mapToLong(Long::longValue).sum();
        PooledBudget b = withAllocations(allocations, sum + d);
        RuleContext ctx = PooledBudgetFixtures.context().withRoundingTolerance(Money.pounds(tolerance));
        List<Finding> f = PooledBudgetFixtures.runAll(b, ctx).stream()
                .filter(x -> x.ruleId().startsWith("IBCF-ALLOCATIONS")).toList();
        long allowed = stated(sum + d) + allocations.stream().mapToLong(a -> addend(a, tolerance)).sum();
        assertReconciled(f, d, allowed, "IBCF-ALLOCATIONS-ROUNDING", "IBCF-ALLOCATIONS-ADD-UP");
    }

    @Property
    void aSpendDifferenceWithinToleranceIsInfoAndBeyondIsError(
            @ForAll @LongRange(min = 0, max = 100_000_000) long forecast,
            @ForAll @LongRange(min = 0, max = 10_000_000) long oneOff,
            @ForAll @LongRange(min = -12, max = 12) long d,
            @ForAll @IntRange(min = 0, max = 5) int tolerance) {
        FinancialYear y = PooledBudgetFixtures.Y2017_18;
        ImprovedBcf i = new ImprovedBcf(new TreeMap<>(), null, new TreeMap<>(), false, new ImprovedBcf.SpendForecast(y,
                Money.pounds(forecast + oneOff + d), Money.pounds(forecast), Money.pounds(oneOff)));
        PooledBudget b = PooledBudgetFixtures.withImprovedBcf(PooledBudgetFixtures.southend(), i);
        RuleContext ctx = PooledBudgetFixtures.context().withRoundingTolerance(Money.pounds(tolerance));
        List<Finding> f = PooledBudgetFixtures.runAll(b, ctx).stream()
                .filter(x -> x.ruleId().startsWith("IBCF-SPEND")).toList();
        long allowed = stated(forecast + oneOff + d) + addend(forecast, tolerance) + addend(oneOff, tolerance);
        assertReconciled(f, d, allowed, "IBCF-SPEND-ROUNDING", "IBCF-SPEND-RECONCILES");
    }

    /** A figure that is a round £10,000 is read as given to £0.01m ([000:42]): it may be out by £5,000. */
    private static boolean toAHundredthOfAMillion(long figure) {
        return figure != 0 && figure % 10_000 == 0;
    }

    private static long addend(long figure, long tolerance) {
        return toAHundredthOfAMillion(figure) ? 5_000 : tolerance;
    }

    private static long stated(long figure) {
        return toAHundredthOfAMillion(figure) ? 5_000 : 0;
    }

    @Property
    void figuresGivenToAHundredthOfAMillionReconcileWithinFiveThousandEach(
            @ForAll @Size(min = 1, max = 4) List<@LongRange(min = 1, max = 5_000) Long> hundredths,
            @ForAll @LongRange(min = -30_000, max = 30_000) long d) {
        // [000:42]: "£16.06m" etc. against "£64.13m"; d is how far the stated total is off, in pounds
        List<Long> allocations = hundredths.stream().map(h -> h * 10_000).toList();
        long sum = allocations.stream().mapToLong(Long::longValue).sum();
        PooledBudget b = withAllocations(allocations, sum + d);
        List<Finding> f = PooledBudgetFixtures.runAll(b, PooledBudgetFixtures.context()).stream()
                .filter(x -> x.ruleId().startsWith("IBCF-ALLOCATIONS")).toList();
        assertReconciled(f, d, 5_000L * allocations.size() + stated(sum + d), "IBCF-ALLOCATIONS-ROUNDING",
                "IBCF-ALLOCATIONS-ADD-UP");
    }

    private static void assertReconciled(List<Finding> f, long d, long allowed, String info, String error) {
        if (d == 0) {
            assertEquals(List.of(), f);
            return;
        }
        assertEquals(1, f.size(), f::toString);
        boolean rounding = Math.abs(d) <= allowed;
        assertEquals(rounding ? info : error, f.get(0).ruleId());
        assertEquals(rounding ? Severity.INFO : Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("a difference of " + Money.pounds(Math.abs(d)).format() + ", "),
                f::toString);
    }

    private static PooledBudget budget(Money baseline, boolean frontloaded, Money planned2017, Money planned2018) {
        SortedMap<FinancialYear, Money> planned = new TreeMap<>();
        planned.put(PooledBudgetFixtures.Y2017_18, planned2017);
        planned.put(PooledBudgetFixtures.Y2018_19, planned2018);
        return PooledBudgetFixtures.withSocialCare(PooledBudgetFixtures.southend(),
                new SocialCareContribution(baseline, frontloaded, planned, new TreeMap<>()));
    }

    private static PooledBudget withAllocations(List<Long> allocations, long statedTotal) {
        SortedMap<FinancialYear, Money> byYear = new TreeMap<>();
        for (int i = 0; i < allocations.size(); i++) {
            byYear.put(FinancialYear.of(2017 + i), Money.pounds(allocations.get(i)));
        }
        ImprovedBcf i = new ImprovedBcf(byYear, Money.pounds(statedTotal), byYear, false, null);
        return PooledBudgetFixtures.withImprovedBcf(PooledBudgetFixtures.southend(), i);
    }
}
