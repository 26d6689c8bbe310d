package dev.bcfkit.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * {@code bcf report}: writes the {@link BoardReport} HTML page for one plan or return.
 */
final class ReportCommand extends OptionCommand {

    private final Supplier<Checker> checkers;

    /**
     * @param checkers makes the checker of one run
     */
    ReportCommand(Supplier<Checker> checkers) {
        this.checkers = checkers;
    }

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
                Usage: bcf report [--timeout SECONDS] FILE --html OUT.html

                Checks FILE (JSON, - reads standard input; or an .xlsx workbook) and writes a
                self-contained HTML page for a Health and Wellbeing Board meeting to OUT.html (- writes standard output): the
                board, period, edition, completeness and sign-off; the questions answered per
                section; the findings; for a quarterly return the national conditions with each
                answer, expected date and explanation, the section 75 pooling, the income and
                expenditure by quarter as charts and tables (plan, forecast, actual), the metrics
                with units as reported, RAG ratings computed from their targets and actuals, the
                reported RAG and trend, and the commentary, the High Impact Change Model maturity
                grid and commentary, the additional iBCF allocation and fees (2018/19), the
                narrative, and the year end feedback (Q4 2016/17); for a 2014 plan its details and
                sign-offs, engagement and related documents, vision and aims, schemes, the
                implications for the acute sector and governance, national conditions,
                protection of social care and risks; for a 2017-19 pooled budget (or plan, after
                its own answers and improved BCF conditions) its contributions, pooling, minimum
                for social care, improved BCF and Disabled Facilities Grant; for a local outcome
                table its outcomes with their RAG. A value left blank shows as "blank"; a finding
                on a workbook names its cell. Inline CSS with a print layout for an A4 committee
                paper, no scripts, no external resources. One FILE: there is no page for a
                series of returns.
                OUT.html must not be FILE itself (by any path or link): the tool refuses to
                overwrite its input.

                --timeout SECONDS: the most time FILE may take to be checked (default 60).

                Exit status: 0 when the page is written (whatever the findings), 2 when FILE cannot
                be read, parsed or checked, or OUT.html cannot be written or is FILE.
                """;
    }

    @Override
    Options options() {
        return Options.none().value("html").value("timeout");
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
        Isolated isolated = Isolated.of(args);
        if (sameFile(file, target)) {
            throw new UsageException(name() + ": --html " + Terminal.oneLine(target) + " is the input file "
                    + name + "; give another file for the page");
        }
        Batch batch = new Batch(io.in(), checkers.get(), isolated);
        String page;
        try {
            page = batch.eachWithCells(file, (document, cells) -> BoardReport.page(name, document.value(),
                    batch.checker().check(document, cells), cells));
        } catch (RuntimeException | StackOverflowError e) {
            Failures.lines(name, e).forEach(io.err()::println);
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

    /**
     * @return whether the page would overwrite the input: both are files and are the same file,
     *         whatever the paths or links that name them
     */
    static boolean sameFile(String input, String target) {
        if (input.equals("-") || target.equals("-")) {
            return false;
        }
        try {
            Path in = Path.of(input);
            Path out = Path.of(target);
            return Files.exists(in) && Files.exists(out)
                    && (Files.isSameFile(in, out) || in.toRealPath().equals(out.toRealPath()));
        } catch (IOException | InvalidPathException e) {
            return false; // the read or the write reports the problem itself
        }
    }
}
