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
 * The plan's sign-off rules (PlanSignOffRules): broken variants with the exact path and message of each finding.
 */
class PlanSignOffRulesTest {

    @Nested
    class SignOffs {
        @Test
        void oneSignatoryForTwoCcgsIsFine() {
            // Amanda Sullivan signs for Mansfield and Ashfield and for Newark and Sherwood [003:33], [003:38]
            assertEquals(golden().signOffs().get(1).signedBy(), golden().signOffs().get(2).signedBy());
            assertEquals(List.of(), run("PLAN-CCG-SIGN-OFF", golden()));
            assertEquals(List.of(), run("PLAN-SIGN-OFF-UNKNOWN-CCG", golden()));
        }

        @Test
        void aMissingCcgSignOffIsAnErrorAtThatCcg() {
            Plan p = editSignOff(5, s -> null); // Rushcliffe [003:52-55]
            assertOne(run("PLAN-CCG-SIGN-OFF", p), "/details/ccgs/5",
                    "No sign-off recorded on behalf of the Clinical Commissioning Group 'Rushcliffe'");
        }

        @Test
        void namesMatchWhateverTheCaseAndTheCcgAffixes() {
            Plan p = editSignOff(5, s -> PlanFixtures.body(s, "NHS  rushcliffe CCG"));
            assertEquals(List.of(), run("PLAN-CCG-SIGN-OFF", p));
            assertEquals(List.of(), run("PLAN-SIGN-OFF-UNKNOWN-CCG", p));
        }

        @Test
        void aSignOffForACcgNotInThePlanWarnsAndLeavesTheRealOneUnsigned() {
            Plan p = editSignOff(5, s -> PlanFixtures.body(s, "Nottingham City"));
            List<Finding> unknown = run("PLAN-SIGN-OFF-UNKNOWN-CCG", p);
            assertOne(unknown, "/signOffs/5/body", "Sign-off on behalf of the Clinical Commissioning Group"
                    + " 'Nottingham City' does not match any CCG named in the plan ('Bassetlaw', 'Mansfield and"
                    + " Ashfield', 'Newark and Sherwood' and 3 more)");
            assertEquals(Severity.WARNING, unknown.get(0).severity());
            assertOne(run("PLAN-CCG-SIGN-OFF", p), "/details/ccgs/5",
                    "No sign-off recorded on behalf of the Clinical Commissioning Group 'Rushcliffe'");
        }

        @Test
        void theCouncilMustSignOnBehalfOfTheLocalAuthority() {
            assertEquals(List.of(), run("PLAN-COUNCIL-SIGN-OFF", golden()));
            assertOne(run("PLAN-COUNCIL-SIGN-OFF", editSignOff(6, s -> null)), "/signOffs",
                    "No sign-off recorded on behalf of the Council 'Nottinghamshire County Council'");
            assertOne(run("PLAN-COUNCIL-SIGN-OFF", editSignOff(6, s -> PlanFixtures.body(s, "Rushcliffe Borough"
                    + " Council"))), "/signOffs", "No sign-off recorded on behalf of the Council 'Nottinghamshire"
                    + " County Council' (council sign-offs found for: 'Rushcliffe Borough Council')");
        }

        @Test
        void theBoardMustSign() {
            assertEquals(List.of(), run("PLAN-BOARD-SIGN-OFF", golden()));
            assertOne(run("PLAN-BOARD-SIGN-OFF", editSignOff(7, s -> null)), "/signOffs",
                    "No sign-off recorded on behalf of the Health and Wellbeing Board 'Nottinghamshire' by its Chair");
        }

        @Test
        void everyBlockNeedsByPositionAndDateButTheBoardHasNoPosition() {
            assertEquals(null, golden().signOffs().get(7).position()); // [003:63]
            assertEquals(List.of(), run("PLAN-SIGN-OFF-COMPLETE", golden()));
            assertOne(run("PLAN-SIGN-OFF-COMPLETE", editSignOff(0, s -> PlanFixtures.position(s, " "))),
                    "/signOffs/0/position",
                    "Sign-off 1 on behalf of the Clinical Commissioning Group 'Bassetlaw' has a blank Position");
            Plan undatedBoard = editSignOff(7, s -> PlanFixtures.date(s, null));
            assertOne(run("PLAN-SIGN-OFF-COMPLETE", undatedBoard), "/signOffs/7/date", "Sign-off 8 on behalf of the"
                    + " Health and Wellbeing Board 'Nottinghamshire Health and Wellbeing Board' has a blank Date");
            assertEquals(List.of(), run("PLAN-BOARD-SIGN-OFF", undatedBoard), "one gap, one finding");
        }

        @Test
        void aPartnerSigningAfterTheBoardAgreedWarns() {
            // [003:30] 21/03/2014 before [003:18] 02/04/2014 passes; 03/04/2014 does not
            assertEquals(List.of(), run("PLAN-PARTNER-SIGN-OFF-DATES", golden()));
            List<Finding> f = run("PLAN-PARTNER-SIGN-OFF-DATES",
                    editSignOff(0, s -> PlanFixtures.date(s, LocalDate.of(2014, 4, 3))));
            assertOne(f, "/signOffs/0/date", "Sign-off on behalf of the Clinical Commissioning Group 'Bassetlaw' is"
                    + " dated 03/04/2014, after the plan was agreed at the Health and Wellbeing Board on 02/04/2014");
            assertEquals(Severity.WARNING, f.get(0).severity());
        }

        @Test
        void theCouncilIsAPartnerTooButTheBoardsOwnDateIsNotJudgedAgainstItself() {
            LocalDate late = LocalDate.of(2014, 4, 3);
            assertOne(run("PLAN-PARTNER-SIGN-OFF-DATES", editSignOff(6, s -> PlanFixtures.date(s, late))),
                    "/signOffs/6/date", "Sign-off on behalf of the Council 'Nottinghamshire County Council' is dated"
                            + " 03/04/2014, after the plan was agreed at the Health and Wellbeing Board on 02/04/2014");
            assertEquals(List.of(), run("PLAN-PARTNER-SIGN-OFF-DATES", editSignOff(7, s -> PlanFixtures.date(s, late))));
        }
    }
}
