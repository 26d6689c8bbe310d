package dev.bcfkit.testkit.seeds;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.funding.PooledBudget;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Golden fixtures: the 2017-19 pooled budgets as far as the seeds state them ({@code [002:395-517]}
 * is the policy they follow). The papers give the improved Better Care Fund and the s.75
 * arrangement, but no 2017-19 CCG minimum, Disabled Facilities Grant or NHS contribution to adult
 * social care for either area, so the contributions and grants are empty and the social-care
 * contribution is null: nothing is invented.
 */
public final class SeedPooledBudgets {
    private static final FinancialYear Y2017_18 = FinancialYear.of(2017);
    private static final FinancialYear Y2018_19 = FinancialYear.of(2018);
    private static final FinancialYear Y2019_20 = FinancialYear.of(2019);

    private SeedPooledBudgets() {
    }

    /**
     * Southend-on-Sea, a unitary council: "iBCF allocation for Southend are; 2017/18 £3.99M; 2018/19
     * £5.429M (indicative); and 2019/20 £6.744M (indicative)" ({@code [002:128]}). The section 75
     * agreement is to take in the iBCF: "The existing section 75 agreement will be amended to
     * accommodate 2017/19 BCF plan and the iBCF element" ({@code [002:107]}), the BCF being
     * "underpinned by a legal Section 75 Agreement" ({@code [002:81]}), as the grant requires ("pool
     * the grant funding into the local Better Care Fund, unless the authority has written Ministerial
     * exemption", {@code [002:119]}). But the paper states no amount pooled for any year, so the pooled
     * amounts are left blank, as for Nottinghamshire: the allocations are what the council receives,
     * and copying them as the amounts pooled would invent figures. No three-year total is stated.
     *
     * @return the pooled budget, built afresh on each call
     */
    public static PooledBudget southend2017to19() {
        SortedMap<FinancialYear, Money> allocations = new TreeMap<>();
        allocations.put(Y2017_18, Money.pounds(3_990_000L)); // [002:128] "2017/18 £3.99M"
        allocations.put(Y2018_19, Money.pounds(5_429_000L)); // [002:128] "2018/19 £5.429M (indicative)"
        allocations.put(Y2019_20, Money.pounds(6_744_000L)); // [002:128] "2019/20 £6.744M (indicative)"
        ImprovedBcf improvedBcf = new ImprovedBcf(
                allocations,
                null,                         // no total stated
                new TreeMap<>(),              // no pooled amount stated (only that s.75 will take in the iBCF, [002:107])
                false,                        // no Ministerial exemption mentioned
                null);                        // no spending forecast in the paper
        return new PooledBudget(
                // [002:858] "Health and Well Being Board  Southend-on-Sea"
                HealthAndWellbeingBoard.named("Southend-on-Sea"),
                // [002:3] "Southend-on-Sea Borough Council", a unitary authority
                new LocalAuthority("Southend-on-Sea Borough Council", LocalAuthority.Tier.SINGLE_TIER),
                List.of(),
                YesNo.YES,                    // [002:81], [002:107]
                null,
                null,
                improvedBcf,
                List.of());
    }

    /**
     * Nottinghamshire, a two-tier county: the improved Better Care Fund of {@code [000:42]} and
     * {@code [000:53]} ({@link NottinghamshireReturn#improvedBcf()}), and the Q2 2017/18 return's
     * "Have the funds been pooled via a s.75 pooled budget? Yes" ({@code [000:203]}). How much of
     * the iBCF is pooled is not stated.
     *
     * @return the pooled budget, built afresh on each call
     */
    public static PooledBudget nottinghamshire2017to19() {
        return new PooledBudget(
                // [000:186] "Health and Wellbeing Board:  Nottinghamshire"
                HealthAndWellbeingBoard.named("Nottinghamshire"),
                // [003:15], [000:4] "NOTTINGHAMSHIRE COUNTY COUNCIL", the county of a two-tier area
                new LocalAuthority("Nottinghamshire County Council", LocalAuthority.Tier.UPPER_TIER),
                List.of(),
                YesNo.YES,                    // [000:203]
                null,
                null,
                NottinghamshireReturn.improvedBcf(),
                List.of());
    }
}
