package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.rules.plan.PlanFixtures;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A rule as the builder makes it: a stable upper-case id, a title, a severity, the editions it
 * applies to, its provenance, whether it is derived, and a check whose findings carry all of them.
 */
class RuleTest {

    private static Rule<Plan> sample(Rule.Builder<Plan> b) {
        return b.title("Risks are rated").severity(Severity.ERROR).source("[003:681] risk register")
                .check((plan, ctx, emit) -> emit.report("/risks", plan.risks().size() + " risks"));
    }

    @Test
    void theBuilderRecordsEverythingTheRuleSays() {
        Rule<Plan> r = sample(Rule.on(Plan.class, "PLAN-RISK-RATED").editions(Set.of(Edition.PLAN_2014)));
        assertEquals("PLAN-RISK-RATED", r.id());
        assertEquals("Risks are rated", r.title());
        assertEquals(Severity.ERROR, r.severity());
        assertEquals(Set.of(Edition.PLAN_2014), r.editions());
        assertEquals("[003:681] risk register", r.provenance());
        assertFalse(r.derived());
        assertEquals(Plan.class, r.documentType());
        assertEquals("PLAN-RISK-RATED (ERROR): Risks are rated", r.toString());
    }

    @Test
    void aRuleIsStatedUnlessMarkedDerived() {
        assertFalse(sample(Rule.on(Plan.class, "PLAN-RISK-RATED").editions(Edition.PLAN_2014)).derived());
    }

    @Test
    void findingsCarryTheRulesIdSeverityAndProvenance() {
        Rule<Plan> r = sample(Rule.on(Plan.class, "PLAN-RISK-RATED").editions(Edition.PLAN_2014));
        Plan plan = PlanFixtures.golden();
        List<Finding> findings = new ArrayList<>();
        r.check(plan, RuleContext.of(Edition.PLAN_2014, null), findings::add);
        assertEquals(List.of(new Finding("PLAN-RISK-RATED", Severity.ERROR, "/risks", "22 risks",
                "[003:681] risk register")), findings);
    }

    @Test
    void theEditionsAreCopiedAndUnmodifiable() {
        EnumSet<Edition> editions = EnumSet.of(Edition.QUARTERLY_2016_17, Edition.QUARTERLY_2017_18);
        Rule<Plan> r = sample(Rule.on(Plan.class, "X-Y").editions(editions));
        editions.add(Edition.PLAN_2014);
        assertEquals(Set.of(Edition.QUARTERLY_2016_17, Edition.QUARTERLY_2017_18), r.editions());
        assertThrows(UnsupportedOperationException.class, () -> r.editions().add(Edition.PLAN_2014));
    }

    @Test
    void anIdMustBeUpperCaseWordsJoinedByHyphens() {
        BcfException e = assertThrows(BcfException.class,
                () -> sample(Rule.on(Plan.class, "plan-risk").editions(Edition.PLAN_2014)));
        assertEquals("rule id must be upper-case words joined by hyphens: plan-risk", e.getMessage());
        assertThrows(BcfException.class, () -> sample(Rule.on(Plan.class, "RISK").editions(Edition.PLAN_2014)));
    }

    @Test
    void aRuleMustApplyToSomeEdition() {
        BcfException e = assertThrows(BcfException.class,
                () -> sample(Rule.on(Plan.class, "PLAN-RISK-RATED")));
        assertEquals("rule PLAN-RISK-RATED applies to no edition", e.getMessage());
    }
}
