package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.engine.ShapeValidation;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the whole rulebook and validator over damaged returns: no rule throws on a
 * badly shaped document (every rule is null-safe), the validator never reports a failed rule,
 * shape violations come first, the checklist never counts more answers than questions, and user
 * text in a shape message is quoted, never interpreted.
 */
class ReturnRulesProperties {
    private static final BcfValidator VALIDATOR = BcfValidator.create();

    @Provide
    Arbitrary<QuarterlyReturn> damaged() {
        return Combinators.combine(SampleArbitraries.samples(), Arbitraries.longs()).as(Damage::apply);
    }

    @Property(tries = 300)
    void noRuleThrowsOnADamagedReturn(@ForAll("damaged") QuarterlyReturn r) {
        RuleContext ctx = RuleContext.of(r.edition(), r.period());
        for (Rule<QuarterlyReturn> rule : ReturnRules.all()) {
            rule.check(r, ctx, f -> assertTrue(f.path().isEmpty() || f.path().startsWith("/"), f.toString()));
        }
    }

    @Property(tries = 200)
    void theValidatorReportsShapeFirstAndNoFailedRule(@ForAll("damaged") QuarterlyReturn r) {
        Report report = VALIDATOR.validate(r);
        List<Finding> findings = report.findings();
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("RULE-FAILED")), findings.toString());
        int lastShape = -1;
        int firstRule = findings.size();
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).ruleId().equals(ShapeValidation.RULE_ID)) {
                lastShape = i;
            } else {
                firstRule = Math.min(firstRule, i);
            }
        }
        assertTrue(lastShape < firstRule, findings.toString());
        assertTrue(report.completion().stream().allMatch(s -> s.answered() >= 0 && s.answered() <= s.expected()),
                report.completion().toString());
        assertEquals(report, VALIDATOR.validate(r));
    }

    @Property(tries = 200)
    void userTextInAShapeMessageIsQuotedVerbatimAndAbbreviated(@ForAll String text) {
        net.jqwik.api.Assume.that(!text.matches("E\\d{8}"));
        QuarterlyReturn r = ReturnEdits.cover(ReturnSamples.complete2017(), new ReturnCover(
                new HealthAndWellbeingBoard("Dorset", text), "Ciara Ryan", "c@x", "1", "Helen Coombes"));
        List<Finding> shape = VALIDATOR.validate(r).findingsOf(ShapeValidation.RULE_ID);
        assertEquals(List.of("/cover/healthAndWellbeingBoard/onsCode: must match \"E\\d{8}\" (@Pattern), found \""
                + Text.abbreviate(text) + "\""), shape.stream().map(f -> f.path() + ": " + f.message()).toList());
    }
}
