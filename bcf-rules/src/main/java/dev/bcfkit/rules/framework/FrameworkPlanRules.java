package dev.bcfkit.rules.framework;

import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The business rules of a 2017-19 BCF plan under the Integration and Better Care Fund Policy
 * Framework ({@code [002:395-517]}, Annex A {@code [002:667-688]}; edition
 * {@link dev.bcfkit.core.Edition#PLAN_2017_19}), besides the pooled budget's rules, which judge
 * the plan's pooled budget as well ({@link PolicyFrameworkPlan#pooledBudget()}): condition 1
 * (sign-offs, the minimum of the pooled fund, the housing authorities), the NHS contribution
 * (the CCG minimum pooled, reablement, carers' breaks and Care Act money, the alternative
 * baseline, condition 3's out-of-hospital share), the improved BCF's conditions, the DFG in the
 * pool and the answers the plan records.
 *
 * <p>Every rule is pure and thread-safe and never throws on a missing section or blank value; a
 * blank answer is FPLAN-ANSWERED's or a "-STATED" rule's WARNING, never an ERROR. Rule ids:
 * FPLAN-SIGNED-OFF, FPLAN-MINIMUM-STATED, FPLAN-COVERS-MINIMUM, FPLAN-HOUSING-INVOLVED,
 * FPLAN-CCG-MINIMUM-POOLED, FPLAN-NHS-EARMARKS, FPLAN-ALTERNATIVE-BASELINE-AGREED,
 * FPLAN-OUT-OF-HOSPITAL, FPLAN-IBCF-PURPOSES, FPLAN-IBCF-CONDITIONS-MET,
 * FPLAN-IBCF-SPENT-ONCE-AGREED, FPLAN-DFG-IN-POOL, FPLAN-ANSWERED.
 */
public final class FrameworkPlanRules {
    private static final List<Rule<PolicyFrameworkPlan>> ALL = collect();

    private FrameworkPlanRules() {
    }

    /**
     * The 2017-19 plan's own rules, in the order of the national conditions.
     *
     * @return the rules, an unmodifiable list
     */
    public static List<Rule<PolicyFrameworkPlan>> all() {
        return ALL;
    }

    private static List<Rule<PolicyFrameworkPlan>> collect() {
        List<Rule<PolicyFrameworkPlan>> rules = new ArrayList<>();
        rules.addAll(AgreementRules.all());
        rules.addAll(NhsContributionRules.all());
        rules.addAll(ImprovedBcfPlanRules.all());
        rules.addAll(GrantAndAnswerRules.all());
        return List.copyOf(rules);
    }
}
