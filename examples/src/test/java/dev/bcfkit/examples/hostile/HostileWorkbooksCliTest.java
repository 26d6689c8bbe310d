package dev.bcfkit.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.examples.cli.Bcf;
import dev.bcfkit.testkit.hostile.HostileWorkbook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bcf check and bcf convert on every hostile workbook of bcf-testkit's corpus: exit status 2 and
 * one line on standard error, {@code bcf: FILE: ...} with the corpus's expected fragment, no stack
 * trace; and a batch of them all still checks the good file given after them.
 */
class HostileWorkbooksCliTest {
    @TempDir
    Path dir;

    @Test
    void checkRefusesEachHostileWorkbookInOneLineWithExit2() {
        for (HostileWorkbook w : HostileWorkbook.all()) {
            String file = w.writeTo(dir).toString();
            String[] out = run("check", file);
            assertEquals("2", out[0], w.file() + ": " + out[2]);
            assertEquals("bcf: " + file + ": ", out[2].substring(0, Math.min(out[2].length(), file.length() + 7)),
                    out[2]);
            assertTrue(out[2].contains(w.fragment()), w.file() + ": " + out[2]);
            assertEquals(1, out[2].lines().count(), out[2]);
            assertFalse(out[2].contains("\tat ") || out[2].contains("Exception"), out[2]);

            String[] convert = run("convert", file, "--to", "json", "--output", dir.resolve("out.json").toString());
            assertEquals("2", convert[0], w.file());
            assertEquals(out[2], convert[2], "convert refuses as check does");
        }
    }

    @Test
    void aBatchOfHostileWorkbooksStillChecksTheGoodFileAfterThem() {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check"));
        for (HostileWorkbook w : HostileWorkbook.all()) {
            args.add(w.writeTo(dir).toString());
        }
        args.add("data/dorset-2018-19-q2.json");
        String[] out = run(args.toArray(String[]::new));
        assertEquals("2", out[0]);
        assertEquals(HostileWorkbook.all().size(), out[2].lines().count(), out[2]);
        assertTrue(out[1].contains(HostileWorkbook.all().size() + 1 + " files checked: 0 with errors, 0 with warnings"
                + " only, " + HostileWorkbook.all().size() + " unreadable"), out[1]);
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = new Bcf().run(args, new ByteArrayInputStream(new byte[0]), o, e);
        }
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }
}
