package dev.bcfkit.examples;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.json.BcfParseException;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.SectionCompletion;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Example: read a quarterly return from JSON and validate it with the rulebook of its edition.
 * Nottinghamshire's Q2 2017/18 return was not yet signed off ("TBC", {@code [000:190]}), which
 * the rulebook reports as a warning.
 *
 * <pre>
 * java -cp examples/target/bcf.jar dev.bcfkit.examples.ValidateAReturn [RETURN.json]
 * </pre>
 */
public final class ValidateAReturn {
    private ValidateAReturn() {
    }

    /**
     * @param args optionally the return to validate; Nottinghamshire Q2 2017/18 by default
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
        Path file = args.length > 0 ? Path.of(args[0]) : SampleData.file("nottinghamshire-2017-18-q2.json");

        // 1. Read: the strict reader refuses unknown fields, duplicate keys and oversized input.
        QuarterlyReturn qr;
        try {
            BcfDocument document = BcfJson.strict().readDocument(file);
            if (!(document instanceof QuarterlyReturn r)) {
                out.println(file + " is not a quarterly return but a " + document.getClass().getSimpleName());
                return;
            }
            qr = r;
        } catch (BcfParseException e) {
            // One line: the file, the line and column, and the JSON pointer of the bad value.
            out.println("cannot read " + file + ": " + e.getMessage());
            return;
        }

        // 2. Validate: one validator serves every edition and is thread-safe; create it once.
        Report report = BcfValidator.create().validate(qr);

        // 3. Use the report.
        out.println(qr.cover().healthAndWellbeingBoard().name() + ", " + qr.period() + " ("
                + report.edition().label() + ")");
        for (SectionCompletion s : report.completion()) {
            out.println("  " + s.section() + ": " + s.answered() + " of " + s.expected() + " answered");
        }
        out.println(report.isComplete() ? "Complete." : "Not complete.");
        for (Finding f : report.findings()) {
            out.println(f.severity() + " " + f.ruleId() + " at " + f.path() + ": " + f.message() + " " + f.source());
        }
        out.println(report.hasErrors() ? "The return has errors." : "The return has no errors.");
    }
}
