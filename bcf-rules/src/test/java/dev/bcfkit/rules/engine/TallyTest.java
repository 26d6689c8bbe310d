package dev.bcfkit.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.rules.SectionCompletion;
import org.junit.jupiter.api.Test;

/**
 * The checklist's counting ({@code [002:869-876]} "No. of questions answered"): every question
 * asked adds one to the expected count; a text counts when it is not blank, a value when it is
 * filled in (zero is an answer, blank is not).
 */
class TallyTest {

    @Test
    void textCountsWhenNotBlankAndAValueWhenPresent() {
        Tally t = new Tally("1. Cover");
        assertSame(t, t.text("Nick Faint"));
        assertSame(t, t.text("  "));
        assertSame(t, t.text(null));
        assertSame(t, t.value(0));
        assertSame(t, t.value(null));
        assertSame(t, t.ask(true));
        assertEquals(new SectionCompletion("1. Cover", 3, 6), t.completion());
    }

    @Test
    void aSectionWithNoQuestionsIsComplete() {
        assertTrue(new Tally("6. Year End Feedback").completion().isComplete());
    }
}
