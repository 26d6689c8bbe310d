package dev.bcfkit.rules.plan;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanConditions.DataSharing;
import dev.bcfkit.core.plan.PlanConditions.JointAssessment;
import dev.bcfkit.core.plan.PlanConditions;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.engine.Blank;
import dev.bcfkit.rules.engine.CellRange;
import dev.bcfkit.rules.engine.Pointer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Rules on national conditions b) to d) of the 2014 plan ({@code [003:628-679]}): seven-day
 * services, data sharing, and joint assessment with an accountable lead professional. The
 * answers are narrative; only whether they are given, and the two proportions d) asks for, can
 * be judged.
 */
final class PlanConditionRules {

    /**
     * PLAN-CONDITIONS-ANSWERED: every confirmation b) to d) asks for is answered: b) the seven-day
     * services plan, c) the NHS Number as primary identifier, Open APIs and IG controls, d) the
     * joint-assessment confirmation. See the rule's source for its severity. Blank is this rule's subject, reported at the deepest path that exists: a missing
     * conditions section is one finding, a missing c) or d) one finding each. The NHS Number
     * commitment ({@code [003:653]}) is asked only of areas not yet using it: PLAN-NHS-NUMBER-COMMITMENT
     * judges it where the plan says so.
     */
    static final Rule<Plan> CONDITIONS_ANSWERED = Rule.on(Plan.class, "PLAN-CONDITIONS-ANSWERED")
            .requirements("R15")
            .title("National conditions b) to d) are answered")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:630] b) 7 day services \"Please describe your agreed local plans\"; [003:649], [003:657],"
                    + " [003:661] c) \"Please confirm\" NHS Number, Open APIs, IG Controls; [003:667] d) \"Please"
                    + " confirm that local people at high risk of hospital admission have an agreed accountable lead"
                    + " professional\"")
            .check((plan, ctx, emit) -> {
                PlanConditions c = plan.conditions();
                if (c == null) {
                    emit.report(Pointer.of("conditions"), "National conditions b) to d) are not answered");
                    return;
                }
                if (Text.isBlank(c.sevenDayServices())) {
                    emit.report(Pointer.of("conditions", "sevenDayServices"),
                            "b) 7 day services to support discharge is not answered");
                }
                DataSharing ds = c.dataSharing();
                if (ds == null) {
                    emit.report(Pointer.of("conditions", "dataSharing"), "c) Data sharing is not answered");
                } else {
                    if (Text.isBlank(ds.nhsNumberAsPrimaryIdentifier())) {
                        emit.report(Pointer.of("conditions", "dataSharing", "nhsNumberAsPrimaryIdentifier"),
                                "c) Data sharing: use of the NHS Number as the primary identifier is not confirmed");
                    }
                    if (Text.isBlank(ds.openApis())) {
                        emit.report(Pointer.of("conditions", "dataSharing", "openApis"),
                                "c) Data sharing: commitment to systems based on Open APIs and Open Standards is not"
                                        + " confirmed");
                    }
                    if (Text.isBlank(ds.informationGovernance())) {
                        emit.report(Pointer.of("conditions", "dataSharing", "informationGovernance"),
                                "c) Data sharing: commitment to appropriate IG Controls is not confirmed");
                    }
                }
                JointAssessment ja = c.jointAssessment();
                if (ja == null) {
                    emit.report(Pointer.of("conditions", "jointAssessment"),
                            "d) Joint assessment and accountable lead professional is not answered");
                } else if (Text.isBlank(ja.answer())) {
                    emit.report(Pointer.of("conditions", "jointAssessment", "answer"),
                            "d) Joint assessment: an accountable lead professional and a joint process to assess"
                                    + " risk are not confirmed");
                }
            });

    /**
     * PLAN-RISK-STRATIFICATION-NAMED: d) names the approach to risk stratification
     * (Nottinghamshire: "a Combined Predictive Model tool", {@code [003:671]}). WARNING, as the
     *  A blank approach, or a missing d), is a finding.
     */
    static final Rule<Plan> RISK_STRATIFICATION_NAMED = Rule.on(Plan.class, "PLAN-RISK-STRATIFICATION-NAMED")
            .requirements("R17")
            .title("The approach to risk stratification is named")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:667] \"what approach to risk stratification you have used to identify them\"")
            .check((plan, ctx, emit) -> {
                JointAssessment ja = plan.conditions() == null ? null : plan.conditions().jointAssessment();
                if (ja == null || Text.isBlank(ja.riskStratification())) {
                    emit.report(Pointer.of("conditions", "jointAssessment", "riskStratification"),
                            "d) Joint assessment: the approach to risk stratification is not named");
                }
            });

    /**
     * PLAN-JOINT-ASSESSMENT-PROPORTIONS: d) gives both proportions it asks for, each from 0 to
     * 100 per cent. Nottinghamshire gave neither ({@code [003:669-679]}), so its plan warns here.
     * A blank proportion, or a missing d), is a finding per proportion.
     */
    static final Rule<Plan> JOINT_ASSESSMENT_PROPORTIONS = Rule.on(Plan.class, "PLAN-JOINT-ASSESSMENT-PROPORTIONS")
            .requirements("R17")
            .title("Joint assessment gives the proportions of adults at high risk and of those with a joint care plan")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:667] \"Please specify what proportion of the adult population are identified as at high risk"
                    + " of hospital admission ... and what proportion of individuals at risk have a joint care plan"
                    + " and accountable professional\"")
            .check((plan, ctx, emit) -> {
                JointAssessment ja = plan.conditions() == null ? null : plan.conditions().jointAssessment();
                proportion(ja == null ? null : ja.percentAdultsAtHighRisk(), "percentAdultsAtHighRisk",
                        "the proportion of the adult population identified as at high risk of hospital admission",
                        emit);
                proportion(ja == null ? null : ja.percentAtRiskWithJointCarePlan(), "percentAtRiskWithJointCarePlan",
                        "the proportion of individuals at risk with a joint care plan and accountable professional",
                        emit);
            });

    /**
     * PLAN-NHS-NUMBER-COMMITMENT: a plan that does not confirm the NHS Number as the primary
     * identifier for correspondence ({@code nhsNumberPrimaryConfirmed} "No") confirms its
     * commitment that it will be in place, and when by ({@code [003:653]}). A WARNING: the template
     * asks ("please confirm"). Where the plan neither confirms nor denies (blank), whether the
     * commitment is asked cannot be told, so nothing is judged.
     */
    static final Rule<Plan> NHS_NUMBER_COMMITMENT = Rule.on(Plan.class, "PLAN-NHS-NUMBER-COMMITMENT")
            .title("Where the NHS Number is not yet the primary identifier, the plan commits to it and says when by")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:653] \"If you are not currently using the NHS Number as primary identifier for"
                    + " correspondence please confirm your commitment that this will be in place and when by\"")
            .requirements("R16")
            .check((plan, ctx, emit) -> {
                DataSharing ds = plan.conditions() == null ? null : plan.conditions().dataSharing();
                if (ds == null || ds.nhsNumberPrimaryConfirmed() != YesNo.NO) {
                    return;
                }
                if (Text.isBlank(ds.nhsNumberCommitment())) {
                    emit.report(Pointer.of("conditions", "dataSharing", "nhsNumberCommitment"), "c) Data sharing: the"
                            + " NHS Number is not the primary identifier ('No'), but no commitment that it will be in"
                            + " place is given");
                }
                if (Text.isBlank(ds.nhsNumberInPlaceBy())) {
                    emit.report(Pointer.of("conditions", "dataSharing", "nhsNumberInPlaceBy"), "c) Data sharing: the"
                            + " NHS Number is not the primary identifier ('No'), but when it will be in place is not"
                            + " said");
                }
            });

    private PlanConditionRules() {
    }

    /** @return this section's rules, in catalogue order */
    static List<Rule<Plan>> all() {
        return List.of(CONDITIONS_ANSWERED, NHS_NUMBER_COMMITMENT, RISK_STRATIFICATION_NAMED,
                JOINT_ASSESSMENT_PROPORTIONS);
    }

    private static void proportion(BigDecimal percent, String field, String what, Emitter emit) {
        String path = Pointer.of("conditions", "jointAssessment", field);
        if (percent == null) {
            emit.report(path, "d) Joint assessment: " + what + " is not specified");
        } else if (CellRange.outside(CellRange.PERCENTAGE, percent)) {
            // toString, not toPlainString: a hostile 1E+999999999 stays short.
            emit.report(path, "d) Joint assessment: " + what + " is " + Text.abbreviate(percent.toString())
                    + "%, outside 0 to 100%");
        }
    }
}
