package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.reflect.ClassPath;
import dev.bcfkit.core.Edition;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Immutability shows in the signatures: every public method of the exported packages that returns
 * a collection returns one of Guava's immutable types, so a caller sees from the type that the
 * list of findings or rules cannot change under it, and that its own copy is not needed.
 */
class ImmutableSignaturesTest {

    private static final List<String> EXPORTED = List.of("dev.bcfkit.rules", "dev.bcfkit.rules.calc");

    @Test
    void everyCollectionThePublicApiReturnsIsAnImmutableType() throws IOException {
        TreeSet<String> mutable = new TreeSet<>();
        int collections = 0;
        ClassPath classPath = ClassPath.from(Report.class.getClassLoader());
        String library = location(Report.class);
        for (String pkg : EXPORTED) {
            for (ClassPath.ClassInfo info : classPath.getTopLevelClasses(pkg)) {
                Class<?> type = info.load();
                // the library's own classes, not the tests' helpers beside them
                if (!Modifier.isPublic(type.getModifiers()) || !library.equals(location(type))) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    Class<?> returned = m.getReturnType();
                    if (!Modifier.isPublic(m.getModifiers())
                            || !(Collection.class.isAssignableFrom(returned) || Map.class.isAssignableFrom(returned))) {
                        continue;
                    }
                    collections++;
                    if (!(ImmutableCollection.class.isAssignableFrom(returned)
                            || ImmutableMap.class.isAssignableFrom(returned))) {
                        mutable.add(type.getSimpleName() + "." + m.getName() + " returns " + returned.getName());
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(), mutable);
        // Report.findings, completion, findingsOf; Rulebook's four lists and catalogue; Rule.requirements,
        // editions; AssessmentConsistency.consistentWith; ImprovedBcfFigures.national; Phasing.split.
        assertTrue(collections >= 13, "found " + collections + " methods returning collections");
    }

    private static String location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().toString();
    }

    @Test
    void theRagBandsAreAnImmutableRangeMap() throws NoSuchMethodException {
        assertEquals(ImmutableRangeMap.class,
                dev.bcfkit.rules.calc.RagRating.class.getMethod("bands", java.math.BigDecimal.class).getReturnType());
    }

    @Test
    void aReportBuiltFromAMutableListKeepsItsOwnCopy() {
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding("R", Severity.ERROR, "/a", "m", "s"));
        Report report = new Report(Edition.QUARTERLY_2017_18, null, findings, List.of());
        findings.clear();
        assertEquals(1, report.findings().size());
        ImmutableList<Finding> listed = report.findings();
        assertThrows(UnsupportedOperationException.class, () -> listed.add(listed.get(0)));
        assertEquals(listed, report.findingsOf("R"));
    }

    @Test
    void aReportRefusesANullFindingByName() {
        List<Finding> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class,
                () -> new Report(Edition.QUARTERLY_2017_18, null, withNull, List.of()));
    }
}
