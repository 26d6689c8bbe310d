package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.rules.engine.Pointer;
import dev.bcfkit.rules.plan.PlanFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * A report lists at most 100 findings of a rule and 1,000 of a document, then one summary finding
 * per rule at the path of the first finding left out, and says how many it left out; the messages
 * and paths of the findings left out are never written.
 */
class FindingLimitsTest {

    /** A rule that reports {@code count} findings at /rows/i, lazily, counting the messages it is asked to write. */
    private static Rule<Plan> reporting(String id, int count, AtomicLong written) {
        return Rule.on(Plan.class, id).title("reports " + count).severity(Severity.WARNING)
                .editions(Edition.PLAN_2014).source("test").check((plan, ctx, emit) -> {
                    for (int i = 0; i < count; i++) {
                        int at = i;
                        emit.reportLazily(() -> Pointer.of("rows", at), () -> {
                            written.incrementAndGet();
                            return "row " + at;
                        });
                    }
                });
    }

    private static Report validate(List<Rule<Plan>> rules) {
        return BcfValidator.with(e -> Rulebook.of(e, List.of(), rules, List.of())).validate(PlanFixtures.golden());
    }

    @Test
    void theLimitsAreAHundredPerRuleAndAThousandPerDocument() {
        assertEquals(100, FindingLimits.PER_RULE);
        assertEquals(1_000, FindingLimits.PER_DOCUMENT);
    }

    @Test
    void aRuleWithMoreFindingsListsItsFirstHundredAndOneSummary() {
        AtomicLong written = new AtomicLong();
        Report r = validate(List.of(reporting("TEST-MANY", 239_102, written)));
        List<Finding> f = r.findingsOf("TEST-MANY");
        assertEquals(101, f.size());
        assertEquals("/rows/0", f.get(0).path());
        assertEquals("/rows/99", f.get(99).path());
        Finding summary = f.get(100);
        assertEquals(new Finding("TEST-MANY", Severity.WARNING, "/rows/100", "and 239,002 more like this, from here"
                + " on, not listed: a report lists at most 100 findings of a rule and 1,000 of a document", "test"),
                summary);
        assertEquals(239_002, r.omitted());
        assertTrue(r.isTruncated());
        assertEquals(100, written.get(), "the messages of the findings left out are never written");
    }

    @Test
    void aRuleWithinTheLimitListsEveryFindingAndNoSummary() {
        Report r = validate(List.of(reporting("TEST-FEW", 100, new AtomicLong())));
        assertEquals(100, r.findingsOf("TEST-FEW").size());
        assertEquals(0, r.omitted());
        assertFalse(r.isTruncated());
    }

    @Test
    void onceTheDocumentHasAThousandFindingsLaterRulesGiveTheirSummaryOnly() {
        List<Rule<Plan>> rules = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            rules.add(reporting("TEST-RULE-" + i, 150, new AtomicLong()));
        }
        Report r = validate(rules);
        for (int i = 0; i < 10; i++) {
            assertEquals(101, r.findingsOf("TEST-RULE-" + i).size(), "rule " + i);
        }
        assertEquals(List.of(new Finding("TEST-RULE-10", Severity.WARNING, "/rows/0", "150 findings of this rule,"
                + " from here on, are not listed: a report lists at most 100 findings of a rule and 1,000 of a"
                + " document", "test")), r.findingsOf("TEST-RULE-10"));
        assertEquals(10 * 50 + 150, r.omitted());
    }

    @Test
    void aRuleThatFailsStillReportsAfterTheDocumentIsFull() {
        List<Rule<Plan>> rules = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rules.add(reporting("TEST-RULE-" + i, 100, new AtomicLong()));
        }
        rules.add(Rule.on(Plan.class, "TEST-BROKEN").title("fails").severity(Severity.ERROR)
                .editions(Edition.PLAN_2014).source("test").check((p, c, e) -> {
                    throw new IllegalStateException("boom");
                }));
        Report r = validate(rules);
        assertEquals(1, r.findingsOf(BcfValidator.RULE_FAILED).size());
        assertEquals(0, r.omitted());
    }

    @Property(tries = 60)
    void everyFindingIsListedOrCounted(@ForAll @Size(max = 14) List<@IntRange(max = 400) Integer> counts) {
        List<Rule<Plan>> rules = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            rules.add(reporting("TEST-RULE-" + i, counts.get(i), new AtomicLong()));
        }
        Report r = validate(rules);
        long listed = r.findings().stream().filter(f -> f.ruleId().startsWith("TEST-")
                && !f.message().contains("not listed")).count();
        long summaries = r.findings().stream().filter(f -> f.message().contains("not listed")).count();
        long found = counts.stream().mapToLong(Integer::longValue).sum();
        assertEquals(found, listed + r.omitted());
        assertTrue(listed <= FindingLimits.PER_DOCUMENT);
        long capped = 0;
        for (int i = 0; i < counts.size(); i++) {
            List<Finding> ofRule = r.findingsOf("TEST-RULE-" + i);
            long own = ofRule.stream().filter(f -> !f.message().contains("not listed")).count();
            assertTrue(own <= FindingLimits.PER_RULE, "rule " + i);
            if (own < counts.get(i)) {
                capped++;
                assertTrue(ofRule.get(ofRule.size() - 1).message().contains("not listed"), "rule " + i);
                assertEquals(Pointer.of("rows", own), ofRule.get(ofRule.size() - 1).path(), "rule " + i);
            }
        }
        assertEquals(capped, summaries);
    }
}
