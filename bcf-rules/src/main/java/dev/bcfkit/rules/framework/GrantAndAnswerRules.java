package dev.bcfkit.rules.framework;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.funding.ContributionSource;
import dev.bcfkit.core.funding.DisabledFacilitiesGrant;
import dev.bcfkit.core.plan.ImprovedBcfConditions;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.PlanProfile;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;

/**
 * Rules on the Disabled Facilities Grant in the pool ({@code [002:672]}) and on the answers a
 * 2017-19 plan records for requirements that are facts outside its figures.
 */
final class GrantAndAnswerRules {

    /**
     * FPLAN-DFG-IN-POOL: each year's Disabled Facilities Grant allocation is in the pool as a DFG
     * contribution of at least the same amount. A WARNING: the framework says the DFG "will" be
     * allocated through the BCF. A year whose allocation is blank is not judged.
     */
    static final Rule<PolicyFrameworkPlan> DFG_IN_POOL = Rule.on(PolicyFrameworkPlan.class, "FPLAN-DFG-IN-POOL")
            .title("Each year's Disabled Facilities Grant is in the pooled fund")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2017_19)
            .requirements("R31")
            .source("[002:672] \"The Disabled Facilities Grant (DFG) will again be allocated through the BCF\";"
                    + " [002:417] \"The remainder of the £5.128bn BCF in 2017-18 will be made up of the £431m"
                    + " Disabled Facilities Grant\". A WARNING: the paper says \"will\"")
            .check((plan, ctx, emit) -> {
                List<DisabledFacilitiesGrant> grants = plan.disabledFacilitiesGrants();
                for (int i = 0; i < grants.size(); i++) {
                    DisabledFacilitiesGrant g = grants.get(i);
                    if (g.allocation() == null) {
                        continue;
                    }
                    Money pooled = PoolTotals.of(plan.contributions(), g.year(), ContributionSource.DISABLED_FACILITIES_GRANT);
                    if (pooled == null || pooled.isLessThan(g.allocation())) {
                        emit.report(Pointer.of("disabledFacilitiesGrants", i, "allocation"), "The Disabled"
                                + " Facilities Grant for " + g.year() + " is " + g.allocation().format() + ", but the"
                                + " pooled fund's DFG contributions for " + g.year() + " are "
                                + (pooled == null ? "blank" : pooled.format()));
                    }
                }
            });

    /**
     * FPLAN-ANSWERED: every answer the plan records is given: the area's CCGs, the housing authorities'
     * involvement, the contributions of each year, the improved BCF's conditions (working with the
     * CCG and providers, quarterly reports, the date the plan was locally agreed, the Section 151
     * Officer's letter), how the DFG will be used, how partners will implement the High Impact
     * Change Model, and progress to integration by 2020. A WARNING: a blank answer is an
     * incomplete plan, never an error by itself.
     */
    static final Rule<PolicyFrameworkPlan> ANSWERED = Rule.on(PolicyFrameworkPlan.class, "FPLAN-ANSWERED")
            .title("Every answer the 2017-19 plan records is given")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2017_19)
            .requirements("R06", "R09", "R14", "R25", "R26", "R27", "R28", "R30", "R37")
            .source("[002:672] housing authorities' involvement and \"areas are required to set out in their plans"
                    + " how the DFG funding will be used over the two years\"; [002:684] \"Narrative plans should set"
                    + " out how local partners will work together to fund and implement\" the High Impact Change"
                    + " Model; [002:476-485] the improved BCF's conditions; [002:626] \"we will simply require local"
                    + " areas to set out how they expect to progress to further integration by 2020 in their BCF"
                    + " 17-19 returns\". A WARNING: a blank answer is an incomplete plan")
            .check((plan, ctx, emit) -> {
                if (plan.ccgs().isEmpty()) {
                    emit.report(Pointer.of("ccgs"), "ccgs is blank: no Clinical Commissioning Group of the area is"
                            + " named, so their sign-offs cannot be checked");
                }
                if (plan.housingAuthoritiesInvolved() == null) {
                    emit.report(Pointer.of("housingAuthoritiesInvolved"), "housingAuthoritiesInvolved is blank:"
                            + " whether local housing authority representatives were involved in developing and"
                            + " agreeing the plan is not recorded");
                }
                for (FinancialYear year : PlanProfile.of(ctx.edition()).years()) {
                    if (PoolTotals.of(plan.contributions(), year, null) == null) {
                        emit.report(Pointer.of("contributions"), "No contribution to the pooled fund is given for "
                                + year);
                    }
                }
                text(plan.transfersOfCare(), "transfersOfCare", "how local partners will fund and implement the"
                        + " High Impact Change Model for managing transfers of care", emit);
                ImprovedBcfConditions c = plan.improvedBcfConditions();
                if (c == null) {
                    emit.report(Pointer.of("improvedBcfConditions"), "improvedBcfConditions is blank: the improved"
                            + " BCF's planned uses and conditions are not recorded");
                } else {
                    blank(c.workingWithCcgAndProviders(), "workingWithCcgAndProviders", "whether the local"
                            + " authority works with the CCG and providers to meet national condition 4", emit);
                    blank(c.quarterlyReports(), "quarterlyReports", "whether the local authority provides the"
                            + " quarterly reports", emit);
                    blank(c.locallyAgreed(), "locallyAgreed", "the date the improved BCF plan was locally agreed",
                            emit);
                    blank(c.section151Letter(), "section151Letter", "whether the Section 151 Officer's letter"
                            + " confirms the spending is additional", emit);
                }
                text(plan.disabledFacilitiesGrantUse(), "disabledFacilitiesGrantUse", "how the Disabled Facilities"
                        + " Grant will be used over the two years", emit);
                text(plan.integrationBy2020(), "integrationBy2020", "how the area expects to progress to further"
                        + " integration by 2020", emit);
            });

    private GrantAndAnswerRules() {
    }

    /** @return this section's rules, in catalogue order */
    static List<Rule<PolicyFrameworkPlan>> all() {
        return List.of(DFG_IN_POOL, ANSWERED);
    }

    private static void text(String value, String field, String what, Emitter emit) {
        if (Text.isBlank(value)) {
            emit.report(Pointer.of(field), field + " is blank: " + what + " is not set out");
        }
    }

    private static void blank(Object value, String field, String what, Emitter emit) {
        if (value == null) {
            emit.report(Pointer.of("improvedBcfConditions", field), field + " is blank: " + what
                    + " is not recorded");
        }
    }
}
