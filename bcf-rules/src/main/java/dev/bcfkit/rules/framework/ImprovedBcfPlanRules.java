package dev.bcfkit.rules.framework;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.plan.ImprovedBcfConditions;
import dev.bcfkit.core.plan.ImprovedBcfUse;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rules on the improved BCF grant's conditions in a 2017-19 plan ({@code [002:473-485]}): used
 * only for its three purposes, the recipient works with the CCG and providers and reports
 * quarterly, the grant is spent once the plan is locally agreed, and the Section 151 Officer
 * confirms the spending is additional. That the grant is pooled and not offset against the NHS
 * contribution is judged by the pooled budget's IBCF-* rules.
 */
final class ImprovedBcfPlanRules {

    /**
     * FPLAN-IBCF-PURPOSES: every planned use of the improved BCF names one of the grant's three
     * purposes, and the planned uses of a year are not more than that year's allocation. A
     * WARNING: a use without a purpose is an incomplete plan (a purpose outside the three cannot
     * be written: the reader refuses it), and the comparison with the allocation is derived.
     */
    static final Rule<PolicyFrameworkPlan> PURPOSES = Rule.on(PolicyFrameworkPlan.class, "FPLAN-IBCF-PURPOSES")
            .title("Each planned use of the improved BCF names one of its three purposes, within the allocation")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2017_19)
            .requirements("R24")
            .source("[002:475] \"Grant paid to a local authority under this determination may be used only for the"
                    + " purposes of meeting adult social care needs; reducing pressures on the NHS, including"
                    + " supporting more people to be discharged from hospital when they are ready; and ensuring that"
                    + " the local social care provider market is supported\" (Southend: [002:117]). Derived: the"
                    + " uses planned for a year cannot be more than the year's grant")
            .derived()
            .check((plan, ctx, emit) -> {
                ImprovedBcfConditions c = plan.improvedBcfConditions();
                if (c == null) {
                    return;
                }
                Map<FinancialYear, Money> planned = new TreeMap<>();
                for (int i = 0; i < c.uses().size(); i++) {
                    ImprovedBcfUse use = c.uses().get(i);
                    if (use.purpose() == null) {
                        emit.report(Pointer.of("improvedBcfConditions", "uses", i, "purpose"), "The planned improved"
                                + " BCF use " + (i + 1) + described(use) + " for " + use.year()
                                + " names none of the grant's three purposes");
                    }
                    if (use.amount() != null) {
                        planned.merge(use.year(), use.amount(), Money::plus);
                    }
                }
                if (plan.improvedBcf() == null) {
                    return;
                }
                for (Map.Entry<FinancialYear, Money> e : planned.entrySet()) {
                    Money allocation = plan.improvedBcf().allocations().get(e.getKey());
                    if (allocation != null && e.getValue().isGreaterThan(allocation)) {
                        emit.report(Pointer.of("improvedBcfConditions", "uses"), "The improved BCF uses planned for "
                                + e.getKey() + " total " + e.getValue().format() + ", more than the year's allocation of "
                                + allocation.format() + " by " + e.getValue().minus(allocation).format());
                    }
                }
            });

    /**
     * FPLAN-IBCF-CONDITIONS-MET: the plan does not record "No" to a condition the recipient
     * authority must meet: working with the CCG and providers on national condition 4, quarterly
     * reports, and the Section 151 Officer's letter. Each is a fact outside the figures, so the
     * plan records the answer; blank is FPLAN-ANSWERED's WARNING.
     */
    static final Rule<PolicyFrameworkPlan> CONDITIONS_MET = Rule.on(PolicyFrameworkPlan.class,
            "FPLAN-IBCF-CONDITIONS-MET")
            .title("The improved BCF's conditions are met: work with the CCG and providers, quarterly reports, the"
                    + " s151 officer's letter")
            .severity(Severity.ERROR)
            .editions(Edition.PLAN_2017_19)
            .requirements("R25", "R26", "R28")
            .source("[002:476-480] \"A recipient local authority must: ... b) work with the relevant Clinical"
                    + " Commissioning Group and providers to meet National Condition 4 ... c) provide quarterly"
                    + " reports as required by the Secretary of State\" (Southend: [002:120-121]); [002:485] \"Local"
                    + " authorities will be required to confirm that spending ... will be additional to prior plans"
                    + " for social care spending, via a Section 151 Officer letter\"")
            .check((plan, ctx, emit) -> {
                ImprovedBcfConditions c = plan.improvedBcfConditions();
                if (c == null) {
                    return;
                }
                no(c.workingWithCcgAndProviders(), "workingWithCcgAndProviders", "the local authority does not work"
                        + " with the CCG and providers to meet national condition 4", emit);
                no(c.quarterlyReports(), "quarterlyReports", "the local authority does not provide the quarterly"
                        + " reports", emit);
                no(c.section151Letter(), "section151Letter", "no Section 151 Officer letter confirms that the"
                        + " spending is additional to prior plans for social care spending", emit);
            });

    /**
     * FPLAN-IBCF-SPENT-ONCE-AGREED: spending of the improved BCF does not start before the plan is
     * locally agreed. Both dates blank or one blank is not judged here (FPLAN-ANSWERED names a
     * blank agreement date).
     */
    static final Rule<PolicyFrameworkPlan> SPENT_ONCE_AGREED = Rule.on(PolicyFrameworkPlan.class,
            "FPLAN-IBCF-SPENT-ONCE-AGREED")
            .title("Improved BCF spending starts once the plan is locally agreed")
            .severity(Severity.ERROR)
            .editions(Edition.PLAN_2017_19)
            .requirements("R27")
            .source("[002:481] \"Local authorities are therefore able to spend the grant ... as soon as plans have"
                    + " been locally agreed\"; [002:144] \"A grant condition for iBCF is that the iBCF is locally"
                    + " agreed\"; [002:493] \"Local authorities are legally obliged to comply with grant"
                    + " conditions\"")
            .check((plan, ctx, emit) -> {
                ImprovedBcfConditions c = plan.improvedBcfConditions();
                if (c != null && c.locallyAgreed() != null && c.spendingFrom() != null
                        && c.spendingFrom().isBefore(c.locallyAgreed())) {
                    emit.report(Pointer.of("improvedBcfConditions", "spendingFrom"), "Spending of the improved BCF"
                            + " starts on " + c.spendingFrom() + ", before the plan was locally agreed on "
                            + c.locallyAgreed());
                }
            });

    private ImprovedBcfPlanRules() {
    }

    /** @return this section's rules, in catalogue order */
    static List<Rule<PolicyFrameworkPlan>> all() {
        return List.of(PURPOSES, CONDITIONS_MET, SPENT_ONCE_AGREED);
    }

    private static String described(ImprovedBcfUse use) {
        return Text.isBlank(use.description()) ? "" : " (\"" + Text.abbreviate(use.description()) + "\")";
    }

    private static void no(YesNo answer, String field, String meaning, Emitter emit) {
        if (answer == YesNo.NO) {
            emit.report(Pointer.of("improvedBcfConditions", field), field + " is \"No\": " + meaning);
        }
    }
}
