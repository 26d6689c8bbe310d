package dev.bcfkit.rules;

import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs rules directly, without shape validation, in the return's own context, and prints findings
 * compactly for assertions ({@code path: message}).
 */
final class Judge {
    private Judge() {
    }

    static List<Finding> run(Rule<QuarterlyReturn> rule, QuarterlyReturn r) {
        return run(rule, r, RuleContext.of(r.edition(), r.period()));
    }

    static List<Finding> run(Rule<QuarterlyReturn> rule, QuarterlyReturn r, RuleContext ctx) {
        List<Finding> findings = new ArrayList<>();
        rule.check(r, ctx, findings::add);
        return findings;
    }

    /** @return each finding as {@code path: message} */
    static List<String> lines(Rule<QuarterlyReturn> rule, QuarterlyReturn r) {
        return run(rule, r).stream().map(f -> f.path() + ": " + f.message()).toList();
    }

    /** @return every finding of every rule of the return's rulebook */
    static List<Finding> all(QuarterlyReturn r) {
        List<Finding> findings = new ArrayList<>();
        RuleContext ctx = RuleContext.of(r.edition(), r.period());
        for (Rule<QuarterlyReturn> rule : Rulebook.forEdition(r.edition()).returnRules()) {
            rule.check(r, ctx, findings::add);
        }
        return findings;
    }
}
