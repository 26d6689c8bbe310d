package dev.bcfkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentEncoding#wellFormed}, the fast check of a document's UTF-8, accepts exactly what
 * the JDK's strict UTF-8 decoder accepts: every one- and two-byte sequence, and every three- and
 * four-byte sequence with any first two bytes (where table 3-7 of the Unicode Standard puts its
 * special ranges) and later bytes at the edges of the continuation range.
 */
class WellFormedUtf8Test {
    /** A continuation byte's range (80 to BF) and the bytes either side of it, and the ends. */
    private static final int[] EDGES = {0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xFF};

    static boolean decodes(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void agree(byte[] bytes) {
        assertEquals(decodes(bytes), DocumentEncoding.wellFormed(bytes, 0), () -> hex(bytes));
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            b.append(String.format("%02X ", x & 0xFF));
        }
        return b.toString().trim();
    }

    @Test
    void everyOneAndTwoByteSequence() {
        for (int a = 0; a < 256; a++) {
            agree(new byte[] {(byte) a});
            for (int b = 0; b < 256; b++) {
                agree(new byte[] {(byte) a, (byte) b});
            }
        }
    }

    @Test
    void everyThreeByteSequenceWithAnEdgeLast() {
        for (int a = 0x80; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                for (int c : EDGES) {
                    agree(new byte[] {(byte) a, (byte) b, (byte) c});
                }
            }
        }
    }

    @Test
    void everyFourByteSequenceWithEdgesLast() {
        for (int a = 0xE0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                for (int c : EDGES) {
                    for (int d : EDGES) {
                        agree(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
                    }
                }
            }
        }
    }

    @Test
    void theKnownTraps() {
        assertTrue(DocumentEncoding.wellFormed("£13,131,049 – “Plans in place” \uD83D\uDE00".getBytes(StandardCharsets.UTF_8), 0));
        assertFalse(DocumentEncoding.wellFormed(new byte[] {(byte) 0xC0, (byte) 0xAF}, 0), "overlong /");
        assertFalse(DocumentEncoding.wellFormed(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0), "surrogate");
        assertFalse(DocumentEncoding.wellFormed(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0),
                "beyond U+10FFFF");
        assertFalse(DocumentEncoding.wellFormed(new byte[] {'a', (byte) 0xE2, (byte) 0x82}, 0), "truncated");
        assertTrue(DocumentEncoding.wellFormed(new byte[] {(byte) 0xFF, 'a'}, 1), "from the given offset");
    }
}
