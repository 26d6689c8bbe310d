package dev.bcfkit.rules.framework;

import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.m;
import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.of;
import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.validate;
import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.whole;
import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.with;
import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.years;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the 2017-19 plan's rules: the minimum of the pooled fund is judged exactly
 * (at or below the contributions never fires; above fires once with the shortfall), and blanking
 * any answers of a whole plan never makes an ERROR, only warnings and an incomplete checklist.
 */
class FrameworkPlanProperties {

    /** The whole plan's contributions total £14,000,000 in 2017/18 and £15,290,000 in 2018/19. */
    private static final Money TOTAL_2017 = m(14_000_000);

    @Property
    void aMinimumAtOrBelowTheContributionsNeverFires(@ForAll @LongRange(min = 0, max = 14_000_000) long minimum) {
        PolicyFrameworkPlan p = with(whole(), "minimumPooledFund", years(m(minimum), m(15_000_000)));
        assertEquals(List.of(), of(validate(p), "FPLAN-COVERS-MINIMUM"));
    }

    @Property
    void aMinimumAboveTheContributionsFiresOnceWithTheShortfall(
            @ForAll @LongRange(min = 1, max = 1_000_000_000) long shortfall) {
        Money minimum = TOTAL_2017.plus(m(shortfall));
        PolicyFrameworkPlan p = with(whole(), "minimumPooledFund", years(minimum, m(15_000_000)));
        List<Finding> f = of(validate(p), "FPLAN-COVERS-MINIMUM");
        assertEquals(1, f.size(), f::toString);
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("The contributions to the pooled fund for 2017/18 total " + TOTAL_2017.format()
                + ", below the minimum of the pooled fund of " + minimum.format() + " by " + m(shortfall).format(),
                f.get(0).message());
    }

    /** The components a plan may leave blank: answers, texts, figures and lists. */
    private static final Set<String> NOT_BLANKABLE = Set.of("healthAndWellbeingBoard", "localAuthority");

    @Property
    void blankingAnswersNeverMakesAnError(@ForAll @Size(max = 8) Set<@LongRange(min = 0, max = 19) Long> blanked) {
        RecordComponent[] components = PolicyFrameworkPlan.class.getRecordComponents();
        PolicyFrameworkPlan p = whole();
        List<String> names = new ArrayList<>();
        for (long i : blanked) {
            RecordComponent c = components[(int) i];
            if (NOT_BLANKABLE.contains(c.getName())) {
                continue;
            }
            PolicyFrameworkPlan blanked1 = with(p, c.getName(), blank(c.getType()));
            if (!blanked1.equals(p)) {
                names.add(c.getName());
            }
            p = blanked1;
        }
        Report report = validate(p);
        List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors, () -> "blanked " + names);
        if (!names.isEmpty()) {
            assertFalse(report.findings().isEmpty() && report.isComplete(), () -> "blanked " + names);
        }
    }

    private static Object blank(Class<?> type) {
        if (type == List.class) {
            return List.of();
        }
        if (type == java.util.SortedMap.class || type == Map.class) {
            return new TreeMap<>();
        }
        return null;
    }
}
