package dev.bcfkit.rules.pooled;

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
 * The 2017-19 pooled-budget rules as a specification: Southend-on-Sea's pooled budget
 * ({@code [002:128]}) has no finding; Nottinghamshire's £560,287 iBCF line ({@code [000:53]}) is a
 * rounding INFO, not an error; each rule fires on a one-change variant with the path and message
 * a user sees.
 */
class PooledBudgetRulesTest {

    private static void assertOne(List<Finding> findings, String path, String message) {
        assertEquals(1, findings.size(), () -> "expected one finding, found " + findings);
        assertEquals(path, findings.get(0).path());
        assertEquals(message, findings.get(0).message());
    }

    @Nested
    class Catalogue {
        @Test
        void listsTheRulesWithStableIds() {
            assertEquals(List.of("POOL-SECTION-75", "POOL-SECTION-75-CONFIRMED", "DFG-PASSED-DOWN", "POOL-CONTRIBUTIONS-NON-NEGATIVE",
                    "DFG-DISTRICT-DUPLICATE", "UPLIFT-SOCIAL-CARE-MINIMUM", "UPLIFT-SOCIAL-CARE-STATED",
                    "UPLIFT-FRONTLOAD-CARRIED-OVER", "IBCF-NOT-OFFSET", "IBCF-POOLED",
                    "IBCF-POOLED-RECORDED", "IBCF-ALLOCATIONS-ADD-UP", "IBCF-ALLOCATIONS-ROUNDING", "IBCF-SPEND-RECONCILES",
                    "IBCF-SPEND-ROUNDING"), PooledBudgetRules.all().stream().map(Rule::id).toList());
        }

        @Test
        void everyRuleJudgesThe2017To19PooledBudgetAndCitesASeedLine() {
            for (Rule<PooledBudget> r : PooledBudgetRules.all()) {
                // and the 2017-19 plan's pooled budget (PolicyFrameworkPlan.pooledBudget())
                assertEquals(Set.of(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19), r.editions(), r.id());
                assertEquals(PooledBudget.class, r.documentType(), r.id());
                assertTrue(r.provenance().matches("(?s).*\\[00[0-4]:\\d+(-\\d+)?\\].*"), r.id());
                assertFalse(r.title().isBlank(), r.id());
            }
            assertEquals(List.of("POOL-CONTRIBUTIONS-NON-NEGATIVE", "DFG-DISTRICT-DUPLICATE"),
                    PooledBudgetRules.all().stream().filter(Rule::derived).map(Rule::id).toList());
        }

        @Test
        void roundingRulesAreInformationAndTheirTwinsErrors() {
            assertEquals(Severity.INFO, PooledBudgetFixtures.rule("IBCF-ALLOCATIONS-ROUNDING").severity());
            assertEquals(Severity.INFO, PooledBudgetFixtures.rule("IBCF-SPEND-ROUNDING").severity());
            assertEquals(Severity.ERROR, PooledBudgetFixtures.rule("IBCF-ALLOCATIONS-ADD-UP").severity());
            assertEquals(Severity.ERROR, PooledBudgetFixtures.rule("IBCF-SPEND-RECONCILES").severity());
            assertEquals(Severity.WARNING, PooledBudgetFixtures.rule("DFG-PASSED-DOWN").severity());
            assertEquals(Severity.WARNING, PooledBudgetFixtures.rule("UPLIFT-FRONTLOAD-CARRIED-OVER").severity());
        }
    }

    @Nested
    class Golden {
        @Test
        void southendDoesNotSayHowMuchIbcfIsPooledAndIsToldSo() {
            // [002:128] states the allocations and [002:107] that the s.75 agreement will take in the
            // iBCF, but no amount pooled: the fixture leaves "pooled" blank, as for Nottinghamshire,
            // and blank is not zero, so it is a warning for each year of 2017-19, not a shortfall.
            List<Finding> all = runAll(southend());
            assertEquals(List.of("IBCF-POOLED-RECORDED /improvedBcf/pooled/2017~118",
                    "IBCF-POOLED-RECORDED /improvedBcf/pooled/2018~119"),
                    all.stream().map(f -> f.ruleId() + " " + f.path()).toList());
            assertEquals(Severity.WARNING, all.get(0).severity());
            assertEquals("The amount of improved BCF pooled into the BCF for 2017/18 is blank, against an allocation"
                    + " of £3,990,000; record it to show the grant is pooled", all.get(0).message());
            assertEquals("The amount of improved BCF pooled into the BCF for 2018/19 is blank, against an allocation"
                    + " of £5,429,000; record it to show the grant is pooled", all.get(1).message());
            assertEquals(List.of(), run("IBCF-POOLED", southend()), "a blank amount is no shortfall");
        }

        @Test
        void southendPoolingItsAllocationsInFullWouldHaveNoFindingAtAll() {
            assertEquals(List.of(), runAll(PooledBudgetFixtures.southendPoolingInFull()));
        }

        @Test
        void nottinghamshireSpendLineIsRoundingInformationNotAnError() {
            // [000:53] 16,059,934 - 15,499,646 = 560,288, the paper says 560,287
            List<Finding> all = runAll(nottinghamshire());
            assertEquals(List.of(), all.stream().filter(f -> f.ruleId().equals("IBCF-SPEND-RECONCILES")).toList());
            List<Finding> info = run("IBCF-SPEND-ROUNDING", nottinghamshire());
            assertOne(info, "/improvedBcf/spendForecast/oneOffAvailable", "Improved BCF for 2017/18: forecast spend"
                    + " £15,499,646 plus one-off funding £560,287 is £16,059,933 but the allocation is £16,059,934: a"
                    + " difference of £1, within rounding (£1 for each of 2 rounded figures)");
            assertEquals(Severity.INFO, info.get(0).severity());
        }

        @Test
        void nottinghamshireAllocationsAddUpExactly() {
            // [000:42] 16.06 + 21.56 + 26.51 = 64.13 (£m)
            assertEquals(List.of(), run("IBCF-ALLOCATIONS-ADD-UP", nottinghamshire()));
            assertEquals(List.of(), run("IBCF-ALLOCATIONS-ROUNDING", nottinghamshire()));
        }

        @Test
        void nottinghamshireDoesNotSayHowMuchIbcfIsPooledAndIsToldSo() {
            // The seed fixture leaves "pooled" empty: the paper does not state it. Blank is not zero,
            // so it is no shortfall (no IBCF-POOLED error), but it is worth a warning.
            List<Finding> all = runAll(nottinghamshire());
            assertEquals(List.of("IBCF-POOLED-RECORDED", "IBCF-POOLED-RECORDED", "IBCF-SPEND-ROUNDING"),
                    all.stream().map(Finding::ruleId).toList());
            assertEquals(Severity.WARNING, all.get(0).severity());
            assertEquals("The amount of improved BCF pooled into the BCF for 2017/18 is blank, against an allocation"
                    + " of £16,060,000; record it to show the grant is pooled", all.get(0).message());
            assertEquals("/improvedBcf/pooled/2018~119", all.get(1).path());
        }

        @Test
        void aPooledBudgetWithNothingInItAsksOnlyAboutSection75() {
            PooledBudget empty = new PooledBudget(null, null, List.of(), null, null, null, null, List.of());
            List<Finding> f = runAll(empty);
            assertOne(f, "/pooledViaSection75", "Whether the funds are pooled via a section 75 agreement is not"
                    + " answered");
            assertEquals(Severity.WARNING, f.get(0).severity(), "a blank question is an incomplete budget");
        }

        @Test
        void blankValuesInsideSectionsNeverThrow() {
            PooledBudget holes = new PooledBudget(null, new LocalAuthority(null, LocalAuthority.Tier.UPPER_TIER),
                    List.of(new Contribution(null, null, null, null)), YesNo.YES, null,
                    new SocialCareContribution(null, true, new TreeMap<>(), years(5L, null)),
                    new ImprovedBcf(new TreeMap<>(), null, new TreeMap<>(), false,
                            new ImprovedBcf.SpendForecast(null, null, null, null)),
                    List.of(new DisabledFacilitiesGrant(null, null, Map.of(), false)));
            List<Finding> f = runAll(holes);
            // without a baseline there is no minimum to offset against: only the blank baseline is reported
            assertEquals(List.of("UPLIFT-SOCIAL-CARE-STATED"), f.stream().map(Finding::ruleId).toList());
            assertEquals(Severity.WARNING, f.get(0).severity(), "a blank is incompleteness, never an ERROR");
        }
    }

    @Nested
    class SocialCareUpliftMinimum {
        @Test
        void contributionsAtTheMinimumsPass() {
            // Hypothetical baseline £1,000,000 (not in the papers): £1,017,900 then £1,037,240
            assertEquals(List.of(), runAll(withSocialCare(PooledBudgetFixtures.southendPoolingInFull(),
                    socialCare(false, 1_017_900L, 1_037_240L))));
            assertEquals(List.of(), runAll(withSocialCare(PooledBudgetFixtures.southendPoolingInFull(),
                    socialCare(true, 1_037_240L, 1_037_240L))));
        }

        @Test
        void aPoundBelowTheMinimumIsAnErrorQuotingBaselineMinimumAndShortfall() {
            PooledBudget b = withSocialCare(southend(), socialCare(false, 1_017_899L, 1_037_239L));
            List<Finding> f = run("UPLIFT-SOCIAL-CARE-MINIMUM", b);
            assertEquals(List.of("/socialCare/planned/2017~118", "/socialCare/planned/2018~119"),
                    f.stream().map(Finding::path).toList());
            assertEquals("Planned NHS contribution to adult social care for 2017/18 (£1,017,899) is below the minimum"
                    + " of £1,017,900 (the 2016/17 baseline £1,000,000 uplifted by 1.79%) by £1", f.get(0).message());
            assertEquals("Planned NHS contribution to adult social care for 2018/19 (£1,037,239) is below the minimum"
                    + " of £1,037,240 (the 2016/17 baseline £1,000,000 uplifted by 1.79% and then 1.9%) by £1",
                    f.get(1).message());
        }

        @Test
        void frontloadingRaisesThe2017MinimumToTheCompoundedFigure() {
            PooledBudget b = withSocialCare(southend(), socialCare(true, 1_017_900L, 1_037_240L));
            assertOne(run("UPLIFT-SOCIAL-CARE-MINIMUM", b), "/socialCare/planned/2017~118", "Planned NHS contribution"
                    + " to adult social care for 2017/18 (£1,017,900) is below the minimum of £1,037,240 (the 2016/17"
                    + " baseline £1,000,000 uplifted by 1.79% and 1.9%, frontloaded into 2017/18) by £19,340");
        }

        @Test
        void blankBaselineOrYearIsAWarningOnceTheSectionIsGivenNeverAnError() {
            PooledBudget noBaseline = withSocialCare(southend(),
                    new SocialCareContribution(null, false, years(2L, 3L), new TreeMap<>()));
            assertOne(run("UPLIFT-SOCIAL-CARE-STATED", noBaseline), "/socialCare/baseline", "The assured 2016/17"
                    + " baseline of the NHS contribution to adult social care is blank, so the minimum contributions"
                    + " for 2017/18 and 2018/19 cannot be computed");
            assertEquals(List.of(), run("UPLIFT-SOCIAL-CARE-MINIMUM", noBaseline), "a blank is not below anything");
            PooledBudget noSecondYear = withSocialCare(southend(), socialCare(false, 1_017_900L, null));
            assertOne(run("UPLIFT-SOCIAL-CARE-STATED", noSecondYear), "/socialCare/planned/2018~119", "The planned"
                    + " NHS contribution to adult social care for 2018/19 is blank; the minimum is £1,037,240 (the"
                    + " 2016/17 baseline £1,000,000 uplifted by 1.79% and then 1.9%)");
            assertEquals(List.of(), run("UPLIFT-SOCIAL-CARE-MINIMUM", noSecondYear));
            assertEquals(Severity.WARNING, run("UPLIFT-SOCIAL-CARE-STATED", noSecondYear).get(0).severity());
            assertEquals(List.of(), run("UPLIFT-SOCIAL-CARE-STATED", withSocialCare(southend(),
                    socialCare(false, 1L, 1L))), "figures below the minimum are stated: MINIMUM's ERROR, not this");
        }

        @Test
        void aFrontloadedContributionThatDoesNotCarryOverWarns() {
            PooledBudget b = withSocialCare(southend(), socialCare(true, 1_037_240L, 1_040_000L));
            List<Finding> f = run("UPLIFT-FRONTLOAD-CARRIED-OVER", b);
            assertOne(f, "/socialCare/planned/2018~119", "The 2018/19 uplift is frontloaded into 2017/18, so the same"
                    + " contribution should carry over: planned £1,040,000 for 2018/19 against £1,037,240 for 2017/18");
            assertEquals(Severity.WARNING, f.get(0).severity());
            assertEquals(List.of(), run("UPLIFT-FRONTLOAD-CARRIED-OVER",
                    withSocialCare(southend(), socialCare(false, 1_037_240L, 1_040_000L))), "not frontloaded");
        }
    }

    @Nested
    class ImprovedBcfNotOffset {
        private PooledBudget offset(long planned2017, long fromIbcf) {
            return withSocialCare(southend(), new SocialCareContribution(Money.pounds(1_000_000), false,
                    years(planned2017, 1_037_240L), years(fromIbcf, null)));
        }

        @Test
        void noIbcfInTheContributionPasses() {
            assertEquals(List.of(), run("IBCF-NOT-OFFSET", offset(1_017_900L, 0L)));
        }

        @Test
        void ibcfMoneyNeededToReachTheMinimumIsAnOffset() {
            assertOne(run("IBCF-NOT-OFFSET", offset(1_017_900L, 100_000L)), "/socialCare/fundedFromIbcf/2017~118",
                    "£100,000 of the planned NHS contribution to adult social care for 2017/18 (£1,017,900) is funded"
                            + " from the improved BCF grant; without it the NHS contribution (£917,900) is below the"
                            + " minimum of £1,017,900 by £100,000, so the iBCF is offset against the minimum, which it"
                            + " must not be");
            // [002:471] forbids offsetting against the minimum; iBCF-funded care on top of a contribution that
            // meets the minimum on its own is not an offset
            assertEquals(List.of(), run("IBCF-NOT-OFFSET", offset(1_200_000L, 100_000L)));
            assertEquals(List.of(), run("IBCF-NOT-OFFSET", offset(1_117_900L, 100_000L)), "exactly the minimum");
            assertEquals(1, run("IBCF-NOT-OFFSET", offset(1_117_899L, 100_000L)).size(), "£1 short");
            assertEquals(List.of(), run("UPLIFT-SOCIAL-CARE-MINIMUM", offset(1_017_900L, 100_000L)),
                    "the gross figure meets the minimum: only IBCF-NOT-OFFSET speaks");
        }

        @Test
        void aZeroBaselineStillHasMinimumsToMeetButANegativeOneHasNone() {
            PooledBudget zero = withSocialCare(southend(), new SocialCareContribution(Money.ZERO, false,
                    years(100L, null), years(100L, null)));
            assertEquals(List.of(), run("IBCF-NOT-OFFSET", zero), "£0 without the iBCF still meets a minimum of £0");
            PooledBudget negative = withSocialCare(southend(), new SocialCareContribution(Money.pounds(-1), false,
                    years(100L, null), years(100L, null)));
            assertEquals(List.of(), run("IBCF-NOT-OFFSET", negative), "no minimum from a negative baseline");
        }
    }

    @Nested
    class ImprovedBcfPooled {
        @Test
        void allocationsPooledInFullPass() {
            assertEquals(List.of(), run("IBCF-POOLED", PooledBudgetFixtures.southendPoolingInFull()));
        }

        @Test
        void poolingLessThanTheAllocationIsAnError() {
            ImprovedBcf i = PooledBudgetFixtures.southendPoolingInFull().improvedBcf();
            SortedMap<FinancialYear, Money> pooled = new TreeMap<>(i.pooled());
            pooled.put(Y2017_18, Money.pounds(3_000_000));
            pooled.remove(Y2019_20); // outside 2017-19: not judged
            PooledBudget b = PooledBudgetFixtures.withImprovedBcf(southend(),
                    PooledBudgetFixtures.pooled(i, pooled, false));
            assertOne(run("IBCF-POOLED", b), "/improvedBcf/pooled/2017~118", "Only £3,000,000 of the improved BCF"
                    + " allocation of £3,990,000 for 2017/18 is pooled into the BCF (£990,000 short), and there is no"
                    + " written Ministerial exemption");
            PooledBudget exempt = PooledBudgetFixtures.withImprovedBcf(southend(),
                    PooledBudgetFixtures.pooled(i, pooled, true));
            assertEquals(List.of(), run("IBCF-POOLED", exempt));
        }

        @Test
        void aYearAllocatedNothingNeedsNoPooledAmount() {
            ImprovedBcf i = PooledBudgetFixtures.southendPoolingInFull().improvedBcf();
            SortedMap<FinancialYear, Money> allocations = new TreeMap<>(i.allocations());
            allocations.put(Y2017_18, Money.ZERO);
            SortedMap<FinancialYear, Money> pooled = new TreeMap<>(i.pooled());
            pooled.remove(Y2017_18);
            PooledBudget b = PooledBudgetFixtures.withImprovedBcf(southend(), PooledBudgetFixtures.pooled(
                    PooledBudgetFixtures.allocations(i, allocations, i.statedTotal()), pooled, false));
            assertEquals(List.of(), run("IBCF-POOLED-RECORDED", b));
            assertEquals(List.of(), run("IBCF-POOLED", b));
        }
    }

    @Nested
    class ImprovedBcfAllocations {
        private PooledBudget statedTotal(long total) {
            ImprovedBcf i = nottinghamshire().improvedBcf();
            return PooledBudgetFixtures.withImprovedBcf(nottinghamshire(),
                    PooledBudgetFixtures.allocations(i, i.allocations(), Money.pounds(total)));
        }

        @Test
        void aDifferenceWithinTheRoundingOfFiguresGivenToAHundredthOfAMillionIsInformation() {
            // [000:42] £16.06m + £21.56m + £26.51m against £64.13m: each may be out by £5,000
            List<Finding> f = run("IBCF-ALLOCATIONS-ROUNDING", statedTotal(64_140_000L));
            assertOne(f, "/improvedBcf/statedTotal", "The improved BCF allocations (2017/18 £16,060,000, 2018/19"
                    + " £21,560,000, 2019/20 £26,510,000) sum to £64,130,000 but the stated total is £64,140,000: a"
                    + " difference of £10,000, within rounding (£20,000 in all: £5,000 for each of 4 figures given to"
                    + " £0.01m)");
            assertEquals(Severity.INFO, f.get(0).severity());
            assertEquals(List.of(), run("IBCF-ALLOCATIONS-ADD-UP", statedTotal(64_140_000L)));
        }

        @Test
        void theExactFirstYearBesideRoundedOthersIsWithinRounding() {
            // the paper's exact £16,059,934 [000:53] beside "£64.13m" [000:42]: £66 apart, not an error
            ImprovedBcf i = nottinghamshire().improvedBcf();
            java.util.TreeMap<dev.bcfkit.core.FinancialYear, Money> a = new java.util.TreeMap<>(i.allocations());
            a.put(a.firstKey(), Money.pounds(16_059_934));
            PooledBudget b = PooledBudgetFixtures.withImprovedBcf(nottinghamshire(),
                    PooledBudgetFixtures.allocations(i, a, Money.pounds(64_130_000)));
            assertEquals(List.of(), run("IBCF-ALLOCATIONS-ADD-UP", b));
            assertEquals(1, run("IBCF-ALLOCATIONS-ROUNDING", b).size());
        }

        @Test
        void aDifferenceBeyondTheRoundingIsAnError() {
            assertOne(run("IBCF-ALLOCATIONS-ADD-UP", statedTotal(64_150_001L)), "/improvedBcf/statedTotal",
                    "The improved BCF allocations (2017/18 £16,060,000, 2018/19 £21,560,000, 2019/20 £26,510,000) sum"
                            + " to £64,130,000 but the stated total is £64,150,001: a difference of £20,001, more than"
                            + " rounding explains (£15,000 in all: £5,000 for each of 3 figures given to £0.01m)");
            assertEquals(List.of(), run("IBCF-ALLOCATIONS-ROUNDING", statedTotal(64_150_001L)));
        }

        @Test
        void southendStatesNoTotalSoNothingIsReconciled() {
            assertEquals(null, southend().improvedBcf().statedTotal());
            assertEquals(List.of(), run("IBCF-ALLOCATIONS-ADD-UP", southend()));
        }
    }

    @Nested
    class ImprovedBcfSpend {
        private PooledBudget oneOff(long oneOff) {
            ImprovedBcf i = nottinghamshire().improvedBcf();
            ImprovedBcf.SpendForecast f = i.spendForecast();
            return PooledBudgetFixtures.withImprovedBcf(nottinghamshire(), PooledBudgetFixtures.spend(i,
                    new ImprovedBcf.SpendForecast(f.year(), f.allocation(), f.forecastSpend(), Money.pounds(oneOff))));
        }

        @Test
        void theExactOneOffFigureNeedsNoFinding() {
            assertEquals(List.of(), run("IBCF-SPEND-ROUNDING", oneOff(560_288L)));
            assertEquals(List.of(), run("IBCF-SPEND-RECONCILES", oneOff(560_288L)));
        }

        @Test
        void aOneOffFigureFarOutIsAnError() {
            assertOne(run("IBCF-SPEND-RECONCILES", oneOff(500_000L)), "/improvedBcf/spendForecast/oneOffAvailable",
                    "Improved BCF for 2017/18: forecast spend £15,499,646 plus one-off funding £500,000 is £15,999,646"
                            + " but the allocation is £16,059,934: a difference of £60,288, more than rounding explains"
                            + " (£5,001 in all: £5,000 for each of 1 figure given to £0.01m, £1 for each of 1 figure"
                            + " given to the pound)");
        }

        @Test
        void withNoToleranceTheNottinghamshirePoundIsAnError() {
            RuleContext strict = PooledBudgetFixtures.context().withRoundingTolerance(Money.ZERO);
            assertEquals(List.of(), run("IBCF-SPEND-ROUNDING", nottinghamshire(), strict));
            assertOne(run("IBCF-SPEND-RECONCILES", nottinghamshire(), strict),
                    "/improvedBcf/spendForecast/oneOffAvailable", "Improved BCF for 2017/18: forecast spend"
                            + " £15,499,646 plus one-off funding £560,287 is £16,059,933 but the allocation is"
                            + " £16,059,934: a difference of £1, more than rounding explains (£0 for each of 2 rounded"
                            + " figures)");
        }
    }

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
