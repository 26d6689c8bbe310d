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
 * The 2014 plan rules as a specification: the Nottinghamshire plan ({@code [003]}) passes every
 * rule but warns on the joint-assessment proportions; each rule fires on a one-change variant
 * with the path and message a user sees.
 */
class PlanRulesTest {

    @Nested
    class Catalogue {
        @Test
        void listsTheRulesInTemplateOrderWithStableIds() {
            assertEquals(List.of("PLAN-DETAILS-REQUIRED", "PLAN-AGREED-COVERS-MINIMUM", "PLAN-AGREED-BEFORE-SUBMITTED",
                    "PLAN-CCG-DUPLICATE", "PLAN-CCG-SIGN-OFF", "PLAN-SIGN-OFF-UNKNOWN-CCG", "PLAN-COUNCIL-SIGN-OFF",
                    "PLAN-BOARD-SIGN-OFF", "PLAN-SIGN-OFF-COMPLETE", "PLAN-PARTNER-SIGN-OFF-DATES",
                    "PLAN-SIGN-OFF-DUPLICATE", "PLAN-PROVIDER-ENGAGEMENT", "PLAN-PUBLIC-ENGAGEMENT", "PLAN-VISION-AIMS",
                    "PLAN-ACUTE-IMPACT-DESCRIBED", "PLAN-ACUTE-IMPACT-QUANTIFIED", "PLAN-GOVERNANCE",
                    "PSC-LOCAL-DEFINITION", "PSC-ALLOCATIONS-ADD-UP",
                    "PSC-EVERY-UNIT-ALLOCATES", "PSC-CARE-BILL-ADDS-UP", "PLAN-CONDITIONS-ANSWERED",
                    "PLAN-NHS-NUMBER-COMMITMENT", "PLAN-RISK-STRATIFICATION-NAMED", "PLAN-JOINT-ASSESSMENT-PROPORTIONS",
                    "PLAN-RISK-RATED", "PLAN-RISK-PROVIDER-IMPACT", "PLAN-PART2-ANSWERED", "PLAN-PART2-COMPLETED"),
                    PlanRules.all().stream().map(Rule::id).toList());
        }

        @Test
        void everyRuleJudgesPlansOfThe2014EditionAndCitesASeedLine() {
            for (Rule<Plan> r : PlanRules.all()) {
                assertEquals(java.util.Set.of(Edition.PLAN_2014), r.editions(), r.id());
                assertEquals(Plan.class, r.documentType(), r.id());
                assertTrue(r.provenance().matches("(?s).*\\[00[0-4]:\\d+(-\\d+)?\\].*"), r.id());
                assertFalse(r.title().isBlank(), r.id());
            }
        }

        @Test
        void onlyTheRulesThePapersDoNotStateAreDerived() {
            assertEquals(List.of("PLAN-AGREED-BEFORE-SUBMITTED", "PLAN-CCG-DUPLICATE", "PLAN-SIGN-OFF-UNKNOWN-CCG",
                    "PLAN-PARTNER-SIGN-OFF-DATES", "PLAN-SIGN-OFF-DUPLICATE", "PLAN-ACUTE-IMPACT-QUANTIFIED",
                    "PSC-EVERY-UNIT-ALLOCATES", "PLAN-RISK-PROVIDER-IMPACT"),
                    PlanRules.all().stream().filter(Rule::derived).map(Rule::id).toList());
        }

        @Test
        void severitiesFollowTheExtraction() {
            Map<String, Severity> severities = PlanRules.all().stream()
                    .collect(Collectors.toMap(Rule::id, Rule::severity));
            assertEquals(Severity.WARNING, severities.get("PLAN-JOINT-ASSESSMENT-PROPORTIONS"));
            assertEquals(Severity.WARNING, severities.get("PLAN-RISK-STRATIFICATION-NAMED"));
            assertEquals(Severity.WARNING, severities.get("PLAN-SIGN-OFF-UNKNOWN-CCG"));
            assertEquals(Severity.WARNING, severities.get("PLAN-PARTNER-SIGN-OFF-DATES"));
            // blank always-asked questions make the plan incomplete: warnings, not errors
            assertEquals(Severity.WARNING, severities.get("PLAN-DETAILS-REQUIRED"));
            assertEquals(Severity.WARNING, severities.get("PLAN-CONDITIONS-ANSWERED"));
            // derived or blank-is-incomplete: never an ERROR (docs/RULES.md, severity policy)
            assertEquals(Severity.INFO, severities.get("PLAN-AGREED-BEFORE-SUBMITTED"));
            assertEquals(Severity.WARNING, severities.get("PSC-EVERY-UNIT-ALLOCATES"));
            assertEquals(Severity.WARNING, severities.get("PLAN-RISK-RATED"));
            // the plans "should" be signed off [002:671]; a missing block or field is an incomplete plan
            for (String signOff : List.of("PLAN-CCG-SIGN-OFF", "PLAN-COUNCIL-SIGN-OFF", "PLAN-BOARD-SIGN-OFF",
                    "PLAN-SIGN-OFF-COMPLETE")) {
                assertEquals(Severity.WARNING, severities.get(signOff), signOff);
            }
            // [003:5] "Both parts must be completed": a plan that says Part 2 was not is the fourth ERROR
            assertEquals(Severity.ERROR, severities.get("PLAN-PART2-COMPLETED"));
            assertEquals(4, severities.values().stream().filter(s -> s == Severity.ERROR).count());
        }
    }

    @Nested
    class Golden {
        @Test
        void nottinghamshirePlanHasNoErrorAndWarnsOnlyThatTheJointAssessmentProportionsAndPart2AreMissing() {
            // [003] prints Part 1 only: it refers to "Part 2 of this plan" [003:613] but does not say it was
            // completed, so that answer is blank and the plan incomplete
            List<Finding> findings = runAll(golden());
            assertEquals(List.of(
                    new Finding("PLAN-JOINT-ASSESSMENT-PROPORTIONS", Severity.WARNING,
                            "/conditions/jointAssessment/percentAdultsAtHighRisk",
                            "d) Joint assessment: the proportion of the adult population identified as at high risk"
                                    + " of hospital admission is not specified",
                            PlanFixtures.rule("PLAN-JOINT-ASSESSMENT-PROPORTIONS").provenance()),
                    new Finding("PLAN-JOINT-ASSESSMENT-PROPORTIONS", Severity.WARNING,
                            "/conditions/jointAssessment/percentAtRiskWithJointCarePlan",
                            "d) Joint assessment: the proportion of individuals at risk with a joint care plan and"
                                    + " accountable professional is not specified",
                            PlanFixtures.rule("PLAN-JOINT-ASSESSMENT-PROPORTIONS").provenance()),
                    new Finding("PLAN-PART2-ANSWERED", Severity.WARNING, "/part2Completed",
                            "The plan does not say whether Part 2 (the Excel workbook of metrics and finance) was"
                                    + " completed", PlanFixtures.rule("PLAN-PART2-ANSWERED").provenance())),
                    findings);
        }

        @Test
        void aPlanWithNothingInItReportsTheGapsAndNeverThrows() {
            Plan empty = new Plan(null, List.of(), null, null, List.of(), null, List.of(), null, null, List.of());
            List<Finding> findings = runAll(empty);
            assertEquals(List.of("/details", "/signOffs", "/signOffs", "/providerEngagement", "/publicEngagement",
                    "/vision", "/aimsAndObjectives", "/schemes", "/acuteSectorImpact", "/governance",
                    "/socialCareProtection", "/conditions",
                    "/conditions/jointAssessment/riskStratification",
                    "/conditions/jointAssessment/percentAdultsAtHighRisk",
                    "/conditions/jointAssessment/percentAtRiskWithJointCarePlan", "/risks", "/part2Completed"),
                    findings.stream().map(Finding::path).toList());
        }

        @Test
        void blankValuesInsideSectionsNeverThrow() {
            PlanDetails details = new PlanDetails(new HealthAndWellbeingBoard(" ", null), new LocalAuthority(" ", null),
                    List.of(new ClinicalCommissioningGroup(" ")), null, null, null, new TreeMap<>(), new TreeMap<>());
            Plan holes = new Plan(details,
                    List.of(new SignOff(null, null, null, null, null), new SignOff(BodyType.CCG, " ", " ", " ", null)),
                    null, null, List.of(), null, List.of(),
                    new SocialCareProtection(null, null, List.of(new PlanningUnitAllocation(" ", new TreeMap<>())),
                            new TreeMap<>(), new SocialCareProtection.CareBillFunding(null, null, null)),
                    new PlanConditions(null, new PlanConditions.DataSharing(null, null, null, null),
                            new PlanConditions.JointAssessment(null, null, null, null)),
                    List.of(new Risk(null, null, null, null, null)));
            List<String> findings = runAll(holes).stream().map(f -> f.path() + ": " + f.message()).toList();
            String unstated = "Sign-off 1 on behalf of an unstated body (body not named)";
            String ccg = "Sign-off 2 on behalf of the Clinical Commissioning Group (body not named)";
            assertEquals(List.of(
                    "/details/localAuthority: Local Authority is blank",
                    "/details/ccgs/0/name: Clinical Commissioning Group 1 of 1 has a blank name",
                    "/details/dateAgreedAtBoard: Date agreed at Health and Well-Being Board is blank",
                    "/details/dateSubmitted: Date submitted is blank",
                    "/details/minimumPooledBudget/2014~115: Minimum required value of ITF pooled budget for 2014/15"
                            + " is blank",
                    "/details/minimumPooledBudget/2015~116: Minimum required value of ITF pooled budget for 2015/16"
                            + " is blank",
                    "/details/agreedPooledBudget/2014~115: Total agreed value of pooled budget for 2014/15 is blank",
                    "/details/agreedPooledBudget/2015~116: Total agreed value of pooled budget for 2015/16 is blank",
                    "/signOffs: No sign-off recorded on behalf of the Council",
                    "/signOffs: No sign-off recorded on behalf of the Health and Wellbeing Board by its Chair",
                    "/signOffs/0/bodyType: " + unstated + " does not say what kind of body it is for",
                    "/signOffs/0/body: " + unstated + " does not name the body",
                    "/signOffs/0/signedBy: " + unstated + " does not say by whom (By is blank)",
                    "/signOffs/0/position: " + unstated + " has a blank Position",
                    "/signOffs/0/date: " + unstated + " has a blank Date",
                    "/signOffs/1/body: " + ccg + " does not name the body",
                    "/signOffs/1/signedBy: " + ccg + " does not say by whom (By is blank)",
                    "/signOffs/1/position: " + ccg + " has a blank Position",
                    "/signOffs/1/date: " + ccg + " has a blank Date",
                    "/providerEngagement: 1 c) Service provider engagement is not answered: how providers were"
                            + " involved in the plan, and the extent to which they are party to it",
                    "/publicEngagement: 1 d) Patient, service user and public engagement is not answered: how"
                            + " patients, service users and the public were involved in the plan",
                    "/vision: 2 a) Vision for health and care services is not answered",
                    "/aimsAndObjectives: 2 b) Aims and objectives is not answered",
                    "/schemes: 2) The plan lists no schemes or changes of its joint work programme",
                    "/acuteSectorImpact: 2) Implications for the acute sector is not answered: where NHS savings will"
                            + " be realised, the risk of their not being realised, and the impact on NHS service"
                            + " delivery targets",
                    "/governance: 2) Governance is not answered: the arrangements for oversight and governance of"
                            + " progress and outcomes",
                    "/socialCareProtection/localDefinition: a) Protecting social care services: the agreed local"
                            + " definition of protecting adult social care services is not given",
                    "/socialCareProtection/howProtected: a) Protecting social care services: how local social care"
                            + " services will be protected within the plan is not explained",
                    "/socialCareProtection/allocations/0/amounts/2014~115: Planning unit 1 allocates nothing to"
                            + " protecting social care services for 2014/15 (blank)",
                    "/socialCareProtection/allocations/0/amounts/2015~116: Planning unit 1 allocates nothing to"
                            + " protecting social care services for 2015/16 (blank)",
                    "/conditions/sevenDayServices: b) 7 day services to support discharge is not answered",
                    "/conditions/dataSharing/nhsNumberAsPrimaryIdentifier: c) Data sharing: use of the NHS Number as"
                            + " the primary identifier is not confirmed",
                    "/conditions/dataSharing/openApis: c) Data sharing: commitment to systems based on Open APIs and"
                            + " Open Standards is not confirmed",
                    "/conditions/dataSharing/informationGovernance: c) Data sharing: commitment to appropriate IG"
                            + " Controls is not confirmed",
                    "/conditions/jointAssessment/answer: d) Joint assessment: an accountable lead professional and a"
                            + " joint process to assess risk are not confirmed",
                    "/conditions/jointAssessment/riskStratification: d) Joint assessment: the approach to risk"
                            + " stratification is not named",
                    "/conditions/jointAssessment/percentAdultsAtHighRisk: d) Joint assessment: the proportion of the"
                            + " adult population identified as at high risk of hospital admission is not specified",
                    "/conditions/jointAssessment/percentAtRiskWithJointCarePlan: d) Joint assessment: the proportion"
                            + " of individuals at risk with a joint care plan and accountable professional is not"
                            + " specified",
                    "/risks/0/description: Risk 1 is not described",
                    "/risks/0/impact: Risk 1 has no risk rating (neither an impact nor a likelihood)",
                    "/risks/0/mitigatingActions: Risk 1 has no mitigating actions",
                    "/risks: The one risk does not concern the impact on NHS service providers (none names a provider,"
                            + " hospital, the acute sector, the NHS or a trust)",
                    "/part2Completed: The plan does not say whether Part 2 (the Excel workbook of metrics and finance)"
                            + " was completed"), findings);
        }
    }
}
