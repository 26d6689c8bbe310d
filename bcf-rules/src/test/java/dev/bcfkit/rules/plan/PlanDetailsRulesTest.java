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
 * The plan's details rules (PlanDetailsRules) on the 2014 plan template: broken variants of the Nottinghamshire
 * plan with the exact path and message of each finding.
 */
class PlanDetailsRulesTest {

    @Nested
    class DetailsRequired {
        @Test
        void aMissingSummaryIsOneFinding() {
            assertOne(run("PLAN-DETAILS-REQUIRED", PlanFixtures.withDetails(golden(), null)), "/details",
                    "The summary of plan (section 1 a) is missing");
        }

        @Test
        void aBlankMinimumForOneYearIsReportedAtThatYear() {
            Plan p = editDetails(d -> budgets(d, put(d.minimumPooledBudget(), Y2015_16, null), d.agreedPooledBudget()));
            assertOne(run("PLAN-DETAILS-REQUIRED", p), "/details/minimumPooledBudget/2015~116",
                    "Minimum required value of ITF pooled budget for 2015/16 is blank");
        }

        @Test
        void blankDatesLocalAuthorityAndCcgsAreEachReported() {
            Plan p = editDetails(d -> new PlanDetails(d.healthAndWellbeingBoard(), null, List.of(),
                    d.boundaryDifferences(), null, null, d.minimumPooledBudget(), d.agreedPooledBudget()));
            List<Finding> f = run("PLAN-DETAILS-REQUIRED", p);
            assertEquals(List.of("/details/localAuthority", "/details/ccgs", "/details/dateAgreedAtBoard",
                    "/details/dateSubmitted"), f.stream().map(Finding::path).toList());
            assertEquals("Date agreed at Health and Well-Being Board is blank", f.get(2).message());
        }
    }

    @Nested
    class AgreedCoversMinimum {
        @Test
        void nottinghamshireAgreedBudgetsCoverTheirMinimums() {
            // [003:20-23]: 33,971,484 >= 16,100,000 and 59,464,000 >= 54,905,000
            assertEquals(List.of(), run("PLAN-AGREED-COVERS-MINIMUM", golden()));
        }

        @Test
        void aPoundShortIsAnError() {
            Plan p = editDetails(d -> budgets(d, d.minimumPooledBudget(),
                    put(d.agreedPooledBudget(), Y2014_15, Money.pounds(16_099_999))));
            List<Finding> f = run("PLAN-AGREED-COVERS-MINIMUM", p);
            assertOne(f, "/details/agreedPooledBudget/2014~115",
                    "Total agreed pooled budget for 2014/15 (£16,099,999) is below the minimum required value"
                            + " (£16,100,000) by £1");
            assertEquals(Severity.ERROR, f.get(0).severity());
        }

        @Test
        void exactlyTheMinimumIsEnough() {
            Plan p = editDetails(d -> budgets(d, d.minimumPooledBudget(),
                    put(d.agreedPooledBudget(), Y2015_16, Money.pounds(54_905_000))));
            assertEquals(List.of(), run("PLAN-AGREED-COVERS-MINIMUM", p));
        }

        @Test
        void aBlankAgreedValueIsLeftToDetailsRequired() {
            Plan p = editDetails(d -> budgets(d, d.minimumPooledBudget(), put(d.agreedPooledBudget(), Y2014_15, null)));
            assertEquals(List.of(), run("PLAN-AGREED-COVERS-MINIMUM", p));
            assertOne(run("PLAN-DETAILS-REQUIRED", p), "/details/agreedPooledBudget/2014~115",
                    "Total agreed value of pooled budget for 2014/15 is blank");
        }
    }

    @Nested
    class AgreedBeforeSubmitted {
        @Test
        void nottinghamshireAgreedTwoDaysBeforeSubmitting() {
            assertEquals(List.of(), run("PLAN-AGREED-BEFORE-SUBMITTED", golden()));
            Plan sameDay = editDetails(d -> dates(d, LocalDate.of(2014, 4, 4), LocalDate.of(2014, 4, 4)));
            assertEquals(List.of(), run("PLAN-AGREED-BEFORE-SUBMITTED", sameDay));
        }

        @Test
        void agreeingAfterSubmittingIsInformationNotAFault() {
            // submitting "pending HWB approval" is normal practice [000:37]; delegated sign-off [002:76]
            Plan p = editDetails(d -> dates(d, LocalDate.of(2014, 4, 5), d.dateSubmitted()));
            List<Finding> f = run("PLAN-AGREED-BEFORE-SUBMITTED", p);
            assertOne(f, "/details/dateAgreedAtBoard", "Date agreed at Health and Well-Being Board (05/04/2014) is"
                    + " after the date submitted (04/04/2014): the plan was submitted pending the board's approval");
            assertEquals(Severity.INFO, f.get(0).severity());
        }
    }
}
