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
 * The plan's risk rules (PlanRiskRules): broken variants with the exact path and message of each finding.
 */
class PlanRiskRulesTest {

    @Nested
    class Risks {
        @Test
        void all22NottinghamshireRisksAreRatedAndMitigated() {
            assertEquals(22, golden().risks().size());
            assertEquals(List.of(), run("PLAN-RISK-RATED", golden()));
        }

        @Test
        void oneRatingIsEnoughForTheTemplatesOneRiskRatingColumn() {
            // [003:687] one "Risk rating" column; a likelihood alone is a rating
            Plan p = editRisk(0, r -> new Risk(r.planningUnit(), r.description(), null, r.likelihood(),
                    r.mitigatingActions()));
            assertEquals(List.of(), run("PLAN-RISK-RATED", p));
        }

        @Test
        void aRiskWithoutAnyRatingOrMitigationIsAnIncompleteRegister() {
            Plan p = editRisk(0, r -> new Risk(r.planningUnit(), r.description(), null, null, ""));
            List<Finding> f = run("PLAN-RISK-RATED", p);
            assertEquals(List.of("/risks/0/impact", "/risks/0/mitigatingActions"),
                    f.stream().map(Finding::path).toList());
            // [003:689] N1, quoted as far as Text.abbreviate allows
            assertEquals("Risk 1 'Agreement for whole scale change from all partners, includin... (88 characters)'"
                    + " has no risk rating (neither an impact nor a likelihood)", f.get(0).message());
            assertEquals("Risk 1 'Agreement for whole scale change from all partners, includin... (88 characters)'"
                    + " has no mitigating actions", f.get(1).message());
            assertTrue(f.stream().allMatch(x -> x.severity() == Severity.WARNING));
        }

        @Test
        void anEmptyRegisterIsAnError() {
            assertOne(run("PLAN-RISK-RATED", PlanFixtures.withRisks(golden(), List.of())), "/risks",
                    "The risk register (section 4) lists no risks");
        }
    }
}
