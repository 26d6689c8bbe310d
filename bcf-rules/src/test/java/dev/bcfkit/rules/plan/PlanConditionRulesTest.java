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
 * The plan's national condition rules (PlanConditionRules): broken variants with the exact path and message of
 * each finding.
 */
class PlanConditionRulesTest {

    @Nested
    class Conditions {
        @Test
        void nottinghamshireAnswersConditionsBToD() {
            assertEquals(List.of(), run("PLAN-CONDITIONS-ANSWERED", golden()));
            assertEquals(List.of(), run("PLAN-RISK-STRATIFICATION-NAMED", golden())); // [003:671]
        }

        @Test
        void aBlankConfirmationIsAnError() {
            Plan g = golden();
            PlanConditions c = g.conditions();
            PlanConditions.DataSharing d = c.dataSharing();
            Plan p = PlanFixtures.withConditions(g, new PlanConditions(c.sevenDayServices(),
                    new PlanConditions.DataSharing(d.nhsNumberAsPrimaryIdentifier(), d.nhsNumberCommitment(), "  ",
                            d.informationGovernance()), c.jointAssessment()));
            assertOne(run("PLAN-CONDITIONS-ANSWERED", p), "/conditions/dataSharing/openApis",
                    "c) Data sharing: commitment to systems based on Open APIs and Open Standards is not confirmed");
            assertOne(run("PLAN-CONDITIONS-ANSWERED", PlanFixtures.withConditions(g, null)), "/conditions",
                    "National conditions b) to d) are not answered");
        }

        @Test
        void aMissingDataSharingOrJointAssessmentIsOneFindingEach() {
            Plan g = golden();
            PlanConditions c = g.conditions();
            Plan p = PlanFixtures.withConditions(g, new PlanConditions(c.sevenDayServices(), null, null));
            assertEquals(List.of("/conditions/dataSharing: c) Data sharing is not answered",
                    "/conditions/jointAssessment: d) Joint assessment and accountable lead professional is not"
                            + " answered"),
                    run("PLAN-CONDITIONS-ANSWERED", p).stream().map(f -> f.path() + ": " + f.message()).toList());
        }

        @Test
        void aBlankRiskStratificationWarns() {
            Plan p = editJointAssessment(j -> new PlanConditions.JointAssessment(j.answer(), null,
                    j.percentAdultsAtHighRisk(), j.percentAtRiskWithJointCarePlan()));
            assertOne(run("PLAN-RISK-STRATIFICATION-NAMED", p), "/conditions/jointAssessment/riskStratification",
                    "d) Joint assessment: the approach to risk stratification is not named");
        }

        @Test
        void proportionsGivenWithinZeroToHundredPassAndOutsideWarn() {
            Plan given = editJointAssessment(j -> PlanFixtures.proportions(j, new BigDecimal("2.5"),
                    BigDecimal.valueOf(100)));
            assertEquals(List.of(), run("PLAN-JOINT-ASSESSMENT-PROPORTIONS", given));
            Plan outside = editJointAssessment(j -> PlanFixtures.proportions(j, new BigDecimal("120"),
                    BigDecimal.ZERO));
            List<Finding> f = run("PLAN-JOINT-ASSESSMENT-PROPORTIONS", outside);
            assertOne(f, "/conditions/jointAssessment/percentAdultsAtHighRisk", "d) Joint assessment: the proportion"
                    + " of the adult population identified as at high risk of hospital admission is 120%, outside 0 to"
                    + " 100%");
            assertEquals(Severity.WARNING, f.get(0).severity());
        }

        @Test
        void aHostileHugeProportionIsQuotedShort() {
            Plan p = editJointAssessment(j -> PlanFixtures.proportions(j, new BigDecimal("1E+999999999"),
                    BigDecimal.ONE));
            assertOne(run("PLAN-JOINT-ASSESSMENT-PROPORTIONS", p), "/conditions/jointAssessment/percentAdultsAtHighRisk",
                    "d) Joint assessment: the proportion of the adult population identified as at high risk of"
                            + " hospital admission is 1E+999999999%, outside 0 to 100%");
        }
    }
}
