package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad file never loses the others: check, summary and report check each file alone, and a
 * file that exhausts memory, recurses too deeply or outlives --timeout becomes one line about that
 * file; the next files are still checked and summarised, with exit status 2.
 */
class BatchSurvivalTest {
    private static final String GOOD = Samples.path(Samples.SOUTHEND_Q4);
    private static final String HOG = Samples.path(Samples.SOUTHEND_Q1);

    @TempDir
    Path temp;

    private static Run run(Supplier<Checker> checkers, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = new Bcf(checkers).run(args, new ByteArrayInputStream(new byte[0]), o, e);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileThatExhaustsTheHeapInASmallJvmIsOneLineAndTheNextFilesAreStillChecked() throws Exception {
        for (String command : List.of("check", "summary")) {
            Path out = temp.resolve(command + ".out");
            Path err = temp.resolve(command + ".err");
            List<String> line = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                    "-XX:-HeapDumpOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                    StandInCheckers.class.getName(), command, HOG, GOOD));
            Process p = new ProcessBuilder(line).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ended");
            String stdout = Files.readString(out);
            String stderr = Files.readString(err);
            assertEquals(2, p.exitValue(), stdout + stderr);
            assertEquals(List.of("bcf: " + HOG + ": out of memory while reading or checking it; skipped (the other"
                    + " files are still checked; a larger heap, such as BCF_JAVA_OPTS=-Xmx1g, may help)"),
                    stderr.lines().toList());
            if (command.equals("check")) {
                assertTrue(stdout.startsWith(GOOD + "\n  edition:  "), stdout);
                assertTrue(stdout.endsWith("2 files checked: 0 with errors, 1 with warnings only, 1 unreadable\n"),
                        stdout);
            } else {
                List<List<String>> rows = CsvParser.parse(stdout);
                assertEquals(2, rows.size(), stdout);
                assertEquals(GOOD, rows.get(1).get(0));
                assertEquals("13131049", rows.get(1).get(3)); // Southend's pooled fund [002:2002]
            }
        }
    }

    @Test
    void aStackOverflowIsOneLineAndTheNextFileStillGetsItsRow() {
        Run run = run(StandInCheckers.Recursing::new, "summary", HOG, GOOD);
        assertEquals(2, run.status());
        assertEquals("bcf: " + HOG + ": the document is nested too deeply to process\n", run.err());
        List<List<String>> rows = CsvParser.parse(run.out());
        assertEquals(List.of(SummaryCommand.COLUMNS.get(0), GOOD), List.of(rows.get(0).get(0), rows.get(1).get(0)));
    }

    @Test
    void aFileThatOutlivesTheTimeoutIsOneLineTheCheckIsInterruptedAndTheNextFileIsChecked() throws Exception {
        StandInCheckers.Hanging hanging = new StandInCheckers.Hanging();
        Run run = run(() -> hanging, "check", "--timeout", "1", "--format", "json", HOG, GOOD);
        assertEquals(2, run.status(), run.err());
        assertEquals("bcf: " + HOG + ": not checked within the time limit of 1 second (--timeout); skipped\n",
                run.err());
        JsonNode files = new ObjectMapper().readTree(run.out()).get("files");
        assertEquals(2, files.size());
        assertEquals(HOG, files.get(0).get("file").textValue());
        assertTrue(files.get(0).get("error").get("message").textValue().startsWith("not checked within"));
        assertTrue(files.get(0).get("error").get("line").isNull());
        assertEquals(GOOD, files.get(1).get("file").textValue());
        assertEquals("QUARTERLY_2016_17", files.get(1).get("edition").textValue());
        assertTrue(hanging.interrupted.await(10, TimeUnit.SECONDS), "the abandoned check was interrupted");
    }

    @Test
    void reportHasTheDeadlineToo() {
        Run run = run(StandInCheckers.Hanging::new, "report", "--timeout", "1", HOG, "--html", "-");
        assertEquals(2, run.status());
        assertEquals("bcf: " + HOG + ": not checked within the time limit of 1 second (--timeout); skipped\n",
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void theTimeoutIsWholeSecondsFromOneToADay() {
        for (String bad : List.of("0", "-1", "86401", "1.5", "soon")) {
            for (String command : List.of("check", "summary")) {
                Run run = Run.of(command, "--timeout", bad, GOOD);
                assertEquals(2, run.status(), bad);
                assertEquals("bcf: " + command + ": --timeout: expected a whole number"
                        + (bad.matches("-?\\d+") ? " from 1 to 86400" : " such as 24") + ", found \"" + bad + "\"\n",
                        run.err());
                assertEquals("", run.out());
            }
        }
        Run ok = Run.of("check", "--timeout", "86400", GOOD);
        assertEquals(0, ok.status(), ok.err());
        for (String command : List.of("check", "summary", "report")) {
            String help = Run.of(command, "--help").out();
            assertTrue(help.contains("--timeout SECONDS: the most time ") && help.contains("(default 60)"), help);
        }
    }

    @Test
    void withoutAFailureTheIsolationChangesNothing() {
        Run isolated = run(Checker::new, "check", GOOD, Samples.path(Samples.NOTTS_Q2));
        Run plain = Run.of("check", GOOD, Samples.path(Samples.NOTTS_Q2));
        assertEquals(plain, isolated);
        assertTrue(plain.out().endsWith("2 files checked: 0 with errors, 2 with warnings only, 0 unreadable\n"),
                plain.out());
    }
}
