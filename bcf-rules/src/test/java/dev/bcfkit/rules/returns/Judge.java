package dev.bcfkit.rules.returns;

import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.Rulebook;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs rules directly, without shape validation, in the return's own context, and prints findings
 * compactly for assertions ({@code path: message}).
 */
public final class Judge {
    private Judge() {
    }

    public static List<Finding> run(Rule<QuarterlyReturn> rule, QuarterlyReturn r) {
        return run(rule, r, RuleContext.of(r.edition(), r.period()));
    }

    public static List<Finding> run(Rule<QuarterlyReturn> rule, QuarterlyReturn r, RuleContext ctx) {
        List<Finding> findings = new ArrayList<>();
        rule.check(r, ctx, findings::add);
        return findings;
    }

    /** @return each finding as {@code path: message} */
    public static List<String> lines(Rule<QuarterlyReturn> rule, QuarterlyReturn r) {
        return run(rule, r).stream().map(f -> f.path() + ": " + f.message()).toList();
    }

    /**
     * @param id a return rule's id
     * @return the rule, as the rulebooks hold it
     */
    public static Rule<QuarterlyReturn> rule(String id) {
        return ReturnRules.all().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no return rule " + id));
    }

    /** @return every finding of every rule of the return's rulebook */
    public static List<Finding> all(QuarterlyReturn r) {
        List<Finding> findings = new ArrayList<>();
        RuleContext ctx = RuleContext.of(r.edition(), r.period());
        for (Rule<QuarterlyReturn> rule : Rulebook.forEdition(r.edition()).returnRules()) {
            rule.check(r, ctx, findings::add);
        }
        return findings;
    }
}
