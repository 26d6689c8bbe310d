package dev.bcfkit.json.hostile;

import static dev.bcfkit.json.hostile.ReaderContract.STRICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfParseException;
import dev.bcfkit.testkit.seeds.SampleDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading has a real bound whatever a path or stream turns out to be: a device that never ends
 * ({@code /dev/zero}, {@code /dev/urandom}), a named pipe that no one writes to, a directory, or a
 * symbolic link to a file that is not JSON at all (a key file), whose bytes must never be quoted.
 * A stream is read no further than the size limit and one byte.
 */
class FileBoundsTest {
    /** A hang detector, not a speed test: each refusal is immediate; a read without bound never ends. */
    private static final Duration HANG = Duration.ofSeconds(5);
    private static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
    private static final String SECRET = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\n";

    @Test
    void devicesThatNeverEndAreRefusedWithoutBeingRead() {
        for (String device : List.of("/dev/zero", "/dev/urandom")) {
            Path path = Path.of(device);
            assumeTrue(Files.exists(path), device);
            BcfParseException e = assertTimeoutPreemptively(HANG,
                    () -> assertThrows(BcfParseException.class, () -> STRICT.readDocument(path)));
            assertEquals(path.getFileName().toString(), e.source());
            assertTrue(e.problem().startsWith("not a regular file (a device, named pipe or socket)"), e.problem());
            ReaderContract.assertWellFormed(e, e.source());
            assertThrows(BcfParseException.class, () -> STRICT.read(path, QuarterlyReturn.class));
        }
    }

    @Test
    void aNamedPipeNoOneWritesToIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        BcfParseException e = assertTimeoutPreemptively(HANG,
                () -> assertThrows(BcfParseException.class, () -> STRICT.readDocument(fifo)));
        assertEquals("pipe.json: not a regular file (a device, named pipe or socket): bcfkit reads documents only"
                + " from regular files", e.getMessage());
    }

    @Test
    void aDirectoryIsRefusedAsOne(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("returns.json"));
        BcfParseException e = assertThrows(BcfParseException.class, () -> STRICT.readDocument(folder));
        assertTrue(e.problem().startsWith("not a regular file (a directory)"), e.problem());
    }

    @Test
    void aSymbolicLinkToAKeyFileIsRefusedWithoutQuotingAnyOfIt(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("credentials"), SECRET);
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("return.json"), secret);
        } catch (UnsupportedOperationException | IOException noLinks) {
            assumeTrue(false, "symbolic links are not available");
            return;
        }
        BcfParseException e = assertThrows(BcfParseException.class, () -> STRICT.readDocument(link));
        assertEquals("return.json: not a JSON document: a bcfkit document starts with \"{\" and this text does not"
                + " (nothing of it is quoted) (line 1, column 1)", e.getMessage());
        for (String part : List.of("AWS", "SECRET", "wJalr", "A'", "'W")) {
            assertFalse(e.getMessage().contains(part), e.getMessage());
        }
    }

    @Test
    void binaryContentIsNotQuotedEvenAsHexadecimal(@TempDir Path dir) throws IOException {
        byte[] picture = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F'};
        Path file = Files.write(dir.resolve("photo.json"), picture);
        BcfParseException e = assertThrows(BcfParseException.class, () -> STRICT.readDocument(file));
        assertFalse(e.getMessage().contains("FF") || e.getMessage().contains("D8") || e.getMessage().contains("JFIF"),
                e.getMessage());
        assertTrue(e.problem().contains("nothing of it is quoted"), e.problem());
    }

    @Test
    void aStreamThatNeverEndsIsReadNoFurtherThanTheLimitAndOneByte() {
        EndlessZeros zeros = new EndlessZeros();
        BcfParseException e = assertTimeoutPreemptively(HANG,
                () -> assertThrows(BcfParseException.class, () -> STRICT.readDocument(zeros, "<stdin>")));
        assertEquals("<stdin>", e.source());
        assertEquals("the document is larger than the reader allows (at most " + MAX_DOCUMENT_BYTES + " bytes)",
                e.problem());
        assertEquals(MAX_DOCUMENT_BYTES + 1L, zeros.read, "bytes read from the stream");
    }

    @Test
    void aDocumentOnAStreamReadsAsItsBytesDo() throws IOException {
        byte[] sample = SampleTexts.of(SampleDocument.SOUTHEND_2016_17_Q1).getBytes(StandardCharsets.UTF_8);
        assertEquals(STRICT.readDocument(sample, "q1.json"),
                STRICT.readDocument(new ByteArrayInputStream(sample), "<stdin>"));
        BcfParseException e = assertThrows(BcfParseException.class, () -> STRICT.readDocument(
                new ByteArrayInputStream(SECRET.getBytes(StandardCharsets.UTF_8)), "<stdin>"));
        assertFalse(e.getMessage().contains("AWS"), e.getMessage());
    }

    /** A stream of zero bytes without end, counting what was read from it. */
    private static final class EndlessZeros extends InputStream {
        private long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 0);
            read += len;
            return len;
        }
    }
}
