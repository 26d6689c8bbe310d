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
 * The 2017-19 pooled-budget rules as a specification: Southend-on-Sea's pooled budget
 * ({@code [002:128]}) has no finding; Nottinghamshire's £560,287 iBCF line ({@code [000:53]}) is a
 * rounding INFO, not an error; each rule fires on a one-change variant with the path and message
 * a user sees.
 */
class PooledBudgetRulesTest {

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
}
