package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading never blocks and never reads without end: a FIFO, a device or a socket is refused in
 * one line without being opened, whatever the command; standard input ({@code -}) is the one
 * stream read, and at most the size limit plus one byte of it.
 */
class InputBoundsTest {
    /** A hang detector, not a speed test: a refusal takes milliseconds, a blocked open for ever. */
    private static final Duration HANG = Duration.ofSeconds(20);
    private static final String REFUSED = ": not a regular file (a FIFO, device or socket); give a file, or - to read"
            + " standard input";

    @TempDir
    Path temp;

    @Test
    void aFifoAndDevZeroAreRefusedInOneLineEachAndTheGoodFileIsStillChecked() throws Exception {
        Path fifo = temp.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo is available");
        assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero exists");
        String good = Samples.path(Samples.SOUTHEND_Q4);
        for (String command : List.of("check", "summary")) {
            Run run = assertTimeoutPreemptively(HANG, () -> Run.of(command, fifo.toString(), "/dev/zero", good));
            assertEquals(2, run.status());
            assertEquals(List.of("bcf: " + fifo + REFUSED, "bcf: /dev/zero" + REFUSED), run.err().lines().toList());
            assertTrue(run.out().contains(good), run.out());
        }
        Run report = assertTimeoutPreemptively(HANG, () -> Run.of("report", "/dev/zero", "--html", "-"));
        assertEquals(2, report.status());
        assertEquals("bcf: /dev/zero" + REFUSED + "\n", report.err());
        assertEquals("", report.out());
    }

    @Test
    void standardInputIsReadForDashOnly() {
        Run run = Run.withInput(readSample(), "summary", "-");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\n<stdin>,Southend-on-Sea,2016/17 Q4,13131049,"), run.out());
    }

    private static byte[] readSample() {
        try {
            return Files.readAllBytes(Path.of(Samples.path(Samples.SOUTHEND_Q4)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
