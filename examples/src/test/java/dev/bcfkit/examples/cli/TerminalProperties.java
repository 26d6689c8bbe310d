package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Text;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

/** What reaches the terminal: nothing that can drive it, split a message or reorder text. */
class TerminalProperties {

    @Example
    void escapesTheControlsAndKeepsEverythingElse() {
        assertEquals("a\\u001b[2Jb\\u009bc\\u202ed\\u2066e\\u007ff\\u000dg\\u000ah",
                Terminal.oneLine("a\u001b[2Jb\u009bc\u202ed\u2066e\u007ff\rg\nh"));
        assertEquals("a\\u000db\nc", Terminal.lines("a\rb\nc"));
        assertEquals("Southend-on-Sea \u00a3 \ud83d\ude00", Terminal.oneLine("Southend-on-Sea \u00a3 \ud83d\ude00"));
        assertEquals("null", Terminal.oneLine(null));
    }

    @Example
    void theStreamEscapesWhateverIsPrintedThroughIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TerminalStream out = new TerminalStream(bytes)) {
            out.print("a\u001b");
            out.print('\u0007');
            out.print(new StringBuilder("b\u202e"));
            out.print(new char[] {'\u0085', 'c'});
            out.println("d\r");
            out.printf("%s%n", "\u2066e");
            out.append('\u0000').append("\u200f");
        }
        assertEquals("a\\u001b\\u0007b\\u202e\\u0085cd\\u000d\n\\u2066e\n\\u0000\\u200f",
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Property
    void noControlButTheLineFeedEverLeavesTheStream(
            @ForAll @Chars({'a', '\n', '\u007f', '\u0085', '\u009b', '\u202a', '\u202e', '\u2066', '\u2069', '\u200e',
                '\u200f', '\u061c', '\u2028', '\u00a0'}) @CharRange(from = '\u0000', to = '\u001f') String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TerminalStream out = new TerminalStream(bytes)) {
            out.print(s);
            out.println(s);
        }
        String written = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(written.chars().noneMatch(c -> c != '\n' && Text.isControl(c)), written);
        assertEquals(s.chars().filter(c -> c == '\n').count() * 2 + 1, written.chars().filter(c -> c == '\n').count());
        assertTrue(Terminal.oneLine(s).chars().noneMatch(Text::isControl));
    }
}
