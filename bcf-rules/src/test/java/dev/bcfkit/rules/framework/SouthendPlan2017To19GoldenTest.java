package dev.bcfkit.rules.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.SectionCompletion;
import dev.bcfkit.testkit.seeds.SouthendPlan2017To19;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Golden: Southend-on-Sea's 2017-19 plan as far as its board's reports state it ({@code [002:33-184]}).
 * Its real figures (the improved BCF allocations, {@code [002:128]}) break no rule; everything the
 * reports do not state is blank, so the plan is incomplete, with warnings and never an error.
 */
class SouthendPlan2017To19GoldenTest {
    private final PolicyFrameworkPlan plan = SouthendPlan2017To19.plan();
    private final Report report = FrameworkPlanFixtures.validate(plan);

    @Test
    void theImprovedBcfAllocationsAreTheReportsFigures() {
        assertEquals(Money.pounds(3_990_000), plan.improvedBcf().allocations().get(FinancialYear.of(2017)));
        assertEquals(Money.pounds(5_429_000), plan.improvedBcf().allocations().get(FinancialYear.of(2018)));
        assertEquals(Money.pounds(6_744_000), plan.improvedBcf().allocations().get(FinancialYear.of(2019)));
        assertEquals(9, plan.improvedBcfConditions().uses().size());
    }

    @Test
    void itHasNoErrorAndWarnsOfWhatIsBlank() {
        assertEquals(Edition.PLAN_2017_19, report.edition());
        assertEquals(false, report.hasErrors(), report.findings()::toString);
        Map<String, Long> byRule = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(
                "FPLAN-SIGNED-OFF", 3L,          // the board, the council, the CCG: none printed
                "FPLAN-MINIMUM-STATED", 2L,      // 2017/18, 2018/19
                "FPLAN-NHS-EARMARKS", 2L,
                "FPLAN-OUT-OF-HOSPITAL", 2L,
                "FPLAN-IBCF-PURPOSES", 9L,       // the nine steps, [002:132-140], name no purpose
                "FPLAN-ANSWERED", 10L,
                "IBCF-POOLED-RECORDED", 2L),
                byRule, report.findings()::toString);
    }

    @Test
    void itsSignOffsAreMissingForEachBody() {
        assertEquals(List.of("No sign-off on behalf of the Health and Wellbeing Board",
                "No sign-off on behalf of the council",
                "No sign-off on behalf of the CCG \"Southend Clinical Commissioning Group\""),
                FrameworkPlanFixtures.of(report, "FPLAN-SIGNED-OFF").stream().map(Finding::message).toList());
    }

    @Test
    void itsChecklistCountsOnlyWhatThePapersState() {
        assertEquals(List.of(
                new SectionCompletion("1. Plans jointly agreed", 1, 9),
                new SectionCompletion("2. NHS contribution to adult social care", 0, 12),
                new SectionCompletion("3. NHS commissioned out-of-hospital services", 0, 2),
                new SectionCompletion("4. Managing transfers of care", 0, 1),
                new SectionCompletion("5. Improved BCF", 2, 7),
                new SectionCompletion("6. Disabled Facilities Grant", 0, 3),
                new SectionCompletion("7. Integration by 2020", 0, 1)),
                report.completion());
    }
}
