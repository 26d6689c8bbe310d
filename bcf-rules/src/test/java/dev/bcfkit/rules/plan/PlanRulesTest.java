package dev.bcfkit.rules.plan;

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

    private static void assertOne(List<Finding> findings, String path, String message) {
        assertEquals(1, findings.size(), () -> "expected one finding, found " + findings);
        assertEquals(path, findings.get(0).path());
        assertEquals(message, findings.get(0).message());
    }

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
