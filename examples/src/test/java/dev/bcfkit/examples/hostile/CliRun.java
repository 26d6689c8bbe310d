package dev.bcfkit.examples.hostile;

import dev.bcfkit.examples.cli.Bcf;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One in-process run of the {@code bcf} tool ({@link Bcf#run}) and what it wrote.
 *
 * @param status the exit status
 * @param out standard output
 * @param err standard error
 */
record CliRun(int status, String out, String err) {

    /**
     * @param stdin standard input
     * @param args the command line
     * @return the run
     */
    static CliRun of(InputStream stdin, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = new Bcf().run(args.toArray(String[]::new), stdin, o, e);
        }
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** @return standard error's lines */
    List<String> errLines() {
        return err.lines().toList();
    }
}
