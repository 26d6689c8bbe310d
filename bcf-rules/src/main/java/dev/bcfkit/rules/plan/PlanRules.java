package dev.bcfkit.rules.plan;

import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The business rules of a BCF plan, 2014 planning template Part 1 ({@code [003]}, edition
 * {@link dev.bcfkit.core.Edition#PLAN_2014}): the summary of plan (agreed pooled budget covers the
 * minimum, {@code [003:20-23]}), sign-offs by every CCG, the council and the board's chair
 * ({@code [003:25-64]}), protecting social care ({@code [003:592-626]}), national conditions b) to
 * d) ({@code [003:628-679]}) and the risk register ({@code [003:681-718]}).
 *
 * <p>Every rule is pure and thread-safe, never throws on a missing section or blank value, and
 * says in its documentation whether a blank is a finding of its own. Rule ids: PLAN-DETAILS-REQUIRED,
 * PLAN-AGREED-COVERS-MINIMUM, PLAN-AGREED-BEFORE-SUBMITTED, PLAN-CCG-SIGN-OFF,
 * PLAN-SIGN-OFF-UNKNOWN-CCG, PLAN-COUNCIL-SIGN-OFF, PLAN-BOARD-SIGN-OFF, PLAN-SIGN-OFF-COMPLETE,
 * PLAN-PARTNER-SIGN-OFF-DATES, PSC-ALLOCATIONS-ADD-UP, PSC-EVERY-UNIT-ALLOCATES, PSC-CARE-BILL-ADDS-UP,
 * PLAN-CONDITIONS-ANSWERED, PLAN-RISK-STRATIFICATION-NAMED, PLAN-JOINT-ASSESSMENT-PROPORTIONS,
 * PLAN-RISK-RATED; provider and public engagement, vision, aims, the acute sector and governance
 * ({@code [003:66-588]}): PLAN-PROVIDER-ENGAGEMENT, PLAN-PUBLIC-ENGAGEMENT, PLAN-VISION-AIMS,
 * PLAN-ACUTE-IMPACT-DESCRIBED, PLAN-ACUTE-IMPACT-QUANTIFIED, PLAN-GOVERNANCE; PSC-LOCAL-DEFINITION,
 * PLAN-NHS-NUMBER-COMMITMENT, PLAN-RISK-PROVIDER-IMPACT; and Part 2 ({@code [003:5]}):
 * PLAN-PART2-ANSWERED, PLAN-PART2-COMPLETED.
 */
public final class PlanRules {
    private static final List<Rule<Plan>> ALL = collect();

    private PlanRules() {
    }

    /**
     * The plan rules, in template order: plan details, sign-offs, engagement, vision and schemes,
     * protecting social care, national conditions, risks, then Part 2.
     *
     * @return the rules, an unmodifiable list
     */
    public static List<Rule<Plan>> all() {
        return ALL;
    }

    private static List<Rule<Plan>> collect() {
        List<Rule<Plan>> rules = new ArrayList<>();
        rules.addAll(PlanDetailsRules.all());
        rules.addAll(PlanSignOffRules.all());
        rules.addAll(PlanEngagementRules.all());
        rules.addAll(PlanVisionRules.all());
        rules.addAll(PlanSocialCareRules.all());
        rules.addAll(PlanConditionRules.all());
        rules.addAll(PlanRiskRules.all());
        rules.addAll(PlanPartTwoRules.all());
        return List.copyOf(rules);
    }
}
