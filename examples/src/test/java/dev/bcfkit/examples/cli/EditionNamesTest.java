package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bcfkit.core.Edition;
import org.junit.jupiter.api.Test;

/** The names an analyst may type for an edition. */
class EditionNamesTest {

    @Test
    void everyEditionReadsBackFromItsPrintedNames() {
        for (Edition e : Edition.values()) {
            assertEquals(e, EditionNames.parse("x", e.name()));
            assertEquals(e, EditionNames.parse("x", EditionNames.shortName(e)));
            assertEquals(e, EditionNames.parse("x", e.label()));
            assertEquals(e, EditionNames.parse("x", " " + e.name().toLowerCase() + " "));
        }
    }

    @Test
    void friendlyForms() {
        assertEquals("2017/18", EditionNames.shortName(Edition.QUARTERLY_2017_18));
        assertEquals("plan-2014", EditionNames.shortName(Edition.PLAN_2014));
        assertEquals(Edition.QUARTERLY_2016_17, EditionNames.parse("x", "16-17"));
        assertEquals(Edition.QUARTERLY_2018_19, EditionNames.parse("x", "2018-19"));
        assertEquals(Edition.PLAN_2014, EditionNames.parse("x", "plan"));
        assertEquals(Edition.POOLED_BUDGET_2017_19, EditionNames.parse("x", "pooled-budget"));
    }

    @Test
    void unknownNamesListTheKnown() {
        UsageException e = assertThrows(UsageException.class, () -> EditionNames.parse("rules", "2017"));
        assertEquals("rules: --edition: unknown edition \"2017\"; known: " + EditionNames.known(), e.getMessage());
    }
}
