package dev.bcfkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Blank means not provided; quoted user text stays one short line. */
class TextTest {

    @Test
    void blankIsNullEmptyOrWhiteSpace() {
        assertTrue(Text.isBlank(null));
        assertTrue(Text.isBlank(""));
        assertTrue(Text.isBlank(" \t\n"));
        assertFalse(Text.isBlank("n/a")); // Southend typed "n/a" [002:1042]: that is an answer
    }

    @Test
    void longTextIsCutAndControlCharactersEscaped() {
        assertEquals("a\\u000ab", Text.abbreviate("a\nb"));
        String long80 = "x".repeat(80);
        assertEquals("x".repeat(60) + "... (80 characters)", Text.abbreviate(long80));
        assertEquals("${1+1}", Text.abbreviate("${1+1}"));
    }
}
