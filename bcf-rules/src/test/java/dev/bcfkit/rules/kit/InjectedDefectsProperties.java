package dev.bcfkit.rules.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Rulebook;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.testkit.BcfArbitraries;
import dev.bcfkit.testkit.Defect;
import dev.bcfkit.testkit.Defects;
import dev.bcfkit.testkit.Injected;
import dev.bcfkit.testkit.SeriesDefects;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every defect injector breaks exactly the rule it names: validating the broken document makes
 * that rule fire, and no other rule reports an ERROR. (Most defects break ERROR rules; those
 * that blank an always-asked question break a WARNING rule and leave the return incomplete.)
 * And every ERROR rule has an injector.
 */
class InjectedDefectsProperties {
    private static final BcfValidator VALIDATOR = BcfValidator.create();

    private static void onlyItsRule(Injected<?> injected, Report report) {
        String ruleId = injected.ruleId();
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals(ruleId)),
                () -> injected.defect() + " did not make " + ruleId + " fire; findings:" + report.findings());
        Set<String> otherErrors = new TreeSet<>(Errors.ruleIds(report));
        otherErrors.remove(ruleId);
        assertEquals(Set.of(), otherErrors, () -> injected.defect() + " gave these errors:" + Errors.describe(report));
    }

    @Property(tries = 300)
    void aReturnDefectBreaksOnlyItsRule(@ForAll("brokenReturns") Injected<QuarterlyReturn> injected) {
        onlyItsRule(injected, VALIDATOR.validate(injected.broken()));
    }

    @Property(tries = 100)
    void aPlanDefectBreaksOnlyItsRule(@ForAll("brokenPlans") Injected<Plan> injected) {
        onlyItsRule(injected, VALIDATOR.validate(injected.broken()));
    }

    @Property(tries = 100)
    void aPooledBudgetDefectBreaksOnlyItsRule(@ForAll("brokenBudgets") Injected<PooledBudget> injected) {
        onlyItsRule(injected, VALIDATOR.validate(injected.broken()));
    }

    @Provide
    Arbitrary<Injected<QuarterlyReturn>> brokenReturns() {
        return Defects.injected(BcfArbitraries.quarterlyReturns(), Defects.forReturns());
    }

    @Provide
    Arbitrary<Injected<Plan>> brokenPlans() {
        return Defects.injected(BcfArbitraries.plans(), Defects.forPlans());
    }

    @Provide
    Arbitrary<Injected<PooledBudget>> brokenBudgets() {
        return Defects.injected(BcfArbitraries.pooledBudgets(), Defects.forPooledBudgets());
    }

    @Property(tries = 40)
    void everyReturnDefectIsFoundWhereItApplies(@ForAll("defects") Defect<QuarterlyReturn> defect) {
        List<QuarterlyReturn> applicable = BcfArbitraries.quarterlyReturns().filter(defect::appliesTo)
                .sampleStream().limit(3).toList();
        assertEquals(3, applicable.size());
        for (QuarterlyReturn valid : applicable) {
            QuarterlyReturn broken = defect.inject(valid).sample();
            onlyItsRule(new Injected<>(defect, valid, broken), VALIDATOR.validate(broken));
        }
    }

    @Provide
    Arbitrary<Defect<QuarterlyReturn>> defects() {
        return net.jqwik.api.Arbitraries.of(Defects.forReturns());
    }

    @Example
    void everyErrorRuleHasADefect() {
        Set<String> covered = new TreeSet<>();
        Defects.forReturns().forEach(d -> covered.add(d.ruleId()));
        Defects.forPlans().forEach(d -> covered.add(d.ruleId()));
        Defects.forPooledBudgets().forEach(d -> covered.add(d.ruleId()));
        Defects.forFrameworkPlans().forEach(d -> covered.add(d.ruleId()));
        SeriesDefects.forSeries().forEach(d -> covered.add(d.ruleId()));
        Set<String> errorRules = Rulebook.catalogue().stream().filter(r -> r.severity() == Severity.ERROR)
                .map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(errorRules);
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "ERROR rules without a defect injector");
        Set<String> unknown = new TreeSet<>(covered);
        Rulebook.catalogue().forEach(r -> unknown.remove(r.id()));
        unknown.remove("SHAPE-VIOLATION");
        assertEquals(Set.of(), unknown, "defects naming no rule of the catalogue");
        assertTrue(covered.contains("SHAPE-VIOLATION"));
    }
}
