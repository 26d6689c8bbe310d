package dev.bcfkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import org.junit.jupiter.api.Test;

/** Blank means not provided; quoted user text stays one short line of valid Unicode. */
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
        assertEquals("x".repeat(60), Text.abbreviate("x".repeat(60)));
        assertEquals("${1+1}", Text.abbreviate("${1+1}"));
        assertEquals("null", Text.abbreviate(null));
    }

    @Test
    void c1DelBidiAndSeparatorControlsAreEscapedToo() {
        assertEquals("a\\u001bb\\u007fc\\u0080d\\u009fe", Text.abbreviate("a\u001bb\u007fc\u0080d\u009fe"));
        assertEquals("\\u202eevil\\u2066x\\u2069\\u200e\\u200f\\u061c\\u202a\\u2028\\u2029",
                Text.abbreviate("\u202eevil\u2066x\u2069\u200e\u200f\u061c\u202a\u2028\u2029"));
        // neighbours of the ranges are ordinary text
        assertEquals(" ~\u00a0\u2065\u206a", Text.abbreviate(" ~\u00a0\u2065\u206a"));
        assertEquals("\u200d\u2010", Text.abbreviate("\u200d\u2010"));
        assertEquals("\u0600\u061d\u2027\u202f", Text.abbreviate("\u0600\u061d\u2027\u202f"));
    }

    @Test
    void theControlSetIsExactlyC0DelC1SeparatorsAndBidiControls() {
        int count = 0;
        for (int cp = 0; cp <= 0x10ffff; cp++) {
            if (Text.isControl(cp)) {
                count++;
            }
        }
        // 32 C0 + DEL + 32 C1 + 2 separators + U+061C, U+200E, U+200F + 5 embeddings + 4 isolates
        assertEquals(32 + 1 + 32 + 2 + 3 + 5 + 4, count);
        assertTrue(Text.isControl(0x2066) && Text.isControl(0x2069) && Text.isControl(0x202a));
        assertFalse(Text.isControl(0x2065) || Text.isControl(0x206a) || Text.isControl(0x2027) || Text.isControl(0x202f) || Text.isControl(0xa0));
    }

    @Test
    void aSurrogatePairIsNeverCutAndLengthsCountCharacters() throws CharacterCodingException {
        // 59 letters then an emoji (two UTF-16 units) that straddles the 60th unit
        String s = "x".repeat(59) + "\ud83d\ude00" + "yyyy";
        String quoted = Text.abbreviate(s);
        assertEquals("x".repeat(59) + "\ud83d\ude00... (64 characters)", quoted);
        assertValidUnicode(quoted);
        String emojis = "\ud83d\ude00".repeat(70);
        String cut = Text.abbreviate(emojis);
        assertEquals("\ud83d\ude00".repeat(60) + "... (70 characters)", cut);
        assertValidUnicode(cut);
    }

    @Test
    void aLoneSurrogateIsShownAsAnEscape() throws CharacterCodingException {
        String quoted = Text.abbreviate("a\ud83db\ude00");
        assertEquals("a\\ud83db\\ude00", quoted);
        assertValidUnicode(quoted);
    }

    @Test
    void escapesHaveFourLowerCaseHexDigits() {
        StringBuilder b = new StringBuilder();
        Text.appendEscape('\u0001', b);
        Text.appendEscape('\u00ad', b);
        Text.appendEscape('\u202e', b);
        Text.appendEscape('\ud83d', b);
        assertEquals("\\u0001\\u00ad\\u202e\\ud83d", b.toString());
    }

    private static void assertValidUnicode(String s) throws CharacterCodingException {
        StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
    }
}
