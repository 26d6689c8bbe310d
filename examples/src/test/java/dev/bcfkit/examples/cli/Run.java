package dev.bcfkit.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One in-process run of the tool, with what it wrote.
 *
 * @param status the exit status
 * @param out standard output
 * @param err standard error
 */
record Run(int status, String out, String err) {

    /**
     * @param args the command line
     * @return the run
     */
    static Run of(String... args) {
        return withInput(new byte[0], args);
    }

    /**
     * @param stdin standard input
     * @param args the command line
     * @return the run
     */
    static Run withInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = new Bcf().run(args, new ByteArrayInputStream(stdin), o, e);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** @return standard output split into lines */
    String[] lines() {
        return out.isEmpty() ? new String[0] : out.split("\n");
    }

    /** @return whether standard error is exactly one line */
    boolean errIsOneLine() {
        return err.endsWith("\n") && err.indexOf('\n') == err.length() - 1;
    }
}
