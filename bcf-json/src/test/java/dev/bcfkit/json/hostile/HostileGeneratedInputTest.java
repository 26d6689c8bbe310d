package dev.bcfkit.json.hostile;

import static dev.bcfkit.json.hostile.ReaderContract.LENIENT;
import static dev.bcfkit.json.hostile.ReaderContract.STRICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfParseException;
import dev.bcfkit.testkit.seeds.SampleDocument;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs too large to commit, made by the test at run time from the sample return of
 * Southend's 2016/17 Q1 ({@code [002:854-1171]}): a 50 MB narrative, a narrative just over and
 * just at the reader's 1,000,000-character limit, nesting 100,000 deep, and a document of 200,000
 * unknown properties. Each is refused (or read) with a {@link BcfParseException} that says where,
 * within a hang detector's bound.
 */
class HostileGeneratedInputTest {
    /** The reader's documented limits (docs/json-format.md, {@code dev.bcfkit.json.Limits}). */
    private static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
    private static final int MAX_STRING_LENGTH = 1_000_000;
    private static final int MAX_NESTING_DEPTH = 32;
    private static final int FIFTY_MB = 50 * 1024 * 1024;

    /**
     * A hang detector, not a speed test: making and refusing 50 MB takes a fraction of a second;
     * only a reader that loops, backtracks or reads without bound comes near this.
     */
    private static final Duration HANG = Duration.ofSeconds(5);

    private static final String SOUTHEND_Q1 = SampleTexts.of(SampleDocument.SOUTHEND_2016_17_Q1);
    private static final String PROGRESS = "\"progress\": \"";

    /** The sample with its narrative's progress text replaced by {@code length} copies of {@code c}. */
    private static byte[] withProgressOf(int length, char c) {
        int from = SOUTHEND_Q1.indexOf(PROGRESS) + PROGRESS.length();
        int to = SOUTHEND_Q1.indexOf('"', from);
        while (SOUTHEND_Q1.charAt(to - 1) == '\\') {
            to = SOUTHEND_Q1.indexOf('"', to + 1);
        }
        byte[] head = SOUTHEND_Q1.substring(0, from).getBytes(StandardCharsets.UTF_8);
        byte[] tail = SOUTHEND_Q1.substring(to).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        Arrays.fill(all, head.length, head.length + length, (byte) c);
        System.arraycopy(tail, 0, all, head.length + length, tail.length);
        return all;
    }

    @Test
    void aFiftyMegabyteNarrativeIsRefusedByTheDocumentLimitBeforeAnyParsing(@TempDir Path dir) {
        assertTimeoutPreemptively(HANG, () -> {
            byte[] huge = withProgressOf(FIFTY_MB, 'x');
            BcfParseException bytes = assertThrows(BcfParseException.class,
                    () -> STRICT.readDocument(huge, "big.json"));
            assertEquals("the document is larger than the reader allows (at most " + MAX_DOCUMENT_BYTES + " bytes)",
                    bytes.problem());
            assertEquals("", bytes.pointer());
            assertEquals(-1, bytes.line(), "refused before a line is known");
            ReaderContract.assertWellFormed(bytes, "big.json");

            Path file = Files.write(dir.resolve("big.json"), huge);
            BcfParseException fromFile = assertThrows(BcfParseException.class, () -> STRICT.readDocument(file));
            assertEquals(bytes.problem(), fromFile.problem());
        });
    }

    @Test
    void aFiftyMegabyteStreamIsReadNoFurtherThanTheDocumentLimit() {
        assertTimeoutPreemptively(HANG, () -> {
            CountingStream endless = new CountingStream(FIFTY_MB);
            BcfParseException e = assertThrows(BcfParseException.class,
                    () -> STRICT.read(endless, "<stdin>", QuarterlyReturn.class));
            assertEquals("the document is larger than the reader allows (at most " + MAX_DOCUMENT_BYTES + " bytes)",
                    e.problem());
            assertEquals("<stdin>", e.source());
            assertTrue(endless.read <= MAX_DOCUMENT_BYTES + 1L, "read " + endless.read + " bytes");
        });
    }

    @Test
    void aNarrativeOneCharacterOverTheTextLimitIsRefusedWhereItIs() {
        assertTimeoutPreemptively(HANG, () -> {
            BcfParseException e = assertThrows(BcfParseException.class,
                    () -> STRICT.readDocument(withProgressOf(MAX_STRING_LENGTH + 1, 'x'), "long.json"));
            assertEquals("/narrative/progress", e.pointer());
            assertEquals("a text of more than " + MAX_STRING_LENGTH + " characters is longer than the reader allows"
                    + " (at most " + MAX_STRING_LENGTH + ")", e.problem());
            assertEquals(SOUTHEND_Q1.lines().toList().indexOf(SOUTHEND_Q1.lines()
                    .filter(l -> l.contains(PROGRESS)).findFirst().orElseThrow()) + 1, e.line());
            ReaderContract.assertWellFormed(e, "long.json");
        });
    }

    @Test
    void aNarrativeAtTheTextLimitIsReadWhole() {
        assertTimeoutPreemptively(HANG, () -> {
            Object read = ReaderContract.readOrRefuse(STRICT, withProgressOf(MAX_STRING_LENGTH, 'y'), "at-limit.json");
            QuarterlyReturn r = (QuarterlyReturn) read;
            assertEquals(MAX_STRING_LENGTH, r.narrative().progress().length());
        });
    }

    @Test
    void nestingAHundredThousandDeepIsRefusedAtTheDepthLimit() {
        assertTimeoutPreemptively(HANG, () -> {
            int depth = 100_000;
            for (String[] brackets : new String[][] {{"[", "]"}, {"{\"a\":", "}"}}) {
                String innermost = brackets[0].equals("[") ? "" : "1";
                String deep = brackets[0].repeat(depth) + innermost + brackets[1].repeat(depth);
                String text = SOUTHEND_Q1.replace("\"cover\": {", "\"notes\": " + deep + ",\n  \"cover\": {");
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                assertTrue(bytes.length < MAX_DOCUMENT_BYTES);
                BcfParseException e = assertThrows(BcfParseException.class,
                        () -> LENIENT.readDocument(bytes, "deep.json"));
                assertEquals("objects and lists are nested deeper than the reader allows (at most " + MAX_NESTING_DEPTH
                        + " levels)", e.problem());
                assertTrue(e.pointer().startsWith("/notes/"), e.pointer());
                ReaderContract.assertWellFormed(e, "deep.json");
                BcfParseException unclosed = assertThrows(BcfParseException.class,
                        () -> STRICT.readDocument(brackets[0].repeat(depth).getBytes(StandardCharsets.UTF_8),
                                "x.json"));
                ReaderContract.assertWellFormed(unclosed, "x.json");
            }
        });
    }

    @Test
    void twoHundredThousandUnknownPropertiesAreSkippedByTheLenientReaderAndRefusedByTheStrictOne() {
        assertTimeoutPreemptively(HANG, () -> {
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 200_000; i++) {
                many.append("\"k").append(Integer.toString(i, 36)).append("\": ").append(i).append(",\n");
            }
            String text = SOUTHEND_Q1.replace("\"cover\": {", many + "  \"cover\": {");
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length < MAX_DOCUMENT_BYTES);
            assertEquals(STRICT.readDocument(SOUTHEND_Q1.getBytes(StandardCharsets.UTF_8), "q1.json"),
                    ReaderContract.readOrRefuse(LENIENT, bytes, "many.json"));
            BcfParseException e = assertThrows(BcfParseException.class, () -> STRICT.readDocument(bytes, "many.json"));
            assertEquals("/k0", e.pointer());
        });
    }

    @Test
    void aHugeNumberOfDigitsInEveryAmountIsRefusedAtTheFirst() {
        assertTimeoutPreemptively(HANG, () -> {
            String digits = "9".repeat(400);
            String text = SOUTHEND_Q1.replaceAll("(\"q[1-4]\": )\\d+", "$1" + digits);
            BcfParseException e = assertThrows(BcfParseException.class,
                    () -> STRICT.readDocument(text.getBytes(StandardCharsets.UTF_8), "digits.json"));
            assertEquals("/incomeAndExpenditure/income/plan/q1", e.pointer());
            assertTrue(e.problem().startsWith("a number of 400 characters is longer than the reader allows"),
                    e.problem());
        });
    }

    /** A stream of {@code size} spaces after an opening brace, counting what was read from it. */
    private static final class CountingStream extends InputStream {
        private final long size;
        private long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            return read++ == 0 ? '{' : ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }
}
