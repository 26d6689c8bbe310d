package dev.bcfkit.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Rulebook;
import dev.bcfkit.rules.engine.RequirementCatalogue.Requirement;
import dev.bcfkit.rules.engine.RequirementCatalogue.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every requirement is traced to what checks it, and docs/REQUIREMENTS.md is that tracing. When a
 * rule's requirements change, regenerate the page with
 * {@code mvn -B -o -q -pl bcf-rules -am test -Dtest=RequirementCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false -Dbcf.regenerateRules=true}.
 */
class RequirementCatalogueTest {
    private static final Path PAGE = Path.of("..", "docs", "REQUIREMENTS.md");
    private static final Pattern SEED_LINES = Pattern.compile("\\[00[0-4]:\\d+(-\\d+)?\\](, \\[00[0-4]:\\d+(-\\d+)?\\])*");

    @Test
    void docsRequirementsMdIsTheGeneratedTracing() throws IOException {
        String generated = RequirementCatalogue.markdown();
        if (Boolean.getBoolean("bcf.regenerateRules")) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(PAGE), PAGE.toAbsolutePath().normalize() + " is missing; generate it with"
                + " -Dbcf.regenerateRules=true (see this test's Javadoc)");
        assertEquals(generated, Files.readString(PAGE, StandardCharsets.UTF_8), "docs/REQUIREMENTS.md differs from"
                + " RequirementCatalogue.markdown(); regenerate it with: mvn -B -o -q -pl bcf-rules -am test"
                + " -Dtest=RequirementCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false -Dbcf.regenerateRules=true");
    }

    @Test
    void theRequirementsAreR01ToR87InOrderEachWithTheLinesOfThePapersThatStateIt() {
        List<Requirement> requirements = RequirementCatalogue.requirements();
        assertEquals(IntStream.rangeClosed(1, 87).mapToObj(i -> String.format("R%02d", i)).collect(Collectors.toList()),
                requirements.stream().map(Requirement::id).collect(Collectors.toList()));
        for (Requirement r : requirements) {
            assertTrue(SEED_LINES.matcher(r.seedLines()).matches(), r.id() + " cites no paper line: " + r.seedLines());
            assertTrue(!r.text().isBlank(), r.id() + " says nothing");
        }
    }

    @Test
    void noRequirementIsMissing() {
        Map<String, List<String>> traced = RequirementCatalogue.rulesByRequirement();
        List<String> missing = RequirementCatalogue.requirements().stream()
                .filter(r -> RequirementCatalogue.status(r, traced.get(r.id())) == Status.MISSING)
                .map(Requirement::id).collect(Collectors.toList());
        assertEquals(List.of(), missing, "requirements no rule, calculator or checklist checks");
    }

    @Test
    void everyNationalRuleTracesToAtLeastOneKnownRequirement() {
        Set<String> known = RequirementCatalogue.requirements().stream().map(Requirement::id).collect(Collectors.toSet());
        for (Rule<?> rule : Rulebook.catalogue()) {
            assertTrue(!rule.requirements().isEmpty(), rule.id() + " declares no requirement");
            assertTrue(known.containsAll(rule.requirements()), rule.id() + " declares an unknown requirement: "
                    + rule.requirements());
        }
    }

    @Test
    void aRowNamesItsRulesAndStatus() {
        String page = RequirementCatalogue.markdown();
        assertTrue(page.contains("| R41 | Annual total = sum of the quarters | [002:1615], [002:2002] | `FIN-ANNUAL-EQUALS-SUM` | checked |"),
                page);
        assertEquals(87, page.lines().filter(l -> l.startsWith("| R")).count());
    }
}
