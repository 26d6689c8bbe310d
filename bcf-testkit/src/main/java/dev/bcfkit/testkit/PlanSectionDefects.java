package dev.bcfkit.testkit;

import dev.bcfkit.core.Text;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanConditions;
import dev.bcfkit.core.plan.PlanConditions.DataSharing;
import dev.bcfkit.core.plan.Risk;
import dev.bcfkit.core.plan.RiskLevel;
import dev.bcfkit.core.plan.SocialCareProtection;
import java.util.List;

/**
 * Defects in the narrative sections of a 2014 plan ({@code [003]}): provider and public
 * engagement, aims and objectives, the acute sector, governance, the local definition of
 * protecting social care, the NHS Number commitment, risks to providers, and Part 2.
 */
final class PlanSectionDefects {
    private static final String UNQUANTIFIED = "The plan will reduce pressure on the acute trusts.";

    private PlanSectionDefects() {
    }

    /** A copy of a plan with the sections added later replaced. */
    private static Plan with(Plan p, String provider, String publicEngagement, String aims, String acute,
            String governance, YesNo part2) {
        return new Plan(p.details(), p.signOffs(), provider, publicEngagement, p.relatedDocuments(), p.vision(),
                p.schemes(), p.socialCareProtection(), p.conditions(), p.risks(), aims, acute, governance, part2);
    }

    /** @return section 1 c left blank ({@code [003:68]}) */
    static Defect<Plan> providerEngagementBlank() {
        return Defect.of("PLAN-PROVIDER-ENGAGEMENT", "service provider engagement left blank",
                p -> !Text.isBlank(p.providerEngagement()),
                p -> with(p, null, p.publicEngagement(), p.aimsAndObjectives(), p.acuteSectorImpact(), p.governance(),
                        p.part2Completed()));
    }

    /** @return section 1 d left blank ({@code [003:97]}) */
    static Defect<Plan> publicEngagementBlank() {
        return Defect.of("PLAN-PUBLIC-ENGAGEMENT", "patient, service user and public engagement left blank",
                p -> !Text.isBlank(p.publicEngagement()),
                p -> with(p, p.providerEngagement(), " ", p.aimsAndObjectives(), p.acuteSectorImpact(),
                        p.governance(), p.part2Completed()));
    }

    /** @return aims and objectives left blank ({@code [003:172]}) */
    static Defect<Plan> aimsBlank() {
        return Defect.of("PLAN-VISION-AIMS", "aims and objectives left blank", p -> !Text.isBlank(p.aimsAndObjectives()),
                p -> with(p, p.providerEngagement(), p.publicEngagement(), null, p.acuteSectorImpact(),
                        p.governance(), p.part2Completed()));
    }

    /** @return the implications for the acute sector left blank ({@code [003:353]}) */
    static Defect<Plan> acuteImpactBlank() {
        return Defect.of("PLAN-ACUTE-IMPACT-DESCRIBED", "implications for the acute sector left blank",
                p -> !Text.isBlank(p.acuteSectorImpact()),
                p -> with(p, p.providerEngagement(), p.publicEngagement(), p.aimsAndObjectives(), null,
                        p.governance(), p.part2Completed()));
    }

    /** @return implications for the acute sector without a single figure ({@code [003:353]}) */
    static Defect<Plan> acuteImpactUnquantified() {
        return Defect.of("PLAN-ACUTE-IMPACT-QUANTIFIED", "implications for the acute sector with no figure",
                p -> !UNQUANTIFIED.equals(p.acuteSectorImpact()),
                p -> with(p, p.providerEngagement(), p.publicEngagement(), p.aimsAndObjectives(),
                        UNQUANTIFIED, p.governance(), p.part2Completed()));
    }

    /** @return governance left blank ({@code [003:567]}) */
    static Defect<Plan> governanceBlank() {
        return Defect.of("PLAN-GOVERNANCE", "governance arrangements left blank", p -> !Text.isBlank(p.governance()),
                p -> with(p, p.providerEngagement(), p.publicEngagement(), p.aimsAndObjectives(),
                        p.acuteSectorImpact(), null, p.part2Completed()));
    }

    /** @return the local definition of protecting social care left blank ({@code [003:594]}) */
    static Defect<Plan> localDefinitionBlank() {
        return Defect.of("PSC-LOCAL-DEFINITION", "local definition of protecting social care left blank",
                p -> p.socialCareProtection() != null && !Text.isBlank(p.socialCareProtection().localDefinition()), p -> {
                    SocialCareProtection s = p.socialCareProtection();
                    return PlanDefects.withSocialCare(p, new SocialCareProtection(null, s.howProtected(),
                            s.allocations(), s.total(), s.careBill()));
                });
    }

    /** @return the NHS Number not the primary identifier, and no date by when it will be ({@code [003:653]}) */
    static Defect<Plan> nhsNumberWithoutDate() {
        return Defect.of("PLAN-NHS-NUMBER-COMMITMENT", "NHS Number not the primary identifier, no date when it will be",
                p -> p.conditions() != null && p.conditions().dataSharing() != null
                        && !Text.isBlank(p.conditions().dataSharing().nhsNumberCommitment())
                        && !(p.conditions().dataSharing().nhsNumberPrimaryConfirmed() == YesNo.NO
                                && p.conditions().dataSharing().nhsNumberInPlaceBy() == null), p -> {
                    PlanConditions c = p.conditions();
                    DataSharing d = c.dataSharing();
                    return PlanDefects.withConditions(p, new PlanConditions(c.sevenDayServices(),
                            new DataSharing(d.nhsNumberAsPrimaryIdentifier(), d.nhsNumberCommitment(), d.openApis(),
                                    d.informationGovernance(), YesNo.NO, null), c.jointAssessment()));
                });
    }

    /** @return a register whose one risk does not concern NHS service providers ({@code [003:683]}) */
    static Defect<Plan> noProviderRisk() {
        return Defect.of("PLAN-RISK-PROVIDER-IMPACT", "a register whose only risk does not concern NHS providers",
                p -> true, p -> PlanDefects.withRisks(p, List.of(new Risk(null, "Public resistance to proposed changes",
                        RiskLevel.HIGH, RiskLevel.MEDIUM, "Engagement plan in place."))));
    }

    /** @return whether Part 2 was completed left blank ({@code [003:5]}) */
    static Defect<Plan> part2Unanswered() {
        return Defect.of("PLAN-PART2-ANSWERED", "whether Part 2 was completed left blank",
                p -> p.part2Completed() != null,
                p -> with(p, p.providerEngagement(), p.publicEngagement(), p.aimsAndObjectives(),
                        p.acuteSectorImpact(), p.governance(), null));
    }

    /** @return Part 2 recorded as not completed ({@code [003:5]}) */
    static Defect<Plan> part2NotCompleted() {
        return Defect.of("PLAN-PART2-COMPLETED", "Part 2 recorded as not completed", p -> p.part2Completed() != YesNo.NO,
                p -> with(p, p.providerEngagement(), p.publicEngagement(), p.aimsAndObjectives(),
                        p.acuteSectorImpact(), p.governance(), YesNo.NO));
    }
}
