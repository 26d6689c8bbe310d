package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bcfkit.core.Edition;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Rulebook;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** bcf rules: the catalogue, whole and by edition. */
class RulesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void listsEveryRuleOnceWithSeverityEditionsTitleAndSource() {
        Run run = Run.of("rules");
        assertEquals(0, run.status(), run.err());
        List<Rule<?>> catalogue = Rulebook.catalogue();
        String[] lines = run.lines();
        assertEquals(catalogue.size(), lines.length);
        for (int i = 0; i < lines.length; i++) {
            Rule<?> r = catalogue.get(i);
            assertTrue(lines[i].startsWith(r.id() + " "), lines[i]);
            assertTrue(lines[i].contains(" " + r.severity() + " "), lines[i]);
            assertTrue(lines[i].contains(r.title()), lines[i]);
        }
        assertTrue(run.out().contains("COVER-SIGN-OFF-TBC"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"QUARTERLY_2017_18", "quarterly_2017_18", "2017/18", "2017-18", "17/18",
        "2017/18 quarterly return"})
    void friendlyEditionNamesFilterAlike(String name) {
        Run run = Run.of("rules", "--edition", name);
        assertEquals(0, run.status(), run.err());
        long expected = Rulebook.catalogue().stream()
                .filter(r -> r.editions().contains(Edition.QUARTERLY_2017_18)).count();
        assertEquals(expected, run.lines().length);
        for (String line : run.lines()) {
            assertTrue(line.contains("2017/18"), line);
        }
    }

    @Test
    void planAndPooledBudgetEditions() {
        Run plan = Run.of("rules", "--edition", "plan-2014");
        assertEquals(0, plan.status(), plan.err());
        assertEquals(Rulebook.forEdition(Edition.PLAN_2014).planRules().size(), plan.lines().length);
        assertEquals(plan.out(), Run.of("rules", "--edition", "PLAN_2014").out());
        assertEquals(plan.out(), Run.of("rules", "--edition", "plan").out());
        Run pooled = Run.of("rules", "--edition", "pooled-budget");
        assertEquals(Rulebook.forEdition(Edition.POOLED_BUDGET_2017_19).pooledBudgetRules().size(),
                pooled.lines().length);
    }

    @Test
    void unknownEditionExits2ListingTheKnownOnes() {
        Run run = Run.of("rules", "--edition", "2019/20");
        assertEquals(2, run.status());
        assertTrue(run.errIsOneLine(), run.err());
        assertTrue(run.err().startsWith("bcf: rules: --edition: unknown edition \"2019/20\"; known: "), run.err());
        for (Edition e : Edition.values()) {
            assertTrue(run.err().contains(e.name()), run.err());
        }
    }

    @Test
    void asJson() throws Exception {
        Run run = Run.of("rules", "--edition", "2016/17", "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals("QUARTERLY_2016_17", root.get("edition").textValue());
        JsonNode first = root.get("rules").get(0);
        assertTrue(first.has("id") && first.has("severity") && first.has("editions") && first.has("title")
                && first.has("source") && first.has("derived"));
        for (JsonNode r : root.get("rules")) {
            boolean has2016 = false;
            for (JsonNode e : r.get("editions")) {
                has2016 |= e.textValue().equals("QUARTERLY_2016_17");
            }
            assertTrue(has2016, r.toString());
        }
    }
}
