package dev.bcfkit.testkit;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.Contribution;
import dev.bcfkit.core.funding.ContributionSource;
import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.funding.SocialCareContribution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Defects in a 2017-19 pooled budget ({@code [002:395-517]}, {@code [002:667-688]}).
 */
final class BudgetDefects {
    private static final Money STEP = Money.pounds(1_000);

    private BudgetDefects() {
    }

    private static PooledBudget with(PooledBudget b, List<Contribution> contributions, YesNo s75, LocalDate date,
            SocialCareContribution care, ImprovedBcf ibcf) {
        return new PooledBudget(b.healthAndWellbeingBoard(), b.localAuthority(), contributions, s75, date, care, ibcf,
                b.disabledFacilitiesGrants());
    }

    private static List<Contribution> adjusted(List<Contribution> contributions, ContributionSource source,
            FinancialYear year, Money delta) {
        List<Contribution> copy = new ArrayList<>();
        for (Contribution c : contributions) {
            copy.add(c.source() == source && c.year().equals(year) && c.amount() != null
                    ? new Contribution(source, year, c.amount().plus(delta), c.contributor()) : c);
        }
        return copy;
    }

    /** @return the 2017/18 NHS contribution to social care £1,000 below its minimum */
    static Defect<PooledBudget> belowSocialCareMinimum() {
        return Defect.of("UPLIFT-SOCIAL-CARE-MINIMUM",
                "2017/18 NHS contribution to adult social care £1,000 below the uplifted minimum",
                b -> b.socialCare() != null && b.socialCare().baseline() != null, b -> {
                    SocialCareContribution c = b.socialCare();
                    Money minimum = c.frontloaded() ? PooledBudgets.minimum2018(c.baseline())
                            : PooledBudgets.minimum2017(c.baseline());
                    SortedMap<FinancialYear, Money> planned = new TreeMap<>(c.planned());
                    planned.put(PooledBudgets.Y2017, minimum.minus(STEP));
                    return with(b, b.contributions(), b.pooledViaSection75(), b.expectedPoolingDate(),
                            new SocialCareContribution(c.baseline(), c.frontloaded(), planned, c.fundedFromIbcf()),
                            b.improvedBcf());
                });
    }

    /** @return £1,000 of the 2017/18 iBCF not pooled */
    static Defect<PooledBudget> ibcfNotPooled() {
        return Defect.of("IBCF-POOLED", "£1,000 of the 2017/18 improved BCF grant not pooled",
                b -> b.improvedBcf() != null && b.improvedBcf().pooled().get(PooledBudgets.Y2017) != null, b -> {
                    ImprovedBcf i = b.improvedBcf();
                    SortedMap<FinancialYear, Money> pooled = new TreeMap<>(i.pooled());
                    pooled.put(PooledBudgets.Y2017, pooled.get(PooledBudgets.Y2017).minus(STEP));
                    return with(b, adjusted(b.contributions(), ContributionSource.IMPROVED_BCF, PooledBudgets.Y2017,
                            STEP.negate()), b.pooledViaSection75(), b.expectedPoolingDate(), b.socialCare(),
                            new ImprovedBcf(i.allocations(), i.statedTotal(), pooled, i.ministerialExemption(),
                                    i.spendForecast()));
                });
    }

    /**
     * @return the whole 2017/18 contribution to social care funded from the iBCF, so that the NHS's own
     *     part is nil and below the minimum: the offset {@code [002:471]} forbids
     */
    static Defect<PooledBudget> ibcfOffset() {
        return Defect.of("IBCF-NOT-OFFSET",
                "the whole 2017/18 contribution to social care funded from the iBCF, so the NHS part is below the"
                        + " minimum",
                b -> b.socialCare() != null && b.socialCare().baseline() != null
                        && b.socialCare().baseline().signum() > 0
                        && b.socialCare().planned().get(PooledBudgets.Y2017) != null
                        && b.socialCare().planned().get(PooledBudgets.Y2017).signum() > 0, b -> {
                    SocialCareContribution c = b.socialCare();
                    SortedMap<FinancialYear, Money> fromIbcf = new TreeMap<>(c.fundedFromIbcf());
                    fromIbcf.put(PooledBudgets.Y2017, c.planned().get(PooledBudgets.Y2017));
                    return with(b, b.contributions(), b.pooledViaSection75(), b.expectedPoolingDate(),
                            new SocialCareContribution(c.baseline(), c.frontloaded(), c.planned(), fromIbcf),
                            b.improvedBcf());
                });
    }

    /** @return funds not pooled via a s.75 agreement, and no date when they will be */
    static Defect<PooledBudget> notSection75() {
        return Defect.of("POOL-SECTION-75", "funds not pooled via a s.75 agreement (answered No, no date given)",
                b -> true, b -> with(b, b.contributions(), YesNo.NO, null, b.socialCare(), b.improvedBcf()));
    }

    /** @return an additional local authority contribution of minus £1,000 */
    static Defect<PooledBudget> negativeContribution() {
        return Defect.of("POOL-CONTRIBUTIONS-NON-NEGATIVE", "an additional local authority contribution of -£1,000",
                b -> true, b -> {
                    List<Contribution> contributions = new ArrayList<>(b.contributions());
                    contributions.add(new Contribution(ContributionSource.ADDITIONAL_LOCAL_AUTHORITY,
                            PooledBudgets.Y2017, STEP.negate(), b.localAuthority().name()));
                    return with(b, contributions, b.pooledViaSection75(), b.expectedPoolingDate(), b.socialCare(),
                            b.improvedBcf());
                });
    }

    /**
     * @return the iBCF's stated total more than its allocations by £1 beyond £5,000 per figure, more than
     *     rounding explains even for figures given to £0.01m ([000:42])
     */
    static Defect<PooledBudget> allocationsDoNotAddUp() {
        return Defect.of("IBCF-ALLOCATIONS-ADD-UP", "the improved BCF's stated total more than its allocations by £1"
                + " beyond £5,000 for each figure, more than rounding explains",
                b -> b.improvedBcf() != null && b.improvedBcf().statedTotal() != null
                        && !b.improvedBcf().allocations().isEmpty(), b -> {
                    ImprovedBcf i = b.improvedBcf();
                    return with(b, b.contributions(), b.pooledViaSection75(), b.expectedPoolingDate(), b.socialCare(),
                            new ImprovedBcf(i.allocations(), i.statedTotal().plus(beyondRounding(i.allocations().size())),
                                    i.pooled(),
                                    i.ministerialExemption(), i.spendForecast()));
                });
    }

    /**
     * @return the iBCF one-off funding more than the allocation less the forecast spend, by more than
     *     rounding explains even for figures given to £0.01m ([000:42], [000:53])
     */
    static Defect<PooledBudget> spendDoesNotReconcile() {
        return Defect.of("IBCF-SPEND-RECONCILES",
                "the improved BCF one-off funding £15,001 more than the allocation less the forecast spend",
                b -> b.improvedBcf() != null && b.improvedBcf().spendForecast() != null
                        && b.improvedBcf().spendForecast().oneOffAvailable() != null, b -> {
                    ImprovedBcf i = b.improvedBcf();
                    ImprovedBcf.SpendForecast f = i.spendForecast();
                    return with(b, b.contributions(), b.pooledViaSection75(), b.expectedPoolingDate(), b.socialCare(),
                            new ImprovedBcf(i.allocations(), i.statedTotal(), i.pooled(), i.ministerialExemption(),
                                    new ImprovedBcf.SpendForecast(f.year(), f.allocation(), f.forecastSpend(),
                                            f.oneOffAvailable().plus(beyondRounding(2)))));
                });
    }

    /**
     * @param addends how many figures add up to the stated one
     * @return £5,000 for each figure and the stated one, plus £1: beyond what rounding to £0.01m explains
     */
    private static Money beyondRounding(int addends) {
        return Money.pounds(5_000L * (addends + 1) + 1);
    }
}
