package dev.bcfkit.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.rules.Rulebook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/RULES.md is generated from the rule definitions and must not drift from them. When a rule
 * changes, regenerate the page with
 * {@code mvn -B -o -q -pl bcf-rules -am test -Dtest=RuleCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false -Dbcf.regenerateRules=true}.
 */
class RuleCatalogueTest {
    /** The page, relative to the bcf-rules module directory (Maven's working directory for tests). */
    private static final Path PAGE = Path.of("..", "docs", "RULES.md");

    @Test
    void docsRulesMdIsTheGeneratedCatalogue() throws IOException {
        String generated = RuleCatalogue.markdown();
        if (Boolean.getBoolean("bcf.regenerateRules")) {
            Files.createDirectories(PAGE.getParent());
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(PAGE), PAGE.toAbsolutePath().normalize() + " is missing; generate it with"
                + " -Dbcf.regenerateRules=true (see this test's Javadoc)");
        assertEquals(generated, Files.readString(PAGE, StandardCharsets.UTF_8), "docs/RULES.md differs from"
                + " RuleCatalogue.markdown(); regenerate it with: mvn -B -o -q -pl bcf-rules -am test"
                + " -Dtest=RuleCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false -Dbcf.regenerateRules=true");
    }

    @Test
    void thePageHasOneRowPerRuleWithItsIdSeverityEditionsAndSource() {
        String page = RuleCatalogue.markdown();
        assertTrue(page.contains("| id | severity | editions | title | source | derived |"));
        assertTrue(page.contains("| `FIN-ANNUAL-EQUALS-SUM` | ERROR | 2016/17 quarterly return | Every stated annual total"));
        assertTrue(page.contains("| `COVER-SIGN-OFF-TBC` | WARNING | 2016/17 quarterly return, 2017/18 quarterly return, 2018/19 quarterly return |"));
        long rows = page.lines().filter(l -> l.startsWith("| `")).count();
        assertEquals(Rulebook.catalogue().size(), rows);
        assertTrue(page.lines().filter(l -> l.startsWith("| `")).allMatch(l -> l.chars().filter(c -> c == '|')
                .count() - countEscaped(l) == 7), "every row has six cells");
    }

    private static long countEscaped(String line) {
        return line.split("\\\\\\|", -1).length - 1;
    }
}
