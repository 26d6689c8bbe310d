package dev.bcfkit.rules.plan;

import static dev.bcfkit.rules.OneFinding.assertOne;
import static dev.bcfkit.rules.plan.PlanFixtures.Y2014_15;
import static dev.bcfkit.rules.plan.PlanFixtures.Y2015_16;
import static dev.bcfkit.rules.plan.PlanFixtures.budgets;
import static dev.bcfkit.rules.plan.PlanFixtures.dates;
import static dev.bcfkit.rules.plan.PlanFixtures.editAllocation;
import static dev.bcfkit.rules.plan.PlanFixtures.editDetails;
import static dev.bcfkit.rules.plan.PlanFixtures.editJointAssessment;
import static dev.bcfkit.rules.plan.PlanFixtures.editRisk;
import static dev.bcfkit.rules.plan.PlanFixtures.editSignOff;
import static dev.bcfkit.rules.plan.PlanFixtures.golden;
import static dev.bcfkit.rules.plan.PlanFixtures.put;
import static dev.bcfkit.rules.plan.PlanFixtures.run;
import static dev.bcfkit.rules.plan.PlanFixtures.runAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanConditions;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.core.plan.PlanningUnitAllocation;
import dev.bcfkit.core.plan.Risk;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.core.plan.SocialCareProtection;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The plan's protecting-social-care rules (PlanSocialCareRules): broken variants with the exact path and message
 * of each finding.
 */
class PlanSocialCareRulesTest {

    @Nested
    class ProtectingSocialCare {
        @Test
        void nottinghamshireAllocationsAddUpToTheCountywideTotal() {
            // [003:617-620] 2,227,000 + 6,245,000 + 7,645,000 = 16,117,000 in both years
            assertEquals(List.of(), run("PSC-ALLOCATIONS-ADD-UP", golden()));
            assertEquals(List.of(), run("PSC-EVERY-UNIT-ALLOCATES", golden()));
        }

        @Test
        void anAllocationAPoundOutIsAnError() {
            Plan p = editAllocation(1, Y2014_15, Money.pounds(6_245_001));
            assertOne(run("PSC-ALLOCATIONS-ADD-UP", p), "/socialCareProtection/total/2014~115",
                    "Protecting social care allocations for 2014/15 sum to £16,117,001 but the stated total is"
                            + " £16,117,000 (difference £1)");
        }

        @Test
        void aBlankTotalForAYearTheUnitsAllocateInIsAnError() {
            assertOne(run("PSC-ALLOCATIONS-ADD-UP", PlanFixtures.editSocialCareTotal(Y2015_16, null)),
                    "/socialCareProtection/total/2015~116",
                    "Protecting social care allocations for 2015/16 sum to £16,117,000 but no total is stated for"
                            + " 2015/16");
        }

        @Test
        void aUnitWithoutAnAllocationIsAnError() {
            Plan blank = editAllocation(0, Y2015_16, null);
            assertOne(run("PSC-EVERY-UNIT-ALLOCATES", blank), "/socialCareProtection/allocations/0/amounts/2015~116",
                    "Planning unit 'North Nottinghamshire' allocates nothing to protecting social care services for"
                            + " 2015/16 (blank)");
            assertOne(run("PSC-EVERY-UNIT-ALLOCATES", editAllocation(2, Y2014_15, Money.ZERO)),
                    "/socialCareProtection/allocations/2/amounts/2014~115",
                    "Planning unit 'South Nottinghamshire' allocates £0 to protecting social care services for 2014/15");
            assertOne(run("PSC-EVERY-UNIT-ALLOCATES", PlanFixtures.withSocialCare(golden(), null)),
                    "/socialCareProtection", "National condition a) Protecting social care services is not answered");
        }

        @Test
        void aSectionWithNoPlanningUnitIsOneFinding() {
            SocialCareProtection p = golden().socialCareProtection();
            Plan none = PlanFixtures.withSocialCare(golden(), new SocialCareProtection(p.localDefinition(),
                    p.howProtected(), List.of(), p.total(), p.careBill()));
            assertOne(run("PSC-EVERY-UNIT-ALLOCATES", none), "/socialCareProtection/allocations",
                    "No planning unit allocates funds to protecting social care services");
        }

        @Test
        void careBillFundingAddsUp() {
            // [003:626] 1,946,000 + 735,000 = 2,681,000
            assertEquals(List.of(), run("PSC-CARE-BILL-ADDS-UP", golden()));
            Plan p = PlanFixtures.editCareBill(new SocialCareProtection.CareBillFunding(Money.pounds(1_946_000),
                    Money.pounds(735_000), Money.pounds(2_681_001)));
            assertOne(run("PSC-CARE-BILL-ADDS-UP", p), "/socialCareProtection/careBill/statedTotal",
                    "Care Bill funding: revenue £1,946,000 plus capital £735,000 is £2,681,000 but the stated grand"
                            + " total is £2,681,001 (difference £1)");
            Plan partial = PlanFixtures.editCareBill(new SocialCareProtection.CareBillFunding(
                    Money.pounds(1_946_000), null, Money.pounds(2_681_000)));
            assertEquals(List.of(), run("PSC-CARE-BILL-ADDS-UP", partial));
        }
    }
}
