package dev.bcfkit.rules.pooled;

import static dev.bcfkit.rules.OneFinding.assertOne;
import static dev.bcfkit.rules.pooled.PooledBudgetFixtures.Y2017_18;
import static dev.bcfkit.rules.pooled.PooledBudgetFixtures.Y2019_20;
import static dev.bcfkit.rules.pooled.PooledBudgetFixtures.nottinghamshire;
import static dev.bcfkit.rules.pooled.PooledBudgetFixtures.run;
import static dev.bcfkit.rules.pooled.PooledBudgetFixtures.runAll;
import static dev.bcfkit.rules.pooled.PooledBudgetFixtures.socialCare;
import static dev.bcfkit.rules.pooled.PooledBudgetFixtures.southend;
import static dev.bcfkit.rules.pooled.PooledBudgetFixtures.withSocialCare;
import static dev.bcfkit.rules.pooled.PooledBudgetFixtures.years;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.DistrictCouncil;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.Contribution;
import dev.bcfkit.core.funding.ContributionSource;
import dev.bcfkit.core.funding.DisabledFacilitiesGrant;
import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.funding.SocialCareContribution;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.engine.Blank;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The pooled fund's rules (PooledFundRules): section 75, the Disabled Facilities Grant passed down, non-negative
 * contributions; broken variants with the exact path and message of each finding.
 */
class PooledFundRulesTest {

    @Nested
    class DisabledFacilitiesGrantPassedDown {
        private PooledBudget grant(LocalAuthority.Tier tier, long passed, boolean jointlyAgreed) {
            Map<DistrictCouncil, Money> districts = new LinkedHashMap<>();
            districts.put(new DistrictCouncil("Ashfield District Council"), Money.pounds(passed / 2));
            districts.put(new DistrictCouncil("Bassetlaw District Council"), Money.pounds(passed - passed / 2));
            PooledBudget b = PooledBudgetFixtures.withGrants(nottinghamshire(),
                    List.of(new DisabledFacilitiesGrant(Y2017_18, Money.pounds(5_000_000), districts, jointlyAgreed)));
            return PooledBudgetFixtures.withLocalAuthority(b,
                    new LocalAuthority("Nottinghamshire County Council", tier));
        }

        @Test
        void aCountyPassingTheGrantDownInFullPasses() {
            // Hypothetical £5,000,000: the seeds give no DFG figure for Nottinghamshire
            assertEquals(List.of(), run("DFG-PASSED-DOWN", grant(LocalAuthority.Tier.UPPER_TIER, 5_000_000L, false)));
            assertEquals(List.of(), run("DFG-PASSED-DOWN", nottinghamshire()));
        }

        @Test
        void aCountyKeepingPartWithoutJointAgreementWarns() {
            List<Finding> f = run("DFG-PASSED-DOWN", grant(LocalAuthority.Tier.UPPER_TIER, 3_000_000L, false));
            assertOne(f, "/disabledFacilitiesGrants/0/passedToDistricts", "Two-tier area: of the Disabled Facilities"
                    + " Grant of £5,000,000 for 2017/18, £3,000,000 is passed down to the district councils,"
                    + " £2,000,000 short of the full grant, and there is no joint agreement to do otherwise");
            assertEquals(Severity.WARNING, f.get(0).severity());
        }

        @Test
        void jointAgreementOrASingleTierAuthorityIsNotJudged() {
            assertEquals(List.of(), run("DFG-PASSED-DOWN", grant(LocalAuthority.Tier.UPPER_TIER, 3_000_000L, true)));
            assertEquals(List.of(), run("DFG-PASSED-DOWN", grant(LocalAuthority.Tier.SINGLE_TIER, 0L, false)));
        }
    }

    @Nested
    class Section75 {
        @Test
        void southendPoolsUnderSection75() {
            assertEquals(YesNo.YES, southend().pooledViaSection75()); // [002:81], [002:107]
            assertEquals(List.of(), run("POOL-SECTION-75", southend()));
        }

        @Test
        void notPooledNeedsADateAndABlankDateIsAWarning() {
            List<Finding> noDate = run("POOL-SECTION-75", PooledBudgetFixtures.withSection75(southend(), YesNo.NO, null));
            assertEquals(Severity.WARNING, noDate.get(0).severity(), "[002:882] \"please indicate\": a blank date");
            assertOne(noDate,
                    "/expectedPoolingDate", "The funds are not pooled via a section 75 agreement and no date is given"
                            + " for when they will be; pooling under section 75 is a requirement of the funding");
            assertEquals(List.of(), run("POOL-SECTION-75",
                    PooledBudgetFixtures.withSection75(southend(), YesNo.NO, LocalDate.of(2017, 9, 30))));
        }

        @Test
        void notPooledWithADateIsARequirementNotYetMetAndDoesNotPassSilently() {
            // [002:882] the template accepts "No" with a date; [002:460] pooling is a requirement of the funding
            List<Finding> f = run("POOL-SECTION-75-CONFIRMED",
                    PooledBudgetFixtures.withSection75(southend(), YesNo.NO, LocalDate.of(2017, 9, 30)));
            assertOne(f, "/pooledViaSection75", "The funds are not pooled via a section 75 agreement yet (expected"
                    + " 2017-09-30); pooling under section 75 is a requirement of the funding");
            assertEquals(Severity.WARNING, f.get(0).severity());
            assertEquals(List.of(), run("POOL-SECTION-75-CONFIRMED", southend()));
            assertEquals(List.of(), run("POOL-SECTION-75-CONFIRMED",
                    PooledBudgetFixtures.withSection75(southend(), YesNo.NO, null)), "POOL-SECTION-75's finding");
        }
    }

    @Nested
    class NonNegative {
        @Test
        void everyNegativeAmountIsReportedAtItsPathAndZeroIsNot() {
            PooledBudget s = southend();
            SocialCareContribution social = new SocialCareContribution(Money.ZERO, false, years(-1L, 0L),
                    years(0L, -2L));
            ImprovedBcf ibcf = new ImprovedBcf(years(-3L, 0L), Money.pounds(-4), years(0L, -5L), false,
                    new ImprovedBcf.SpendForecast(Y2017_18, Money.pounds(-6), Money.pounds(-7), Money.pounds(-8)));
            Map<DistrictCouncil, Money> passed = new LinkedHashMap<>();
            passed.put(new DistrictCouncil("Ashfield"), Money.pounds(-9));
            passed.put(new DistrictCouncil("Bassetlaw"), Money.ZERO);
            PooledBudget b = PooledBudgetFixtures.withGrants(PooledBudgetFixtures.withImprovedBcf(
                    withSocialCare(PooledBudgetFixtures.withContributions(s, List.of(
                            new Contribution(ContributionSource.CCG_MINIMUM, Y2017_18, Money.ZERO, null),
                            new Contribution(null, null, Money.pounds(-10), null))), social), ibcf),
                    List.of(new DisabledFacilitiesGrant(Y2017_18, Money.ZERO, Map.of(), false),
                            new DisabledFacilitiesGrant(null, Money.pounds(-11), passed, false)));
            assertEquals(List.of(
                    "/contributions/1/amount: Contribution 2 is negative: -£10",
                    "/socialCare/planned/2017~118: The planned NHS contribution to adult social care for 2017/18 is"
                            + " negative: -£1",
                    "/socialCare/fundedFromIbcf/2018~119: The iBCF-funded part of the contribution to adult social"
                            + " care for 2018/19 is negative: -£2",
                    "/improvedBcf/allocations/2017~118: The improved BCF allocation for 2017/18 is negative: -£3",
                    "/improvedBcf/pooled/2018~119: The improved BCF pooled for 2018/19 is negative: -£5",
                    "/improvedBcf/statedTotal: The improved BCF stated total is negative: -£4",
                    "/improvedBcf/spendForecast/allocation: The improved BCF spend forecast's allocation is"
                            + " negative: -£6",
                    "/improvedBcf/spendForecast/forecastSpend: The improved BCF forecast spend is negative: -£7",
                    "/improvedBcf/spendForecast/oneOffAvailable: The improved BCF one-off funding is negative: -£8",
                    "/disabledFacilitiesGrants/1/allocation: The Disabled Facilities Grant is negative: -£11",
                    "/disabledFacilitiesGrants/1/passedToDistricts/Ashfield: The Disabled Facilities Grant passed to"
                            + " Ashfield is negative: -£9"),
                    run("POOL-CONTRIBUTIONS-NON-NEGATIVE", b).stream().map(f -> f.path() + ": " + f.message())
                            .toList());
        }

        @Test
        void theSeedsHaveNoNegativeAmount() {
            assertEquals(List.of(), run("POOL-CONTRIBUTIONS-NON-NEGATIVE", southend()));
            assertEquals(List.of(), run("POOL-CONTRIBUTIONS-NON-NEGATIVE", nottinghamshire()));
        }

        @Test
        void aNegativeContributionIsAnError() {
            PooledBudget b = PooledBudgetFixtures.withContributions(southend(), List.of(
                    new Contribution(ContributionSource.CCG_MINIMUM, Y2017_18, Money.pounds(-5), "Southend CCG")));
            assertOne(run("POOL-CONTRIBUTIONS-NON-NEGATIVE", b), "/contributions/0/amount",
                    "Contribution 1 (Minimum NHS (CCG) contribution) for 2017/18 is negative: -£5");
        }

        @Test
        void aNegativeBaselineIsReportedHereAndNotUplifted() {
            PooledBudget b = withSocialCare(southend(),
                    new SocialCareContribution(Money.pounds(-1), false, years(1L, 1L), years(null, 1L)));
            assertOne(run("POOL-CONTRIBUTIONS-NON-NEGATIVE", b), "/socialCare/baseline",
                    "The 2016/17 baseline of the NHS contribution to adult social care is negative: -£1");
            assertEquals(List.of(), run("UPLIFT-SOCIAL-CARE-MINIMUM", b));
            assertEquals(List.of(), run("IBCF-NOT-OFFSET", b), "no minimum from a negative baseline");
        }
    }
}
