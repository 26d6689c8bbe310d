package dev.bcfkit.json.hostile;

import static dev.bcfkit.json.hostile.ReaderContract.LENIENT;
import static dev.bcfkit.json.hostile.ReaderContract.STRICT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfParseException;
import dev.bcfkit.testkit.hostile.HostileFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile corpus (bcf-testkit's {@link HostileFile}, docs/SECURITY.md) through the readers:
 * each file gives what {@code expected.tsv} says, a {@link BcfParseException} at the expected JSON
 * pointer with a line and a column, or a document that writes back as it reads; every other entry
 * point of the reader gives one of the two as well, and never another exception. (The validator's
 * findings on the readable files are checked in the examples module, which has bcf-rules.)
 */
class HostileCorpusTest {
    /**
     * A hang detector, not a speed test: each file takes milliseconds; a bound this generous only
     * fails when the reader loops, backtracks or waits.
     */
    static final Duration HANG = Duration.ofSeconds(5);
    private static final List<Class<?>> DOCUMENT_TYPES = List.of(QuarterlyReturn.class, Plan.class, PooledBudget.class);

    @BeforeAll
    static void loadTheReaderOnce() {
        // class loading and Jackson's set-up happen here, outside the hang detector
        STRICT.readDocument(HostileFile.all().stream().filter(e -> !e.refused()).findFirst().orElseThrow().bytes(),
                "warm-up.json");
    }

    @TestFactory
    Stream<DynamicTest> theStrictReaderGivesEachFileItsExpectedOutcome() {
        return HostileFile.all().stream().map(entry -> DynamicTest.dynamicTest(entry.file(),
                () -> assertTimeoutPreemptively(HANG, () -> expectedOutcome(entry))));
    }

    private static void expectedOutcome(HostileFile entry) {
        Object outcome = ReaderContract.readOrRefuse(STRICT, entry.bytes(), entry.file());
        if (entry.refused()) {
            BcfParseException e = assertInstanceOf(BcfParseException.class, outcome, entry.file());
            assertEquals(entry.pointer(), e.pointer(), e.getMessage());
            assertTrue(e.problem().contains(entry.fragment()), () -> "expected \"" + entry.fragment() + "\" in "
                    + e.getMessage());
            assertTrue(e.line() >= 1 && e.column() >= 1, "a line and a column: " + e.getMessage());
        } else {
            assertTrue(outcome instanceof QuarterlyReturn || outcome instanceof Plan || outcome instanceof PooledBudget,
                    () -> entry.file() + " should be read, found " + outcome);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEntryPointReadsOrRefusesAndNothingElse() {
        return HostileFile.all().stream().map(entry -> DynamicTest.dynamicTest(entry.file(),
                () -> assertTimeoutPreemptively(HANG, () -> everyEntryPoint(entry))));
    }

    private static void everyEntryPoint(HostileFile entry) throws IOException {
        byte[] bytes = entry.bytes();
        String name = entry.file();
        Object strict = ReaderContract.readOrRefuse(STRICT, bytes, name);
        Object lenient = ReaderContract.readOrRefuse(LENIENT, bytes, name);
        if (!(strict instanceof BcfParseException)) {
            assertEquals(strict, lenient, "what the strict reader reads, the lenient one reads the same");
        }
        for (Class<?> type : DOCUMENT_TYPES) {
            for (var json : List.of(STRICT, LENIENT)) {
                try {
                    assertInstanceOf(type, json.read(bytes, name, type));
                } catch (BcfParseException e) {
                    ReaderContract.assertWellFormed(e, name);
                }
            }
        }
        // the stream and file entry points give exactly what the bytes give
        Class<?> type = strict instanceof BcfParseException ? QuarterlyReturn.class : strict.getClass();
        assertGivesTheSame(strict, () -> STRICT.readDocument(bytes, name));
        assertGivesTheSame(strict, () -> STRICT.read(new ByteArrayInputStream(bytes), name, type));
        assertGivesTheSame(strict, () -> STRICT.readDocument(entry.path()));
    }

    private static void assertGivesTheSame(Object expected, Supplier<Object> read) {
        if (expected instanceof BcfParseException e) {
            BcfParseException again = assertThrows(BcfParseException.class, read::get);
            ReaderContract.assertWellFormed(again, e.source());
        } else {
            assertEquals(expected, read.get());
        }
    }

    @Test
    void theNestingFilesMeetTheDepthLimitWhenTheLenientReaderSkipsThem() {
        for (String file : List.of("nesting-10000-lists.json", "nesting-10000-objects.json")) {
            BcfParseException e = assertThrows(BcfParseException.class,
                    () -> LENIENT.readDocument(HostileFile.named(file).path()), file);
            assertTrue(e.problem().startsWith("objects and lists are nested deeper than the reader allows"),
                    e.getMessage());
            assertTrue(e.pointer().startsWith("/notes/"), e.pointer());
            assertEquals(11, e.line(), "the line of the deep value");
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsSkippedAndNeverWritten() {
        byte[] withMark = HostileFile.named("utf8-bom.json").bytes();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(withMark, 3));
        byte[] withoutMark = Arrays.copyOfRange(withMark, 3, withMark.length);
        Object read = STRICT.readDocument(withMark, "bom.json");
        assertEquals(STRICT.readDocument(withoutMark, "plain.json"), read);
        assertArrayEquals(withoutMark, STRICT.write(read), "written back without the mark, otherwise byte for byte");
    }
}
