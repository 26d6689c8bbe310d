package dev.bcfkit.rules.framework;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.PlanProfile;
import dev.bcfkit.rules.engine.NameKey;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;

/**
 * Rules on 2017-19 national condition 1, "Plans to be jointly agreed" ({@code [002:670-672]}):
 * the plan covers the minimum of the pooled fund, is signed off by the board, the council and
 * every CCG, and involved the local housing authorities.
 */
final class AgreementRules {

    /**
     * FPLAN-SIGNED-OFF: the plan is signed off by the Health and Wellbeing Board, the council and
     * every CCG of the area, each sign-off naming who signed and when. A WARNING: a sign-off not
     * yet given is an incomplete plan, never an error by itself.
     */
    static final Rule<PolicyFrameworkPlan> SIGNED_OFF = Rule.on(PolicyFrameworkPlan.class, "FPLAN-SIGNED-OFF")
            .title("The plan is signed off by the board, the council and every CCG, each naming who and when")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2017_19)
            .requirements("R06", "R07")
            .source("[002:671] \"The plans should be signed off by the Health and Wellbeing Board itself, and by the"
                    + " constituent councils and Clinical Commissioning Groups\"; [002:461] \"with plans signed-off"
                    + " by the relevant local authority and Clinical Commissioning Group(s)\". A WARNING: a sign-off"
                    + " not yet given is an incomplete plan")
            .check((plan, ctx, emit) -> {
                List<SignOff> signOffs = plan.signOffs();
                missing(signOffs, BodyType.HEALTH_AND_WELLBEING_BOARD, null, "the Health and Wellbeing Board", emit);
                missing(signOffs, BodyType.COUNCIL, null, "the council", emit);
                for (int i = 0; i < plan.ccgs().size(); i++) {
                    ClinicalCommissioningGroup ccg = plan.ccgs().get(i);
                    if (ccg != null && ccg.name() != null) {
                        missing(signOffs, BodyType.CCG, ccg.name(), "the CCG \"" + Text.abbreviate(ccg.name()) + "\"",
                                emit);
                    }
                }
                for (int i = 0; i < signOffs.size(); i++) {
                    SignOff s = signOffs.get(i);
                    if (s == null) {
                        continue;
                    }
                    String whose = "The sign-off on behalf of " + (Text.isBlank(s.body()) ? s.bodyType().name()
                            : "\"" + Text.abbreviate(s.body()) + "\"");
                    if (Text.isBlank(s.signedBy())) {
                        emit.report(Pointer.of("signOffs", i, "signedBy"), whose + " does not name who signed");
                    }
                    if (s.date() == null) {
                        emit.report(Pointer.of("signOffs", i, "date"), whose + " has no date");
                    }
                }
            });

    /**
     * FPLAN-MINIMUM-STATED: the minimum of the pooled fund from the BCF allocations spreadsheet is
     * given for both years, so that FPLAN-COVERS-MINIMUM can judge it. A WARNING: blank is
     * incomplete.
     */
    static final Rule<PolicyFrameworkPlan> MINIMUM_STATED = Rule.on(PolicyFrameworkPlan.class, "FPLAN-MINIMUM-STATED")
            .title("The minimum of the pooled fund is given for each year of the plan")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2017_19)
            .requirements("R08")
            .source("[002:670] \"the minimum of the pooled fund specified in the BCF allocations spreadsheet\". A"
                    + " WARNING: a blank figure is an incomplete plan")
            .check((plan, ctx, emit) -> {
                for (FinancialYear year : PlanProfile.of(ctx.edition()).years()) {
                    if (plan.minimumPooledFund().get(year) == null) {
                        emit.report(Pointer.of("minimumPooledFund", year), "The minimum of the pooled fund for " + year
                                + " (BCF allocations spreadsheet) is blank");
                    }
                }
            });

    /**
     * FPLAN-COVERS-MINIMUM: the contributions to the pooled fund of each year add up to at least
     * the minimum of the pooled fund. A year whose minimum or contributions are blank is not
     * judged (FPLAN-MINIMUM-STATED and FPLAN-ANSWERED say what is missing).
     */
    static final Rule<PolicyFrameworkPlan> COVERS_MINIMUM = Rule.on(PolicyFrameworkPlan.class, "FPLAN-COVERS-MINIMUM")
            .title("The contributions to the pooled fund cover its minimum in each year")
            .severity(Severity.ERROR)
            .editions(Edition.PLAN_2017_19)
            .requirements("R08")
            .source("[002:670] Condition 1: \"Local areas must ensure that their Better Care Fund (BCF) Plan covers"
                    + " the minimum of the pooled fund specified in the BCF allocations spreadsheet\"")
            .check((plan, ctx, emit) -> {
                for (FinancialYear year : PlanProfile.of(ctx.edition()).years()) {
                    Money minimum = plan.minimumPooledFund().get(year);
                    Money total = PoolTotals.of(plan.contributions(), year, null);
                    if (minimum != null && total != null && total.isLessThan(minimum)) {
                        emit.report(Pointer.of("contributions"), "The contributions to the pooled fund for " + year
                                + " total " + total.format() + ", below the minimum of the pooled fund of "
                                + minimum.format() + " by " + minimum.minus(total).format());
                    }
                }
            });

    /**
     * FPLAN-HOUSING-INVOLVED: the plan does not record that local housing authority
     * representatives were not involved in developing and agreeing it. Whether they were is a fact
     * outside the figures, so the plan records the answer: "No" is this ERROR; blank is
     * FPLAN-ANSWERED's WARNING.
     */
    static final Rule<PolicyFrameworkPlan> HOUSING_INVOLVED = Rule.on(PolicyFrameworkPlan.class,
            "FPLAN-HOUSING-INVOLVED")
            .title("Local housing authority representatives were involved in developing and agreeing the plan")
            .severity(Severity.ERROR)
            .editions(Edition.PLAN_2017_19)
            .requirements("R09")
            .source("[002:672] \"areas are required to involve local housing authority representatives in developing"
                    + " and agreeing the plan\"")
            .check((plan, ctx, emit) -> {
                if (plan.housingAuthoritiesInvolved() == YesNo.NO) {
                    emit.report(Pointer.of("housingAuthoritiesInvolved"), "housingAuthoritiesInvolved is \"No\": the"
                            + " plan records that local housing authority representatives were not involved in"
                            + " developing and agreeing it");
                }
            });

    private AgreementRules() {
    }

    /** @return this section's rules, in catalogue order */
    static List<Rule<PolicyFrameworkPlan>> all() {
        return List.of(SIGNED_OFF, MINIMUM_STATED, COVERS_MINIMUM, HOUSING_INVOLVED);
    }

    private static void missing(List<SignOff> signOffs, BodyType type, String body, String who,
            Emitter emit) {
        for (SignOff s : signOffs) {
            if (s != null && s.bodyType() == type && (body == null || NameKey.of(body).equals(NameKey.of(s.body())))) {
                return;
            }
        }
        emit.report(Pointer.of("signOffs"), "No sign-off on behalf of " + who);
    }
}
