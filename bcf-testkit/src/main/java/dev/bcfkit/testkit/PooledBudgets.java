package dev.bcfkit.testkit;

import dev.bcfkit.core.DistrictCouncil;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.Contribution;
import dev.bcfkit.core.funding.ContributionSource;
import dev.bcfkit.core.funding.DisabledFacilitiesGrant;
import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.funding.SocialCareContribution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid 2017-19 pooled budgets under the Policy Framework ({@code [002:395-517]},
 * {@code [002:667-688]}): the NHS contribution to adult social care at or above the compounded
 * minimums (baseline x 1.0179 rounded to whole pounds HALF_UP, then x 1.019 rounded the same way;
 * frontloaded: both years at the compounded figure, {@code [002:673-675]},
 * compounded), none of it funded from the iBCF ({@code [002:471]}); the iBCF pooled in full with
 * yearly allocations adding up to the stated total ({@code [000:42]}, {@code [002:477]}); the DFG
 * passed down in full in two-tier areas ({@code [002:467]}); and a s.75 agreement ({@code [002:460]}).
 */
final class PooledBudgets {
    /** 2017/18. */
    static final FinancialYear Y2017 = FinancialYear.of(2017);
    /** 2018/19. */
    static final FinancialYear Y2018 = FinancialYear.of(2018);
    /** 2019/20, the iBCF's third year ({@code [000:42]}). */
    static final FinancialYear Y2019 = FinancialYear.of(2019);
    /** The 2017/18 uplift, 1.79% ({@code [002:674]}). */
    static final BigDecimal UPLIFT_2017_18 = new BigDecimal("1.0179");
    /** The 2018/19 uplift, 1.9% ({@code [002:674]}). */
    static final BigDecimal UPLIFT_2018_19 = new BigDecimal("1.019");

    private PooledBudgets() {
    }

    /**
     * @param baseline the assured 2016/17 baseline
     * @return the 2017/18 minimum: baseline x 1.0179, rounded to whole pounds HALF_UP
     */
    static Money minimum2017(Money baseline) {
        return baseline.times(UPLIFT_2017_18, 0, RoundingMode.HALF_UP);
    }

    /**
     * @param baseline the assured 2016/17 baseline
     * @return the 2018/19 minimum, which is also the frontloaded minimum of both years: the 2017/18
     *     minimum x 1.019, rounded to whole pounds HALF_UP
     */
    static Money minimum2018(Money baseline) {
        return minimum2017(baseline).times(UPLIFT_2018_19, 0, RoundingMode.HALF_UP);
    }

    /**
     * The NHS contribution's random choices.
     *
     * @param baseline the baseline in pounds
     * @param frontloaded whether the 2018/19 uplift is frontloaded
     * @param extras pounds above the minimum in 2017/18 and 2018/19, then the rest of the CCG
     *     minimum contribution in each year
     */
    record SocialCareShape(long baseline, boolean frontloaded, List<Long> extras) {
    }

    /** @return the random choices behind the NHS contribution */
    static Arbitrary<SocialCareShape> socialCareShapes() {
        return Combinators.combine(Arbitraries.longs().between(100_000, 50_000_000), Arbitraries.of(false, true),
                Arbitraries.longs().between(0, 5_000_000).list().ofSize(4)).as(SocialCareShape::new);
    }

    /**
     * @param shape the choices
     * @return the contribution, at or above the minimum, nothing funded from the iBCF
     */
    static SocialCareContribution socialCare(SocialCareShape shape) {
        Money baseline = Money.pounds(shape.baseline());
        Money first;
        Money second;
        if (shape.frontloaded()) {
            first = minimum2018(baseline).plus(Money.pounds(shape.extras().get(0)));
            second = first;
        } else {
            first = minimum2017(baseline).plus(Money.pounds(shape.extras().get(0)));
            second = minimum2018(baseline).plus(Money.pounds(shape.extras().get(1)));
        }
        return new SocialCareContribution(baseline, shape.frontloaded(), years(first, second),
                years(Money.ZERO, Money.ZERO));
    }

    private static SortedMap<FinancialYear, Money> years(Money first, Money second) {
        SortedMap<FinancialYear, Money> m = new TreeMap<>();
        m.put(Y2017, first);
        m.put(Y2018, second);
        return m;
    }

    /**
     * @param allocations the iBCF allocation of 2017/18, 2018/19 and 2019/20 in pounds
     * @param oneOffPercent the share of the 2017/18 allocation not forecast to be spent, 0 to 100
     * @return the grant, pooled in full, its stated total the sum of its allocations, and a 2017/18
     *     spend forecast whose forecast spend and one-off funding add up to the allocation ({@code [000:53]})
     */
    static ImprovedBcf improvedBcf(List<Long> allocations, int oneOffPercent) {
        SortedMap<FinancialYear, Money> a = new TreeMap<>();
        a.put(Y2017, Money.pounds(allocations.get(0)));
        a.put(Y2018, Money.pounds(allocations.get(1)));
        a.put(Y2019, Money.pounds(allocations.get(2)));
        long oneOff = allocations.get(0) * oneOffPercent / 100;
        ImprovedBcf.SpendForecast forecast = new ImprovedBcf.SpendForecast(Y2017, a.get(Y2017),
                Money.pounds(allocations.get(0) - oneOff), Money.pounds(oneOff));
        return new ImprovedBcf(a, Money.sum(a.values()), a, false, forecast);
    }

    /**
     * @param year the year
     * @param allocation the grant in pounds
     * @param council the local authority
     * @param districts the district councils of a two-tier area
     * @return the grant, passed down in full and evenly (remainder to the first districts) in a
     *     two-tier area, kept by a unitary council
     */
    static DisabledFacilitiesGrant dfg(FinancialYear year, long allocation, LocalAuthority council,
            List<DistrictCouncil> districts) {
        Map<DistrictCouncil, Money> passed = new LinkedHashMap<>();
        if (council.tier() == LocalAuthority.Tier.UPPER_TIER) {
            long base = allocation / districts.size();
            long remainder = allocation % districts.size();
            for (int i = 0; i < districts.size(); i++) {
                passed.put(districts.get(i), Money.pounds(base + (i < remainder ? 1 : 0)));
            }
        }
        return new DisabledFacilitiesGrant(year, Money.pounds(allocation), passed, false);
    }

    /**
     * The bodies of a pooled budget.
     *
     * @param board the board
     * @param council the local authority
     * @param districts district councils (used in two-tier areas)
     * @param ccg the contributing CCG's name
     */
    private record Parties(HealthAndWellbeingBoard board, LocalAuthority council, List<DistrictCouncil> districts,
            String ccg) {
    }

    /** @return valid pooled budgets */
    static Arbitrary<PooledBudget> budgets() {
        Arbitrary<List<DistrictCouncil>> districts = Arbitraries.oneOf(Arbitraries.of("Ashfield", "Bassetlaw",
                "Broxtowe", "Gedling", "Mansfield", "Newark and Sherwood", "Rushcliffe"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30))
                .map(n -> new DistrictCouncil(n + " District Council")).list().ofMinSize(1).ofMaxSize(7)
                // distinct as the rules compare names (case-folded), so a valid budget names no district twice
                .uniqueElements(d -> d.name().toLowerCase(java.util.Locale.ROOT));
        Arbitrary<Parties> parties = Combinators.combine(Boards.boards(), Boards.localAuthorities(), districts,
                Boards.ccgs()).as((b, la, d, ccg) -> new Parties(b, la, d, ccg.name()));
        return Combinators.combine(parties, socialCareShapes(),
                Arbitraries.longs().between(100_000, 30_000_000).list().ofSize(3),
                Arbitraries.longs().between(0, 5_000_000).list().ofSize(2), Arbitraries.integers().between(0, 100))
                .as((p, care, ibcf, dfg, oneOff) -> build(p, care, ibcf, dfg, oneOff));
    }

    private static PooledBudget build(Parties p, SocialCareShape shape, List<Long> ibcfAllocations,
            List<Long> dfgAllocations, int oneOffPercent) {
        SocialCareContribution care = socialCare(shape);
        ImprovedBcf ibcf = improvedBcf(ibcfAllocations, oneOffPercent);
        List<DisabledFacilitiesGrant> grants = List.of(dfg(Y2017, dfgAllocations.get(0), p.council(), p.districts()),
                dfg(Y2018, dfgAllocations.get(1), p.council(), p.districts()));
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            FinancialYear year = i == 0 ? Y2017 : Y2018;
            Money ccgMinimum = care.planned().get(year).plus(Money.pounds(shape.extras().get(2 + i)));
            contributions.add(new Contribution(ContributionSource.CCG_MINIMUM, year, ccgMinimum, p.ccg()));
            contributions.add(new Contribution(ContributionSource.DISABLED_FACILITIES_GRANT, year,
                    grants.get(i).allocation(), p.council().name()));
            contributions.add(new Contribution(ContributionSource.IMPROVED_BCF, year, ibcf.pooled().get(year),
                    p.council().name()));
        }
        return new PooledBudget(p.board(), p.council(), contributions, YesNo.YES, null, care, ibcf, grants);
    }
}
