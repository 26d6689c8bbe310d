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
 * The pooled budget's social care rules (PooledSocialCareRules): the uplift to social care and the iBCF not
 * offsetting it; broken variants with the exact path and message of each finding.
 */
class PooledSocialCareRulesTest {

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
}
