package dev.bcfkit.rules.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.outcomes.LocalOutcome;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.testkit.BcfArbitraries;
import dev.bcfkit.testkit.Defects;
import dev.bcfkit.testkit.Injected;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the local outcome table's rules (R86) over generated tables shaped like
 * Mid-Nottinghamshire's Table 1 ({@code [001:35-41]}).
 */
class LocalOutcomeRulesProperties {
    private static final BcfValidator VALIDATOR = BcfValidator.create();

    @Property(tries = 200)
    void aValidTableHasNoWarningAndMissesExactlyTheTargetsItsActualsExceed(@ForAll LocalOutcomeTable table) {
        Report report = VALIDATOR.validate(table);
        assertEquals(List.of(), report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList());
        List<LocalOutcome> rows = table.outcomes();
        // low is good: a target is missed exactly where the actual is above it ([001:38] 25 against 28 is met)
        List<String> over = IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).actual().compareTo(rows.get(i).interimTarget()) > 0)
                .mapToObj(i -> "/outcomes/" + i + "/actual").toList();
        assertEquals(over, report.findings().stream().filter(f -> f.ruleId().equals("OUTCOME-INTERIM-TARGET-MISSED"))
                .map(Finding::path).toList());
    }

    @Property(tries = 200)
    void everyInjectedDefectMakesItsRuleFire(@ForAll("broken") Injected<LocalOutcomeTable> injected) {
        Report report = VALIDATOR.validate(injected.broken());
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals(injected.ruleId())),
                () -> injected.defect() + " did not make " + injected.ruleId() + " fire: " + report.findings());
        assertTrue(!report.hasErrors(), report.findings()::toString);
    }

    @Provide
    Arbitrary<Injected<LocalOutcomeTable>> broken() {
        return Defects.injected(BcfArbitraries.localOutcomeTables(), Defects.forLocalOutcomeTables());
    }

    @Property(tries = 100)
    void rulesNeverFailOnBlankedRows(@ForAll LocalOutcomeTable table) {
        List<LocalOutcome> blank = table.outcomes().stream().map(o -> new LocalOutcome(null, null, null, null, null,
                null, null)).toList();
        Report report = VALIDATOR.validate(new LocalOutcomeTable(null, null, null, null, null, null, blank));
        assertTrue(report.findings().stream().noneMatch(f -> f.ruleId().equals("RULE-FAILED")),
                report.findings()::toString);
        assertEquals(4 * blank.size(), report.findingsOf("OUTCOME-FIGURES-STATED").size());
    }
}
