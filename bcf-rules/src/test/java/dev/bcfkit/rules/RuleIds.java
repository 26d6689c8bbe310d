package dev.bcfkit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rule ids of rule families, in the order the families list them: what the rule-order tests
 * of the return, plan and pooled-budget families compare.
 */
public final class RuleIds {
    private RuleIds() {
    }

    /**
     * @param families each family's list of rules, such as {@code PlanRiskRules::all}
     * @return the ids of their rules, family by family
     */
    @SafeVarargs
    public static List<String> of(Supplier<? extends List<? extends Rule<?>>>... families) {
        List<String> ids = new ArrayList<>();
        for (Supplier<? extends List<? extends Rule<?>>> family : families) {
            family.get().forEach(r -> ids.add(r.id()));
        }
        return ids;
    }
}
