package dev.bcfkit.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/**
 * The architecture, read from the compiled classes of every module (tests excluded): one-way
 * arrows between modules and between the rules' packages, no internal type in a public
 * signature, Jackson only in bcf-json and Hibernate Validator only in bcf-rules. The rules name
 * the agreed packages of bcf-rules ({@code engine}, {@code editions} and the rule families
 * {@code returns}, {@code plan}, {@code pooled}) before they all exist, so each starts guarding
 * the moment its package appears. Each rule is a method, not an {@code ArchRule} field, so that
 * Surefire's {@code -Dtest=} filter (which keeps only method sources) runs them too.
 */
@AnalyzeClasses(packages = "dev.bcfkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rule families, by document. */
    static final List<String> RULE_FAMILIES = List.of(
            "dev.bcfkit.rules.returns..", "dev.bcfkit.rules.plan..", "dev.bcfkit.rules.pooled..");

    /**
     * Modules: core depends on no other bcfkit module; rules, json and testkit only on core; the
     * testkit's assertions on core and rules;
     * examples on all of them; nothing depends on examples.
     */
    @ArchTest
    static void modulesPointOneWay(JavaClasses classes) {
        MODULES.check(classes);
    }

    static final ArchRule MODULES = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("core").definedBy("dev.bcfkit.core..")
            .layer("rules").definedBy("dev.bcfkit.rules..")
            .layer("json").definedBy("dev.bcfkit.json..")
            .layer("testkit").definedBy("dev.bcfkit.testkit", "dev.bcfkit.testkit.seeds..",
                    "dev.bcfkit.testkit.hostile..")
            .layer("assertions").definedBy("dev.bcfkit.testkit.assertions..")
            .layer("xlsx").definedBy("dev.bcfkit.xlsx..")
            .layer("examples").definedBy("dev.bcfkit.examples..")
            .whereLayer("core").mayNotAccessAnyLayer()
            .whereLayer("rules").mayOnlyAccessLayers("core")
            .whereLayer("json").mayOnlyAccessLayers("core")
            .whereLayer("testkit").mayOnlyAccessLayers("core")
            .whereLayer("assertions").mayOnlyAccessLayers("core", "rules")
            .whereLayer("xlsx").mayOnlyAccessLayers("core", "json")
            .whereLayer("examples").mayNotBeAccessedByAnyLayer();

    /**
     * A rule family depends only on its own package, the rules' API, the engine, the edition
     * profiles, the calculators, the model, the JDK and Guava's collections (ranges, tables): never
     * on another family, bcf-json or another library.
     */
    @ArchTest
    static void ruleFamiliesDependOnlyOnTheApiEngineEditionsCalcAndCore(JavaClasses classes) {
        for (String family : RULE_FAMILIES) {
            classes().that().resideInAPackage(family)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(family, "dev.bcfkit.rules",
                            "dev.bcfkit.rules.engine..", "dev.bcfkit.rules.editions..", "dev.bcfkit.rules.calc..",
                            "dev.bcfkit.core..", "java..", "com.google.common.collect..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    /** No engine or edition type, nor any other internal type, in a public signature of an exported package. */
    @ArchTest
    static void noInternalTypeInAPublicSignature(JavaClasses classes) {
        Set<String> exported = new java.util.TreeSet<>();
        for (LibraryModule m : LibraryModule.values()) {
            exported.addAll(m.exported());
        }
        classes().that(PublicSignatures.inPackages(exported))
                .should(PublicSignatures.notShow(List.of("dev.bcfkit.rules.engine..", "dev.bcfkit.rules.editions..",
                        "dev.bcfkit.rules.returns..", "dev.bcfkit.rules.plan..", "dev.bcfkit.rules.pooled..",
                        "dev.bcfkit.core.internal..")))
                .check(classes);
    }

    /**
     * A module's packages that it does not export are used by that module alone, also on the
     * class path, where the module system does not stop it.
     */
    @ArchTest
    static void unexportedPackagesAreUsedOnlyInsideTheirModule(JavaClasses classes) {
        for (LibraryModule m : LibraryModule.values()) {
            String[] exported = m.exported().toArray(String[]::new);
            DescribedPredicate<JavaClass> internal = JavaClass.Predicates.resideInAPackage(m.root() + "..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(exported)))
                    .as("are in a package " + m.root() + " does not export");
            noClasses().that().resideOutsideOfPackage(m.root() + "..")
                    .should().dependOnClassesThat(internal)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    /** Jackson is the business of bcf-json alone. */
    @ArchTest
    static void jacksonOnlyInJson(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage("dev.bcfkit.json..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    /** Apache POI is the business of bcf-xlsx alone: the CLI and the other modules use its API. */
    @ArchTest
    static void poiOnlyInXlsx(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage("dev.bcfkit.xlsx..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .check(classes);
    }

    /** Hibernate Validator is the business of bcf-rules alone (the model carries only Jakarta annotations). */
    @ArchTest
    static void hibernateValidatorOnlyInRules(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage("dev.bcfkit.rules..")
                .should().dependOnClassesThat().resideInAPackage("org.hibernate..")
                .check(classes);
    }
}
