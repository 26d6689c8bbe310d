package dev.bcfkit.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one sample workbook is laid out from a paper's rendering: which of the paper's lines are the
 * rows of which sheet, and the few repairs the rendering needs. Each kept line becomes a row, each
 * tab-separated field a cell, in the order printed.
 *
 * <p>A layout file has one instruction per line ({@code #} starts a comment):
 * <ul>
 * <li>{@code paper FILE}: the paper in {@code docs/papers/};</li>
 * <li>{@code sheet NAME}: the tab that the following rows go on;</li>
 * <li>{@code rows FIRST-LAST}: the paper's lines FIRST to LAST, as rows of the current sheet;</li>
 * <li>{@code skip LINE[-LAST] | REASON}: lines that are not rows (a page number, a caption);</li>
 * <li>{@code join FIRST-LAST | REASON}: one row the renderer broke over several lines; field
 * {@code i} of the row is field {@code i} of each line, joined by a space (a skipped line inside
 * is left out);</li>
 * <li>{@code paragraphs FIRST-LAST | REASON}: one cell whose paragraphs the renderer printed as
 * lines of their own (blank lines between): as {@code join}, but joined by a line break;</li>
 * <li>{@code cell FIRST-LAST | REASON}: one row whose last cell the renderer printed over several
 * lines at the cell's own line breaks (a narrative): each further line continues that cell after a
 * line break, blank lines kept, and a tab in a further line starts the next cell;</li>
 * <li>{@code fix LINE | PRINTED | MEANT | REASON}: the renderer's slip, where the same words are
 * printed cleanly elsewhere in the paper (the reason says where); PRINTED must occur exactly once
 * on the line; {@code \t} in PRINTED or MEANT is a tab (a cell boundary);</li>
 * <li>{@code differs POINTER | REASON}: a value of the JSON sample that the workbook read from
 * this layout does not give (or gives otherwise), with the reason.</li>
 * </ul>
 * Every repair carries its reason, so the sample says where it departs from the rendering.
 */
record PaperLayout(String paper, Map<String, List<List<String>>> sheets, Map<String, String> differences) {

    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+))?");

    /** Reads a layout file against the papers in {@code papers}. */
    static PaperLayout read(Path layout, Path papers) throws IOException {
        List<String> instructions = Files.readAllLines(layout, StandardCharsets.UTF_8);
        String paper = null;
        List<String> lines = null;
        Map<Integer, String> fixed = new LinkedHashMap<>();
        Map<Integer, Integer> joins = new LinkedHashMap<>();
        java.util.Set<Integer> cells = new java.util.HashSet<>();
        java.util.Set<Integer> paragraphs = new java.util.HashSet<>();
        java.util.Set<Integer> skipped = new java.util.HashSet<>();
        List<Object[]> order = new ArrayList<>();
        Map<String, String> differences = new java.util.TreeMap<>();
        // First pass: paper, repairs; second pass: sheets and rows, so repairs may follow the rows.
        for (String raw : instructions) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String verb = line.split("\\s+", 2)[0];
            String rest = line.substring(verb.length()).strip();
            switch (verb) {
                case "paper" -> {
                    paper = rest;
                    lines = Files.readAllLines(papers.resolve(rest), StandardCharsets.UTF_8);
                }
                case "sheet", "rows" -> order.add(new Object[] {verb, rest});
                case "skip" -> {
                    int[] r = range(reasoned(rest, 2, raw)[0], raw);
                    for (int i = r[0]; i <= r[1]; i++) {
                        skipped.add(i);
                    }
                }
                case "differs" -> {
                    String[] parts = reasoned(rest, 2, raw);
                    differences.put(parts[0], parts[1]);
                }
                case "join", "cell", "paragraphs" -> {
                    int[] r = range(reasoned(rest, 2, raw)[0], raw);
                    joins.put(r[0], r[1]);
                    if (verb.equals("cell")) {
                        cells.add(r[0]);
                    }
                    if (verb.equals("paragraphs")) {
                        paragraphs.add(r[0]);
                    }
                }
                case "fix" -> {
                    String[] parts = reasoned(rest, 4, raw);
                    parts[1] = parts[1].replace("\\t", "\t");
                    parts[2] = parts[2].replace("\\t", "\t");
                    int at = Integer.parseInt(parts[0]);
                    if (lines == null) {
                        throw new IllegalArgumentException(layout + ": \"paper\" must come before \"" + raw + "\"");
                    }
                    String printed = fixed.getOrDefault(at, lines.get(at - 1));
                    int first = printed.indexOf(parts[1]);
                    if (first < 0 || printed.indexOf(parts[1], first + 1) >= 0) {
                        throw new IllegalArgumentException(layout + ": \"" + parts[1] + "\" is not printed exactly once on"
                                + " line " + at + ": " + printed);
                    }
                    fixed.put(at, printed.replace(parts[1], parts[2]));
                }
                default -> throw new IllegalArgumentException(layout + ": unknown instruction \"" + raw + "\"");
            }
        }
        if (lines == null) {
            throw new IllegalArgumentException(layout + ": no \"paper\" line");
        }
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        List<List<String>> current = null;
        for (Object[] step : order) {
            String rest = (String) step[1];
            if (step[0].equals("sheet")) {
                current = sheets.computeIfAbsent(rest, k -> new ArrayList<>());
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException(layout + ": rows " + rest + " before any sheet");
            }
            int[] r = range(rest, "rows " + rest);
            for (int i = r[0]; i <= r[1]; i++) {
                if (skipped.contains(i)) {
                    continue;
                }
                int last = joins.getOrDefault(i, i);
                List<String> row = fields(fixed.getOrDefault(i, lines.get(i - 1)));
                String between = paragraphs.contains(i) ? "\n" : " ";
                for (int j = i + 1; j <= last; j++) {
                    if (skipped.contains(j)) {
                        continue;
                    }
                    List<String> more = fields(fixed.getOrDefault(j, lines.get(j - 1)));
                    if (cells.contains(i)) {
                        int end = row.size() - 1;
                        row.set(end, row.get(end) + "\n" + more.get(0));
                        row.addAll(more.subList(1, more.size()));
                        continue;
                    }
                    for (int f = 0; f < more.size(); f++) {
                        if (f >= row.size()) {
                            row.add(more.get(f));
                        } else if (!more.get(f).isBlank()) {
                            row.set(f, row.get(f).isBlank() ? more.get(f) : row.get(f).strip() + between + more.get(f).strip());
                        }
                    }
                }
                current.add(row);
                i = last;
            }
        }
        return new PaperLayout(paper, sheets, differences);
    }

    private static List<String> fields(String line) {
        return new ArrayList<>(List.of(line.split("\t", -1)));
    }

    private static String[] reasoned(String rest, int parts, String raw) {
        String[] split = rest.split("\\s*\\|\\s*", -1);
        if (split.length != parts || split[parts - 1].isBlank()) {
            throw new IllegalArgumentException("\"" + raw + "\": expected " + (parts - 1)
                    + " value(s) and a reason, separated by \" | \"");
        }
        return split;
    }

    private static int[] range(String text, String raw) {
        Matcher m = RANGE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + raw + "\": expected a line or FIRST-LAST");
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        if (last < first) {
            throw new IllegalArgumentException("\"" + raw + "\": the range runs backwards");
        }
        return new int[] {first, last};
    }
}
