package dev.bcfkit.rules.engine;

import dev.bcfkit.rules.FindingLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.DistrictCouncil;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.rules.Crafted;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Shape findings inside a large map: the first {@value FindingLimits#PER_RULE} are listed in the
 * map's order, found by positions computed once per map, then one summary at the first key left
 * out; only the listed findings' messages are written.
 */
class ShapeOrderAtScaleTest {

    private static List<String> blankNamesInMapOrder(PooledBudget b) {
        List<String> names = new ArrayList<>();
        for (DistrictCouncil d : b.disabledFacilitiesGrants().get(0).passedToDistricts().keySet()) {
            names.add(d.name());
        }
        return names;
    }

    @Test
    void aThousandBlankDistrictNamesGiveTheFirstHundredInMapOrderAndASummary() {
        PooledBudget b = Crafted.blankDistricts(1_000);
        List<Finding> shape = ShapeValidation.check(b);
        assertEquals(101, shape.size());
        List<String> names = blankNamesInMapOrder(b);
        for (int i = 0; i < 100; i++) {
            assertEquals("must not be blank (@NotBlank), found \"" + Text.abbreviate(names.get(i)) + "\"",
                    shape.get(i).message(), "finding " + i);
        }
        Finding summary = shape.get(100);
        assertEquals(ShapeValidation.RULE_ID, summary.ruleId());
        assertEquals(Severity.ERROR, summary.severity());
        assertTrue(summary.path().startsWith("/disabledFacilitiesGrants/0/passedToDistricts/"), summary.path());
        assertEquals("and 900 more like this, from here on, not listed: a report lists at most 100 findings of a rule"
                + " and 1,000 of a document", summary.message());
    }

    @Test
    void exactlyAHundredBlankDistrictNamesAreAllListedWithNoSummary() {
        PooledBudget b = Crafted.blankDistricts(FindingLimits.PER_RULE);
        List<Finding> shape = ShapeValidation.check(b);
        assertEquals(FindingLimits.PER_RULE, shape.size());
        assertTrue(shape.stream().allMatch(f -> f.message().startsWith("must not be blank (@NotBlank), found ")),
                shape.get(shape.size() - 1).message());
    }

    @Property(tries = 30)
    void theListedShapeFindingsAreTheFirstInDocumentOrder(@ForAll @IntRange(min = 1, max = 300) int n) {
        PooledBudget b = Crafted.blankDistricts(n);
        List<Finding> shape = ShapeValidation.check(b);
        List<String> names = blankNamesInMapOrder(b);
        int listed = Math.min(n, FindingLimits.PER_RULE);
        assertEquals(listed + (n > listed ? 1 : 0), shape.size());
        for (int i = 0; i < listed; i++) {
            assertTrue(shape.get(i).message().endsWith("found \"" + Text.abbreviate(names.get(i)) + "\""),
                    shape.get(i).message());
        }
        Work work = new Work();
        ShapeValidation.check(b, new DocumentFindings(work), work);
        assertTrue(work.steps() <= 40L * n + 2_000, "work " + work.steps() + " for " + n + " blank names");
    }
}
