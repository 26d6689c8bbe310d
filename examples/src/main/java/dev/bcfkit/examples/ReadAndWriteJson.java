package dev.bcfkit.examples;

import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Example: read a return from JSON, look at it through the model, write it back to JSON and read
 * that again: the wire format keeps every figure exactly, and a blank cell stays blank
 * (a design principle: "Blank is not zero").
 *
 * <pre>
 * java -cp examples/target/bcf.jar dev.bcfkit.examples.ReadAndWriteJson [RETURN.json]
 * </pre>
 */
public final class ReadAndWriteJson {
    private ReadAndWriteJson() {
    }

    /**
     * @param args optionally a return; Southend's Q1 2016/17 return by default
     */
    public static void main(String[] args) {
        run(args, System.out);
    }

    /**
     * Runs the example, printing to {@code out} (tests pass their own stream).
     *
     * @param args as for {@link #main}
     * @param out where to print
     */
    static void run(String[] args, PrintStream out) {
        Path file = args.length > 0 ? Path.of(args[0]) : SampleData.file("southend-2016-17-q1.json");
        BcfJson json = BcfJson.strict();

        QuarterlyReturn read = (QuarterlyReturn) json.readDocument(file);
        out.println("Read " + file + ": " + read.cover().healthAndWellbeingBoard().name() + ", " + read.period()
                + ", " + read.edition().label());
        if (read.incomeAndExpenditure() != null) {
            out.println("  pooled fund: " + (read.incomeAndExpenditure().pooledFund() == null ? "blank"
                    : read.incomeAndExpenditure().pooledFund().format()));
            out.println("  planned expenditure by quarter: " + read.incomeAndExpenditure().expenditure().plan()
                    .quarters());
        }

        String written = json.writeString(read);
        byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
        out.println("Wrote " + bytes.length + " bytes of JSON.");

        QuarterlyReturn again = (QuarterlyReturn) json.readDocument(bytes, "written");
        out.println("Read back equals the original: " + again.equals(read));
    }
}
