package dev.bcfkit.rules.plan;

import static dev.bcfkit.rules.plan.PlanFixtures.golden;
import static dev.bcfkit.rules.plan.PlanFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanConditions;
import dev.bcfkit.core.plan.PlanConditions.DataSharing;
import dev.bcfkit.core.plan.Risk;
import dev.bcfkit.core.plan.RiskLevel;
import dev.bcfkit.core.plan.SocialCareProtection;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 2014 plan's sections besides the figures (R10, R16, R39, R80-R85): Nottinghamshire's plan
 * ({@code [003]}) answers every one of them, and each blank or broken answer is one finding at its
 * path, with its message.
 */
class PlanSectionRulesTest {
    private static final List<String> IDS = List.of("PLAN-PROVIDER-ENGAGEMENT", "PLAN-PUBLIC-ENGAGEMENT",
            "PLAN-VISION-AIMS", "PLAN-ACUTE-IMPACT-DESCRIBED", "PLAN-ACUTE-IMPACT-QUANTIFIED", "PLAN-GOVERNANCE",
            "PSC-LOCAL-DEFINITION", "PLAN-NHS-NUMBER-COMMITMENT", "PLAN-RISK-PROVIDER-IMPACT", "PLAN-PART2-COMPLETED");

    private static Plan with(Plan p, String provider, String publicEngagement, String aims, String acute,
            String governance, YesNo part2) {
        return new Plan(p.details(), p.signOffs(), provider, publicEngagement, p.relatedDocuments(), p.vision(),
                p.schemes(), p.socialCareProtection(), p.conditions(), p.risks(), aims, acute, governance, part2);
    }

    private static Finding one(String id, Plan plan, Severity severity, String path, String message) {
        List<Finding> findings = run(id, plan);
        assertEquals(1, findings.size(), () -> id + " gave " + findings);
        Finding f = findings.get(0);
        assertEquals(severity, f.severity());
        assertEquals(path, f.path());
        assertEquals(message, f.message());
        return f;
    }

    /**
     * Nottinghamshire answers every section: providers [003:70-93], the public [003:99-119], the
     * vision [003:141], aims and objectives [003:178-218], seven schemes, the acute sector
     * [003:355-563] with figures ("£398m", [003:429]), governance [003:569-588], the local definition
     * [003:596] and how care is protected [003:604], the NHS Number "by October 2014" [003:655], and a
     * risk to the "financial stability of providers" [003:692].
     */
    @Test
    void nottinghamshireAnswersEverySection() {
        Plan plan = golden();
        for (String id : IDS) {
            assertEquals(List.of(), run(id, plan), id);
        }
        assertTrue(plan.acuteSectorImpact().contains("the total cost of the physical health and social care economy"
                + " was £398m"));
        assertTrue(plan.governance().startsWith("A county-wide BCF Working Group has been mobilised"));
        assertTrue(plan.aimsAndObjectives().startsWith("Our aim is to create a new and sustainable model of care"));
        assertEquals("October 2014", plan.conditions().dataSharing().nhsNumberInPlaceBy());
    }

    @Test
    void blankEngagementSectionsAreIncomplete() {
        Plan g = golden();
        one("PLAN-PROVIDER-ENGAGEMENT", with(g, null, g.publicEngagement(), g.aimsAndObjectives(),
                g.acuteSectorImpact(), g.governance(), g.part2Completed()), Severity.WARNING, "/providerEngagement",
                "1 c) Service provider engagement is not answered: how providers were involved in the plan, and the"
                        + " extent to which they are party to it");
        one("PLAN-PUBLIC-ENGAGEMENT", with(g, g.providerEngagement(), "  ", g.aimsAndObjectives(),
                g.acuteSectorImpact(), g.governance(), g.part2Completed()), Severity.WARNING, "/publicEngagement",
                "1 d) Patient, service user and public engagement is not answered: how patients, service users and"
                        + " the public were involved in the plan");
    }

    @Test
    void blankAimsAndGovernanceAreIncomplete() {
        Plan g = golden();
        one("PLAN-VISION-AIMS", with(g, g.providerEngagement(), g.publicEngagement(), null, g.acuteSectorImpact(),
                g.governance(), g.part2Completed()), Severity.WARNING, "/aimsAndObjectives",
                "2 b) Aims and objectives is not answered");
        one("PLAN-GOVERNANCE", with(g, g.providerEngagement(), g.publicEngagement(), g.aimsAndObjectives(),
                g.acuteSectorImpact(), "", g.part2Completed()), Severity.WARNING, "/governance",
                "2) Governance is not answered: the arrangements for oversight and governance of progress and"
                        + " outcomes");
    }

    @Test
    void anAcuteSectorAnswerWithoutAFigureDoesNotQuantifyAndABlankOneIsIncomplete() {
        Plan g = golden();
        Plan blank = with(g, g.providerEngagement(), g.publicEngagement(), g.aimsAndObjectives(), null,
                g.governance(), g.part2Completed());
        one("PLAN-ACUTE-IMPACT-DESCRIBED", blank, Severity.WARNING, "/acuteSectorImpact",
                "2) Implications for the acute sector is not answered: where NHS savings will be realised, the risk of"
                        + " their not being realised, and the impact on NHS service delivery targets");
        assertEquals(List.of(), run("PLAN-ACUTE-IMPACT-QUANTIFIED", blank));
        Plan vague = with(g, g.providerEngagement(), g.publicEngagement(), g.aimsAndObjectives(),
                "All acute providers are active partners.", g.governance(), g.part2Completed());
        Finding f = one("PLAN-ACUTE-IMPACT-QUANTIFIED", vague, Severity.WARNING, "/acuteSectorImpact",
                "2) Implications for the acute sector gives no figure (\"All acute providers are active partners.\"),"
                        + " so it does not quantify the impact on NHS service delivery targets");
        assertTrue(f.source().startsWith("Derived: [003:353]"));
    }

    @Test
    void aBlankLocalDefinitionOfProtectingSocialCareIsIncomplete() {
        Plan g = golden();
        SocialCareProtection s = g.socialCareProtection();
        one("PSC-LOCAL-DEFINITION", PlanFixtures.withSocialCare(g, new SocialCareProtection(null, s.howProtected(),
                s.allocations(), s.total(), s.careBill())), Severity.WARNING, "/socialCareProtection/localDefinition",
                "a) Protecting social care services: the agreed local definition of protecting adult social care"
                        + " services is not given");
    }

    private static Plan nhsNumber(YesNo confirmed, String commitment, String by) {
        Plan g = golden();
        PlanConditions c = g.conditions();
        DataSharing d = c.dataSharing();
        return PlanFixtures.withConditions(g, new PlanConditions(c.sevenDayServices(), new DataSharing(
                d.nhsNumberAsPrimaryIdentifier(), commitment, d.openApis(), d.informationGovernance(), confirmed, by),
                c.jointAssessment()));
    }

    @Test
    void aPlanNotYetUsingTheNhsNumberCommitsAndSaysWhenBy() {
        one("PLAN-NHS-NUMBER-COMMITMENT", nhsNumber(YesNo.NO, "We commit to it.", null), Severity.WARNING,
                "/conditions/dataSharing/nhsNumberInPlaceBy", "c) Data sharing: the NHS Number is not the primary"
                        + " identifier ('No'), but when it will be in place is not said");
        one("PLAN-NHS-NUMBER-COMMITMENT", nhsNumber(YesNo.NO, null, "October 2014"), Severity.WARNING,
                "/conditions/dataSharing/nhsNumberCommitment", "c) Data sharing: the NHS Number is not the primary"
                        + " identifier ('No'), but no commitment that it will be in place is given");
        // already the primary identifier, or not said: the commitment is not asked
        assertEquals(List.of(), run("PLAN-NHS-NUMBER-COMMITMENT", nhsNumber(YesNo.YES, null, null)));
        assertEquals(List.of(), run("PLAN-NHS-NUMBER-COMMITMENT", nhsNumber(null, null, null)));
    }

    @Test
    void aRegisterWithNoRiskToProvidersIsWorthALook() {
        Plan plan = PlanFixtures.withRisks(golden(), List.of(
                new Risk(null, "Public resistance to proposed changes", RiskLevel.HIGH, RiskLevel.MEDIUM,
                        "Engagement plan in place."),
                new Risk(null, "Recruitment of qualified and skilled preventive staff", RiskLevel.HIGH, RiskLevel.LOW,
                        "Workforce development plan")));
        one("PLAN-RISK-PROVIDER-IMPACT", plan, Severity.WARNING, "/risks", "None of the 2 risks concerns the impact"
                + " on NHS service providers (none names a provider, hospital, the acute sector, the NHS or a trust)");
        assertEquals(List.of(), run("PLAN-RISK-PROVIDER-IMPACT", PlanFixtures.withRisks(golden(), List.of())));
    }

    @Test
    void part2RecordedAsNotCompletedIsAnErrorAndNotSayingIsIncomplete() {
        Plan g = golden();
        one("PLAN-PART2-COMPLETED", with(g, g.providerEngagement(), g.publicEngagement(), g.aimsAndObjectives(),
                g.acuteSectorImpact(), g.governance(), YesNo.NO), Severity.ERROR, "/part2Completed",
                "Part 2 (the Excel workbook of metrics and finance) is recorded as not completed ('No'); both parts"
                        + " must be completed");
        Plan yes = with(g, g.providerEngagement(), g.publicEngagement(), g.aimsAndObjectives(), g.acuteSectorImpact(),
                g.governance(), YesNo.YES);
        assertEquals(List.of(), run("PLAN-PART2-COMPLETED", yes));
        assertEquals(List.of(), run("PLAN-PART2-ANSWERED", yes));
        one("PLAN-PART2-ANSWERED", g, Severity.WARNING, "/part2Completed",
                "The plan does not say whether Part 2 (the Excel workbook of metrics and finance) was completed");
    }

    @Test
    void everyNewRuleTracesToItsRequirement() {
        assertEquals(List.of("R10"), PlanFixtures.rule("PLAN-PROVIDER-ENGAGEMENT").requirements());
        assertEquals(List.of("R83"), PlanFixtures.rule("PLAN-PUBLIC-ENGAGEMENT").requirements());
        assertEquals(List.of("R80"), PlanFixtures.rule("PLAN-VISION-AIMS").requirements());
        assertEquals(List.of("R81"), PlanFixtures.rule("PLAN-ACUTE-IMPACT-DESCRIBED").requirements());
        assertEquals(List.of("R81"), PlanFixtures.rule("PLAN-ACUTE-IMPACT-QUANTIFIED").requirements());
        assertEquals(List.of("R82"), PlanFixtures.rule("PLAN-GOVERNANCE").requirements());
        assertEquals(List.of("R39"), PlanFixtures.rule("PSC-LOCAL-DEFINITION").requirements());
        assertEquals(List.of("R16"), PlanFixtures.rule("PLAN-NHS-NUMBER-COMMITMENT").requirements());
        assertEquals(List.of("R84"), PlanFixtures.rule("PLAN-RISK-PROVIDER-IMPACT").requirements());
        for (String id : List.of("PLAN-PART2-ANSWERED", "PLAN-PART2-COMPLETED")) {
            Rule<Plan> r = PlanFixtures.rule(id);
            assertEquals(List.of("R85"), r.requirements(), id);
        }
    }
}
