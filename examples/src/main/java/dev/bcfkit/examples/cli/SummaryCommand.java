package dev.bcfkit.examples.cli;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code bcf summary}: one CSV row per quarterly return, for a national collection: the board,
 * the period, the pooled fund, the annual totals of planned, forecast and actual expenditure
 * ({@code [002:1022-1027]}), the numbers of errors and warnings, and whether the return is
 * complete, from JSON documents and Excel workbooks alike. Blank cells stay blank (a design principle: "Blank is not zero").
 */
final class SummaryCommand extends OptionCommand {
    /** The CSV columns, in order. */
    static final List<String> COLUMNS = List.of("file", "hwb", "period", "pooled_fund", "plan_total",
            "forecast_total", "actual_total", "errors", "warnings", "complete");

    private final Supplier<Checker> checkers;

    /**
     * @param checkers makes the checker of one run
     */
    SummaryCommand(Supplier<Checker> checkers) {
        this.checkers = checkers;
    }

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String summary() {
        return "one CSV row per return in a folder, for a national collection";
    }

    @Override
    public String help() {
        return """
                Usage: bcf summary [--timeout SECONDS] DIR|FILE...

                Prints CSV (RFC 4180 quoting, a header row, line feeds) with one row per quarterly
                return: every *.json and *.xlsx file (a JSON document or an Excel workbook laid
                out like its template) directly in each DIR, in name order, and each FILE.
                Columns:
                  file, hwb, period, pooled_fund, plan_total, forecast_total, actual_total,
                  errors, warnings, complete
                The totals are the annual totals of the expenditure rows (plan, forecast, actual)
                as entered, in pounds; a blank cell in the return is a blank cell here. Plans,
                pooled budgets and local outcome tables are not returns and get no row. Text that a spreadsheet would run
                as a formula (= + - @ first, even after spaces, invisible characters or a ; or
                tab) is written with a leading apostrophe, and control characters as \\uXXXX.

                --timeout SECONDS: the most time each file may take to be checked (default 60).
                Each file is checked on its own: one that takes longer, exhausts memory or is
                nested too deeply is reported on standard error and the next files still get
                their rows.

                Exit status: 0, or 2 when some file cannot be read, parsed or checked (reported on
                standard error; the other files still get their rows).
                """;
    }

    @Override
    Options options() {
        return Options.none().value("timeout");
    }

    @Override
    int execute(Arguments args, Streams io) {
        if (args.positionals().isEmpty()) {
            throw new UsageException(name() + ": missing DIR or FILE (see bcf summary --help)");
        }
        Isolated isolated = Isolated.of(args);
        List<String> files = new ArrayList<>();
        for (String arg : args.positionals()) {
            files.addAll(expand(arg));
        }
        Batch batch = new Batch(io.in(), checkers.get(), isolated);
        StringBuilder csv = new StringBuilder(CsvRow.of(COLUMNS));
        int unreadable = 0;
        for (String file : files) {
            String name = DocumentReader.displayName(file);
            try {
                csv.append(batch.<String>eachWithCells(file, (read, cells) -> read.value() instanceof QuarterlyReturn r
                        ? row(name, r, batch.checker().check(read, cells)) : ""));
            } catch (RuntimeException | StackOverflowError e) {
                Failures.lines(name, e).forEach(io.err()::println);
                unreadable++;
            }
        }
        io.out().print(csv);
        return unreadable > 0 ? 2 : 0;
    }

    private List<String> expand(String arg) {
        Path path;
        try {
            path = Path.of(arg);
        } catch (RuntimeException e) {
            return List.of(arg);
        }
        if (!Files.isDirectory(path)) {
            return List.of(arg);
        }
        try (Stream<Path> listing = Files.list(path)) {
            Path[] json = listing.filter(p -> p.getFileName().toString().endsWith(".json")
                            || p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"))
                    .filter(Files::isRegularFile).sorted().toArray(Path[]::new);
            return Arrays.stream(json).map(Path::toString).toList();
        } catch (IOException e) {
            throw new UsageException(name() + ": cannot list " + Terminal.oneLine(arg) + ": "
                    + Terminal.oneLine(e.getMessage()));
        }
    }

    private static String row(String name, QuarterlyReturn r, Report report) {
        IncomeAndExpenditure ie = r.incomeAndExpenditure();
        QuarterlyFigures plan = null;
        QuarterlyFigures forecast = null;
        QuarterlyFigures actual = null;
        if (ie != null && ie.expenditure() != null) {
            plan = ie.expenditure().plan();
            forecast = ie.expenditure().forecast();
            actual = ie.expenditure().actual();
        }
        List<String> fields = new ArrayList<>();
        fields.add(CsvRow.text(name));
        fields.add(CsvRow.text(DocumentFacts.board(r)));
        fields.add(r.period() == null ? null : r.period().toString());
        fields.add(amount(ie == null ? null : ie.pooledFund()));
        fields.add(amount(plan == null ? null : plan.annualTotal()));
        fields.add(amount(forecast == null ? null : forecast.annualTotal()));
        fields.add(amount(actual == null ? null : actual.annualTotal()));
        fields.add(Long.toString(report.count(Severity.ERROR)));
        fields.add(Long.toString(report.count(Severity.WARNING)));
        fields.add(Boolean.toString(report.isComplete()));
        return CsvRow.of(fields);
    }

    private static String amount(Money m) {
        return m == null ? null : m.amount().toPlainString();
    }
}
