package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.SectionCompletion;
import dev.bcfkit.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code bcf check}: validates each plan, quarterly return or pooled budget with the rulebook of
 * its edition and prints the completion per section and the findings by severity (the flow of
 * flow of data). Exit status 0 when no document has an ERROR finding, 1 when one has, 2 when a
 * file cannot be read, parsed or checked (the other documents are still reported: each file is
 * checked {@link Isolated in isolation}, within a deadline). Returns of one board and year are
 * then also checked together ({@link ReturnSeriesCheck}), and a series with an ERROR finding
 * makes the status 1 too.
 */
final class CheckCommand extends OptionCommand {

    private final Supplier<Checker> checkers;

    /**
     * @param checkers makes the checker of one run
     */
    CheckCommand(Supplier<Checker> checkers) {
        this.checkers = checkers;
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "validate plans and returns with the rulebook of their edition";
    }

    @Override
    public String help() {
        return """
                Usage: bcf check [--format text|json] [--timeout SECONDS] FILE...

                Validates each FILE (a plan, quarterly return or pooled budget as JSON, or a
                quarterly return as an Excel workbook laid out like its template, .xlsx; - reads
                JSON from standard input) with the rulebook of its edition, and prints per file the
                edition, the questions answered per section and the findings grouped by severity.
                A finding on a workbook names its cell beside its path, as in
                  at /additionalIbcf/allocation (6. Additional iBCF!B4): ...
                A formula where the template wants a typed value is read as the value Excel
                cached, with a WARNING of rule READ-WORKBOOK-FORMULA.

                --format json prints one object with an entry for every FILE, in order:
                  {"files": [{"file", "edition", "complete",
                              "sections": [{"section", "answered", "expected"}],
                              "findings": [{"rule", "severity", "path", "cell", "message",
                                            "source"}]}]}
                where cell is the workbook's cell as "sheet!A1" (null for JSON, or where no
                cell holds the value); and for a FILE that cannot be read, parsed or checked:
                  {"file", "error": {"message", "line", "column", "pointer",
                                     "problems": [{"message", "line", "column", "pointer"}]}}
                where message, line, column and pointer describe the first problem and problems
                lists every problem the reader found, at most 100 (line, column and pointer are
                null when a problem has no place in the text). A label read as the template
                prints it ("NEA") is a WARNING finding of rule READ-LABEL-AS-PRINTED.

                --timeout SECONDS: the most time each file may take to be checked (default 60).
                Each file is checked on its own: one that takes longer, exhausts memory or is
                nested too deeply is reported as unreadable and the next files are still checked.

                Returns of one board and year (two or more) are also checked together, as a
                series, after the files: the cells a return pre-populates from an earlier one
                must equal that return, and condition answers, High Impact Change maturity and
                personal health budget totals are compared from quarter to quarter. Text output
                adds a "series:" block per board and year; --format json adds
                  "series": [{"board", "year", "files": [{"quarter", "file"}], "edition",
                              "findings": [...]}]
                (or "error" instead of edition and findings when a quarter is given twice), and
                only when there is such a series. Finding paths start with the quarter: /Q2/...

                Exit status: 0 when no file or series has an ERROR finding, 1 when some has one, 2 when
                some file cannot be read, parsed or checked (reported on standard error as
                "bcf: FILE: line L, column C, at POINTER: ...", one line per problem; the other
                files are still checked).
                """;
    }

    @Override
    Options options() {
        return Options.none().value("format").value("timeout");
    }

    /** What checking one file gave: its report, and its text or JSON entry. */
    private record Checked(Report report, Object presented, BcfDocument document) {
    }

    @Override
    int execute(Arguments args, Streams io) {
        boolean json = json(args);
        Isolated isolated = Isolated.of(args);
        List<String> files = args.positionals();
        if (files.isEmpty()) {
            throw new UsageException(name() + ": missing FILE (see bcf check --help)");
        }
        if (files.stream().filter("-"::equals).count() > 1) {
            throw new UsageException(name() + ": - (standard input) is given more than once");
        }
        Batch batch = new Batch(io.in(), checkers.get(), isolated);
        List<Object> jsonFiles = new ArrayList<>();
        int unreadable = 0;
        int withErrors = 0;
        int withWarnings = 0;
        ReturnSeriesCheck series = new ReturnSeriesCheck();
        for (String file : files) {
            String name = DocumentReader.displayName(file);
            Checked checked;
            try {
                checked = batch.eachWithCells(file, (read, cells) -> {
                    Report report = batch.checker().check(read, cells);
                    return new Checked(report, json ? toJson(name, report, cells) : text(name, report, cells), read.value());
                });
            } catch (RuntimeException | StackOverflowError e) {
                Failures.lines(name, e).forEach(io.err()::println);
                if (json) {
                    jsonFiles.add(errorJson(name, e));
                }
                unreadable++;
                continue;
            }
            Report report = checked.report();
            if (checked.document() instanceof QuarterlyReturn r) {
                series.add(name, r);
            }
            if (report.hasErrors()) {
                withErrors++;
            } else if (report.count(Severity.WARNING) > 0) {
                withWarnings++;
            }
            if (json) {
                jsonFiles.add(checked.presented());
            } else {
                io.out().print(checked.presented());
            }
        }
        List<ReturnSeriesCheck.Checked> checkedSeries = series.check(batch.checker());
        int seriesWithErrors = 0;
        List<Object> jsonSeries = new ArrayList<>();
        for (ReturnSeriesCheck.Checked c : checkedSeries) {
            seriesWithErrors += c.report() != null && c.report().hasErrors() ? 1 : 0;
            if (json) {
                jsonSeries.add(ReturnSeriesCheck.json(c));
            } else {
                io.out().print(ReturnSeriesCheck.text(c));
            }
        }
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("files", jsonFiles);
            if (!checkedSeries.isEmpty()) {
                root.put("series", jsonSeries);
            }
            io.out().println(JsonText.write(root));
        } else {
            if (!checkedSeries.isEmpty()) {
                io.out().println(checkedSeries.size() + " series checked: " + seriesWithErrors + " with errors");
            }
            io.out().println(files.size() + (files.size() == 1 ? " file" : " files") + " checked: " + withErrors
                    + " with errors, " + withWarnings + " with warnings only, " + unreadable + " unreadable");
        }
        return unreadable > 0 ? 2 : withErrors > 0 || seriesWithErrors > 0 ? 1 : 0;
    }

    /**
     * @param name the file as named in output
     * @param failure why it could not be read, parsed or checked
     * @return its entry in the JSON output: the file and an error object
     */
    static Map<String, Object> errorJson(String name, Throwable failure) {
        UnreadableDocument u = failure instanceof UnreadableDocument d ? d : null;
        Map<String, Object> error = place(Failures.message(failure), u == null ? 0 : u.line(),
                u == null ? 0 : u.column(), u == null ? null : u.pointer());
        List<Object> problems = new ArrayList<>();
        if (u == null) {
            problems.add(place(Failures.message(failure), 0, 0, null));
        } else {
            for (ReadProblem p : u.problems()) {
                problems.add(place(Terminal.oneLine(p.message()), p.line(), p.column(), p.pointer()));
            }
        }
        error.put("problems", problems);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", name);
        m.put("error", error);
        return m;
    }

    private static Map<String, Object> place(String message, int line, int column, String pointer) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("message", message);
        o.put("line", line <= 0 ? null : (Object) line);
        o.put("column", column <= 0 ? null : (Object) column);
        o.put("pointer", pointer);
        return o;
    }

    private static Map<String, Object> toJson(String name, Report report, Cells cells) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", name);
        m.put("edition", report.edition().name());
        m.put("complete", report.isComplete());
        List<Object> sections = new ArrayList<>();
        for (SectionCompletion s : report.completion()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("section", s.section());
            o.put("answered", s.answered());
            o.put("expected", s.expected());
            sections.add(o);
        }
        m.put("sections", sections);
        m.put("findings", findingsJson(report, cells));
        return m;
    }

    /**
     * @param report a report
     * @param cells the workbook cells the document was read from ({@link Cells#NONE} for JSON)
     * @return its findings as JSON entries: rule, severity, path, cell, message, source
     */
    static List<Object> findingsJson(Report report, Cells cells) {
        List<Object> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("rule", f.ruleId());
            o.put("severity", f.severity().name());
            o.put("path", f.path());
            o.put("cell", cells.of(f.path()));
            o.put("message", f.message());
            o.put("source", f.source());
            findings.add(o);
        }
        return findings;
    }

    private static String text(String name, Report report, Cells cells) {
        StringBuilder b = new StringBuilder();
        b.append(name).append('\n');
        b.append("  edition:  ").append(report.edition().label()).append(" (").append(report.edition().name())
                .append(")\n");
        if (report.period() != null) {
            b.append("  period:   ").append(report.period()).append('\n');
        }
        long complete = report.completion().stream().filter(SectionCompletion::isComplete).count();
        b.append("  complete: ").append(report.isComplete() ? "yes" : "no");
        if (report.completion().isEmpty()) {
            b.append(" (the edition has no checklist of questions)\n");
        } else {
            b.append(" (").append(complete).append(" of ").append(report.completion().size()).append(" sections)\n");
        }
        int width = report.completion().stream().mapToInt(s -> Terminal.oneLine(s.section()).length()).max()
                .orElse(0);
        for (SectionCompletion s : report.completion()) {
            b.append("    ").append(pad(Terminal.oneLine(s.section()), width)).append("  ").append(s.answered())
                    .append(" of ").append(s.expected()).append(s.isComplete() ? "" : "  incomplete").append('\n');
        }
        appendFindings(b, report, cells);
        return b.append('\n').toString();
    }

    /**
     * Appends the findings line and the findings grouped by severity, as the text output prints them.
     *
     * @param b the text so far
     * @param report the report
     * @param cells the workbook cells the document was read from ({@link Cells#NONE} for JSON)
     */
    static void appendFindings(StringBuilder b, Report report, Cells cells) {
        b.append("  findings: ").append(count(report.count(Severity.ERROR), "error")).append(", ")
                .append(count(report.count(Severity.WARNING), "warning")).append(", ")
                .append(report.count(Severity.INFO)).append(" information\n");
        for (Severity severity : Severity.values()) {
            List<Finding> of = report.findings().stream().filter(f -> f.severity() == severity).toList();
            if (of.isEmpty()) {
                continue;
            }
            b.append("  ").append(severity).append('\n');
            for (Finding f : of) {
                b.append("    ").append(Terminal.oneLine(f.ruleId())).append(" at ")
                        .append(f.path().isEmpty() ? "/" : Terminal.oneLine(f.path()));
                String cell = cells.of(f.path());
                if (cell != null) {
                    b.append(" (").append(Terminal.oneLine(cell)).append(')');
                }
                b.append(": ")
                        .append(Terminal.oneLine(f.message())).append(' ').append(Terminal.oneLine(f.source()))
                        .append('\n');
            }
        }
    }

    /** @return {@code n} and the noun, plural unless n is 1: "1 warning", "2 warnings" */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
