package dev.bcfkit.rules.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.testkit.BcfArbitraries;
import dev.bcfkit.testkit.Defect;
import dev.bcfkit.testkit.Defects;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The testkit's valid 2017-19 plans have no error, no finding of the plan's own rules and a complete checklist, and each of its
 * 2017-19 plan defects makes exactly its own rule fire, as an ERROR.
 */
class FrameworkPlanDefectsProperties {
    private static final BcfValidator VALIDATOR = BcfValidator.create();

    @Property(tries = 200)
    void validPlansHaveNoErrorNoPlanFindingAndAreComplete(@ForAll("plans") PolicyFrameworkPlan plan) {
        Report report = VALIDATOR.validate(plan);
        // the pooled budgets the plans are built on may name a district twice in the DFG pass-down
        // (DFG-DISTRICT-DUPLICATE's derived WARNING), as the testkit's valid pooled budgets do
        assertEquals(List.of(), report.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR || f.ruleId().startsWith("FPLAN-")).toList());
        assertEquals(true, report.isComplete(), report.completion()::toString);
    }

    @Property(tries = 200)
    void eachDefectFiresOnlyItsRule(@ForAll("plans") PolicyFrameworkPlan plan,
            @ForAll("defects") Defect<PolicyFrameworkPlan> defect) {
        if (!defect.appliesTo(plan)) {
            return;
        }
        PolicyFrameworkPlan broken = defect.inject(plan).sample();
        List<Finding> findings = VALIDATOR.validate(broken).findings();
        assertEquals(List.of(defect.ruleId()), findings.stream().map(Finding::ruleId).distinct().toList(),
                () -> defect.description() + ": " + findings);
        assertEquals(List.of(Severity.ERROR), findings.stream().map(Finding::severity).distinct().toList());
    }

    @Provide
    Arbitrary<PolicyFrameworkPlan> plans() {
        return BcfArbitraries.frameworkPlans();
    }

    @Provide
    Arbitrary<Defect<PolicyFrameworkPlan>> defects() {
        return Arbitraries.of(Defects.forFrameworkPlans());
    }
}
