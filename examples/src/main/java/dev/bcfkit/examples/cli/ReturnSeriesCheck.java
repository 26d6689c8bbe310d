package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnSeries;
import dev.bcfkit.rules.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The series part of {@code bcf check}: the returns of one command line, grouped by board and
 * financial year, and each group of two or more checked together as a {@link ReturnSeries}
 * (the cells a return pre-populates from an earlier one, {@code [002:1453]}, {@code [002:1659]}),
 * after every file has been checked on its own.
 */
final class ReturnSeriesCheck {
    /** A return read from a file. */
    private record Member(String file, QuarterlyReturn ret) {
    }

    /** One group: its board and year as the first file gives them, its files, and what checking gave. */
    record Checked(String board, FinancialYear year, List<String> quarters, List<String> files, Report report,
            String error) {
    }

    private final Map<String, List<Member>> groups = new LinkedHashMap<>();

    /**
     * Remembers a return that was read and checked, if it names its board and period.
     *
     * @param file the file as named in output
     * @param r the return
     */
    void add(String file, QuarterlyReturn r) {
        if (r.period() == null || r.cover() == null || r.cover().healthAndWellbeingBoard() == null
                || Text.isBlank(r.cover().healthAndWellbeingBoard().name())) {
            return;
        }
        String key = r.cover().healthAndWellbeingBoard().name().strip().toLowerCase(Locale.ROOT) + "\n"
                + r.period().year();
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Member(file, r));
    }

    /**
     * Checks every group of two or more returns as a series, in the order their first files were given.
     *
     * @param checker the checker
     * @return what each series gave; a group that is not a series (a quarter given twice) has an error
     */
    List<Checked> check(Checker checker) {
        List<Checked> out = new ArrayList<>();
        for (List<Member> members : groups.values()) {
            if (members.size() < 2) {
                continue;
            }
            QuarterlyReturn first = members.get(0).ret();
            String board = first.cover().healthAndWellbeingBoard().name();
            List<String> files = new ArrayList<>();
            List<String> quarters = new ArrayList<>();
            List<QuarterlyReturn> returns = new ArrayList<>();
            members.stream().sorted(java.util.Comparator.comparing(m -> m.ret().period())).forEach(m -> {
                files.add(m.file());
                quarters.add(m.ret().period().quarter().name());
                returns.add(m.ret());
            });
            try {
                Report report = checker.checkSeries(ReturnSeries.of(returns));
                out.add(new Checked(board, first.period().year(), quarters, files, report, null));
            } catch (BcfException e) {
                out.add(new Checked(board, first.period().year(), quarters, files, null,
                        "not checked as a series: " + Terminal.oneLine(seriesProblem(e, members))));
            }
        }
        return out;
    }

    /** The message of a refused series, with the files named instead of positions in the list. */
    private static String seriesProblem(BcfException e, List<Member> members) {
        String message = e.getMessage();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("given twice, as return (\\d+) and return (\\d+)")
                .matcher(message);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            String period = members.get(b).ret().period().toString();
            return period + " is given twice, by " + members.get(a).file() + " and " + members.get(b).file();
        }
        return message;
    }

    /**
     * @param c a checked series
     * @return its text block: a heading, its files by quarter, and its findings as {@code check} prints them
     */
    static String text(Checked c) {
        StringBuilder b = new StringBuilder();
        b.append("series: ").append(Terminal.oneLine(c.board())).append(' ').append(c.year()).append(" (")
                .append(c.files().size()).append(" returns)\n");
        for (int i = 0; i < c.files().size(); i++) {
            b.append("    ").append(c.quarters().get(i)).append("  ").append(Terminal.oneLine(c.files().get(i)))
                    .append('\n');
        }
        if (c.report() == null) {
            b.append("  ").append(c.error()).append('\n');
        } else {
            CheckCommand.appendFindings(b, c.report(), Cells.NONE);
        }
        return b.append('\n').toString();
    }

    /**
     * @param c a checked series
     * @return its JSON entry: board, year, files by quarter, and findings or error
     */
    static Map<String, Object> json(Checked c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("board", c.board());
        m.put("year", c.year().toString());
        List<Object> files = new ArrayList<>();
        for (int i = 0; i < c.files().size(); i++) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("quarter", c.quarters().get(i));
            f.put("file", c.files().get(i));
            files.add(f);
        }
        m.put("files", files);
        if (c.report() == null) {
            m.put("error", c.error());
        } else {
            m.put("edition", c.report().edition().name());
            m.put("findings", CheckCommand.findingsJson(c.report(), Cells.NONE));
        }
        return m;
    }
}
