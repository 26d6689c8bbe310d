package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.rules.plan.PlanRules;
import dev.bcfkit.rules.pooled.PooledBudgetRules;
import dev.bcfkit.rules.returns.ReturnRules;
import dev.bcfkit.rules.series.SeriesRules;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Registration that cannot forget: every {@code static final Rule} constant of the rules packages,
 * found by reflection over the compiled classes, is listed exactly once, by the family class that
 * declares it, and reaches the rulebooks through its document's family list
 * ({@link ReturnRules}, {@link PlanRules}, {@link PooledBudgetRules}, {@link SeriesRules}); and nothing reaches a
 * rulebook that is not such a constant. A rule added as a constant but left out of its family's
 * {@code all()} fails here, naming the rule.
 */
class RuleRegistrationTest {

    /** Every static final Rule field of every class under dev/bcfkit/rules, with the class declaring it. */
    private static Map<Rule<?>, Class<?>> constants() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path root = Path.of(Rulebook.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(root), "the rule classes are read from a class directory, found " + root);
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("dev/bcfkit/rules"))) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(root.relativize(f).toString()
                    .replace(root.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "")));
        }
        Map<Rule<?>, Class<?>> found = new IdentityHashMap<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, true, Rulebook.class.getClassLoader());
            for (Field f : type.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == Rule.class) {
                    f.setAccessible(true);
                    Class<?> earlier = found.put((Rule<?>) f.get(null), type);
                    assertEquals(null, earlier, "the rule " + f.getName() + " of " + type.getName()
                            + " is the same object as a constant of " + earlier);
                }
            }
        }
        return found;
    }

    private static List<?> listed(Class<?> family) throws ReflectiveOperationException {
        Method all = family.getDeclaredMethod("all");
        all.setAccessible(true);
        return (List<?>) all.invoke(null);
    }

    private static long count(List<?> rules, Rule<?> rule) {
        return rules.stream().filter(r -> r == rule).count();
    }

    @Test
    void everyRuleConstantIsListedOnceByItsFamilyAndReachesItsRulebooks() throws Exception {
        Map<Rule<?>, Class<?>> constants = constants();
        assertTrue(constants.size() >= Rulebook.catalogue().size(), "found " + constants.size() + " rule constants");
        List<Rule<?>> families = new ArrayList<>();
        families.addAll(ReturnRules.all());
        families.addAll(PlanRules.all());
        families.addAll(PooledBudgetRules.all());
        families.addAll(dev.bcfkit.rules.outcomes.LocalOutcomeRules.all());
        families.addAll(dev.bcfkit.rules.framework.FrameworkPlanRules.all());
        families.addAll(SeriesRules.all());
        for (Map.Entry<Rule<?>, Class<?>> e : constants.entrySet()) {
            Rule<?> rule = e.getKey();
            Class<?> family = e.getValue();
            String where = rule.id() + " (a constant of " + family.getName() + ")";
            assertEquals(1, count(listed(family), rule), where + " must be listed exactly once by its family's all()");
            assertEquals(1, count(families, rule), where + " must reach exactly one document's rule list");
            for (Class<?> other : constants.values().stream().distinct().toList()) {
                if (other != family) {
                    assertEquals(0, count(listed(other), rule), where + " is also listed by " + other.getName());
                }
            }
            assertTrue(rule.editions().stream().allMatch(ed -> rulebookHas(ed, rule)),
                    where + " is missing from the rulebook of an edition it applies to");
        }
        for (Rule<?> r : families) {
            assertTrue(constants.containsKey(r), r.id() + " reaches a rulebook but is no static final Rule constant");
        }
    }

    @Test
    void theCatalogueIsTheRuleConstants() throws Exception {
        List<String> ids = constants().keySet().stream().map(Rule::id).sorted().toList();
        assertEquals(ids, Rulebook.catalogue().stream().map(Rule::id).sorted().toList());
        assertFalse(ids.isEmpty());
    }

    private static boolean rulebookHas(dev.bcfkit.core.Edition edition, Rule<?> rule) {
        Rulebook book = Rulebook.forEdition(edition);
        return Stream.of(book.returnRules(), book.planRules(), book.pooledBudgetRules(), book.localOutcomeRules(),
                book.frameworkPlanRules(), book.seriesRules())
                .anyMatch(list -> list.stream().anyMatch(r -> r == rule));
    }
}
