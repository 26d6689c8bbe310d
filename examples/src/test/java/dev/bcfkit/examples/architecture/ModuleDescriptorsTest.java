package dev.bcfkit.examples.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The module descriptors as agreed: each library module exports only its API packages, and
 * requires transitively every module whose types its API shows, so that {@code requires
 * dev.bcfkit.rules;} alone is enough for a consumer (jpms-consumer runs one).
 */
class ModuleDescriptorsTest {

    @Test
    void eachModuleIsNamedAfterItsPackageRoot() {
        for (LibraryModule m : LibraryModule.values()) {
            assertEquals(m.root(), m.descriptor().name());
        }
    }

    @Test
    void onlyTheApiPackagesAreExported() {
        Map<String, Set<String>> exported = new TreeMap<>();
        for (LibraryModule m : LibraryModule.values()) {
            exported.put(m.root(), m.exported());
        }
        assertEquals(Map.of(
                "dev.bcfkit.core", Set.of("dev.bcfkit.core", "dev.bcfkit.core.funding", "dev.bcfkit.core.metrics",
                        "dev.bcfkit.core.outcomes",
                        "dev.bcfkit.core.plan", "dev.bcfkit.core.returns"),
                // The engine, the edition profiles and the rule families stay inside the module.
                "dev.bcfkit.rules", Set.of("dev.bcfkit.rules", "dev.bcfkit.rules.calc"),
                "dev.bcfkit.json", Set.of("dev.bcfkit.json"),
                "dev.bcfkit.testkit", Set.of("dev.bcfkit.testkit", "dev.bcfkit.testkit.seeds")), exported);
    }

    @Test
    void whatAnApiShowsIsRequiredTransitively() {
        // JSpecify's nullness annotations are in the model's signatures: `requires static transitive`.
        assertEquals(Set.of("jakarta.validation", "org.jspecify"), transitive(LibraryModule.CORE));
        // The rules' API returns Guava's immutable collections (Report.findings(), Rulebook's lists).
        assertEquals(Set.of("dev.bcfkit.core", "com.google.common"), transitive(LibraryModule.RULES));
        assertEquals(Set.of("dev.bcfkit.core", "com.fasterxml.jackson.databind"), transitive(LibraryModule.JSON));
        assertEquals(Set.of("dev.bcfkit.core", "net.jqwik.api"), transitive(LibraryModule.TESTKIT));
    }

    @Test
    void hibernateValidatorIsRequiredByTheRulesOnlyAndMayReadTheModel() {
        for (LibraryModule m : LibraryModule.values()) {
            boolean requires = m.descriptor().requires().stream().anyMatch(r -> r.name().equals("org.hibernate.validator"));
            assertEquals(m == LibraryModule.RULES, requires, m.root());
        }
        Set<String> openedToHibernate = new TreeSet<>();
        for (ModuleDescriptor.Opens o : LibraryModule.CORE.descriptor().opens()) {
            assertEquals(Set.of("org.hibernate.validator"), o.targets(), o.source());
            openedToHibernate.add(o.source());
        }
        assertEquals(LibraryModule.CORE.exported(), openedToHibernate);
    }

    @Test
    void theServicesAreProvidedByTheModules() {
        assertEquals(Set.of("com.fasterxml.jackson.databind.Module"), services(LibraryModule.JSON));
        assertEquals(Set.of("net.jqwik.api.SampleReportingFormat", "net.jqwik.api.providers.ArbitraryProvider"),
                services(LibraryModule.TESTKIT));
    }

    private static Set<String> transitive(LibraryModule m) {
        Set<String> names = new TreeSet<>();
        for (Requires r : m.descriptor().requires()) {
            if (r.modifiers().contains(Requires.Modifier.TRANSITIVE)) {
                names.add(r.name());
            }
        }
        return names;
    }

    private static Set<String> services(LibraryModule m) {
        Set<String> names = new TreeSet<>();
        m.descriptor().provides().forEach(p -> names.add(p.service()));
        return names;
    }
}
