package dev.bcfkit.examples.cli;

import dev.bcfkit.rules.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code bcf report}: writes the {@link BoardReport} HTML page for one plan or return.
 */
final class ReportCommand extends OptionCommand {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "write an HTML page about a return for a board meeting";
    }

    @Override
    public String help() {
        return """
                Usage: bcf report FILE --html OUT.html

                Checks FILE (- reads standard input) and writes a self-contained HTML page for a
                Health and Wellbeing Board meeting to OUT.html (- writes standard output): the
                board, period, edition and completeness; the findings; for a quarterly return the
                income and expenditure by quarter as charts (plan, forecast, actual), the metrics
                with RAG ratings computed from their targets and actuals, and the High Impact
                Change Model maturity grid. Inline CSS, no scripts, no external resources.

                Exit status: 0 when the page is written (whatever the findings), 2 when FILE cannot
                be read or parsed or OUT.html cannot be written.
                """;
    }

    @Override
    Options options() {
        return Options.none().value("html");
    }

    @Override
    int execute(Arguments args, Streams io) {
        if (args.positionals().size() != 1) {
            throw new UsageException(name() + ": expected one FILE, found " + args.positionals().size()
                    + " (see bcf report --help)");
        }
        String target = args.required("html");
        String file = args.positionals().get(0);
        String name = DocumentReader.displayName(file);
        String page;
        try {
            Object document = new DocumentReader(io.in()).read(file);
            Report report = new Checker().check(document);
            page = BoardReport.page(name, document, report);
        } catch (RuntimeException | StackOverflowError e) {
            io.err().println(Failures.line(name, e));
            return 2;
        }
        if (target.equals("-")) {
            io.out().print(page);
            return 0;
        }
        try {
            Files.writeString(Path.of(target), page, StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            io.err().println("bcf: " + Terminal.oneLine(target) + ": cannot write: "
                    + Terminal.oneLine(e.getMessage()));
            return 2;
        }
        return 0;
    }
}
