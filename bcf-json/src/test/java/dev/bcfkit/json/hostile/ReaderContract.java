package dev.bcfkit.json.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.json.BcfJson;
import dev.bcfkit.json.BcfParseException;
import java.nio.charset.StandardCharsets;

/**
 * What the readers promise for any bytes whatsoever (docs/SECURITY.md): either a document that
 * writes back as it reads ({@code read(write(read(bytes)))} equals {@code read(bytes)}, and the
 * writing is byte-stable), or a {@link BcfParseException} that names the source and says where,
 * with no Jackson type or wording. Any other exception fails the calling test by itself.
 */
final class ReaderContract {
    static final BcfJson STRICT = BcfJson.strict();
    static final BcfJson LENIENT = BcfJson.lenient();

    private ReaderContract() {
    }

    /**
     * @param json the reader
     * @param bytes any bytes
     * @param source the name given to the input
     * @return the document, or the refusal
     */
    static Object readOrRefuse(BcfJson json, byte[] bytes, String source) {
        Object document;
        try {
            document = json.readDocument(bytes, source);
        } catch (BcfParseException refusal) {
            assertWellFormed(refusal, source);
            return refusal;
        }
        assertWritesBackAsItReads(document);
        return document;
    }

    /**
     * @param e a refusal
     * @param source the name the input was given
     */
    static void assertWellFormed(BcfParseException e, String source) {
        assertNull(e.getCause(), "no cause, let alone a Jackson one");
        assertEquals(source, e.source());
        assertTrue(e.pointer().isEmpty() || e.pointer().startsWith("/"), e.pointer());
        assertTrue(e.line() == -1 || e.line() >= 1, e.getMessage());
        assertTrue(e.column() == -1 || e.column() >= 1, e.getMessage());
        assertTrue(e.line() >= 1 || e.column() == -1, "a column only with a line: " + e.getMessage());
        assertFalse(e.problem().isBlank(), e.getMessage());
        assertTrue(e.getMessage().startsWith(source + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("com.fasterxml") || e.getMessage().contains("Jackson"), e.getMessage());
    }

    /** @param document a document that was read */
    static void assertWritesBackAsItReads(Object document) {
        byte[] written = STRICT.write(document);
        Object back = STRICT.readDocument(written, "written.json");
        assertEquals(document, back, () -> new String(written, StandardCharsets.UTF_8));
        assertArrayEquals(written, STRICT.write(back), "writing is byte-stable");
    }
}
