package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.engine.Blank;
import dev.bcfkit.testkit.Blanked;
import dev.bcfkit.testkit.ValidPlans;
import dev.bcfkit.testkit.ValidPooledBudgets;
import dev.bcfkit.testkit.ValidReturns;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Blank is not wrong: leaving any optional member or section blank ("Please leave any missing
 * data cells as blank", {@code [004:175]}) never adds an ERROR, in every edition. What the
 * model does not require is what the JSON Schema does not require (the same annotations), so a
 * document the schema accepts is never refused for a blank. A blank makes the return incomplete:
 * the checklist counts it, and a missing section is named by a WARNING.
 */
class BlankIsNotAnErrorProperties {
    private static final BcfValidator VALIDATOR = BcfValidator.create();

    private static Set<String> errors(Report report) {
        return report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.ruleId() + " " + f.path()).collect(Collectors.toSet());
    }

    private static void noNewError(Report before, Report after, Object blanked) {
        Set<String> added = errors(after);
        added.removeAll(errors(before));
        assertEquals(Set.of(), added, () -> "blanking added an ERROR: " + after.findings() + "\n" + blanked);
    }

    @Property(tries = 300)
    void blankingAnyOptionalMemberOfAReturnAddsNoError(@ForAll(supplier = ValidReturns.ANY.class) QuarterlyReturn r,
            @ForAll @IntRange(max = 100_000) int pick) {
        int members = Blanked.count(r);
        assertTrue(members > 0);
        QuarterlyReturn blanked = Blanked.blank(r, pick % members);
        Report before = VALIDATOR.validate(r);
        Report after = VALIDATOR.validate(blanked);
        noNewError(before, after, blanked);
        assertTrue(answered(after) <= answered(before), "a blank answers no question");
    }

    @Property(tries = 100)
    void blankingAnyOptionalMemberOfAPlanAddsNoError(@ForAll(supplier = ValidPlans.PLAN_2014.class) Plan p,
            @ForAll @IntRange(max = 100_000) int pick) {
        Plan blanked = Blanked.blank(p, pick % Blanked.count(p));
        noNewError(VALIDATOR.validate(p), VALIDATOR.validate(blanked), blanked);
    }

    @Property(tries = 100)
    void blankingAnyOptionalMemberOfAPooledBudgetAddsNoError(
            @ForAll(supplier = ValidPooledBudgets.POLICY_2017_19.class) PooledBudget b,
            @ForAll @IntRange(max = 100_000) int pick) {
        PooledBudget blanked = Blanked.blank(b, pick % Blanked.count(b));
        noNewError(VALIDATOR.validate(b), VALIDATOR.validate(blanked), blanked);
    }

    private static int answered(Report report) {
        return report.completion().stream().mapToInt(SectionCompletion::answered).sum();
    }
}
