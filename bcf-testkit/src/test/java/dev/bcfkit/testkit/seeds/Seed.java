package dev.bcfkit.testkit.seeds;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.returns.QuarterlyFigures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The seed text as lines, numbered from 1 as the citations are; cells are tab-separated. */
final class Seed {
    private final List<String> lines;

    private Seed(List<String> lines) {
        this.lines = lines;
    }

    static Seed load(String name) {
        return new Seed(List.of(new String(bytes(name), StandardCharsets.UTF_8).split("\n", -1)));
    }

    static byte[] bytes(String name) {
        try (InputStream in = Seed.class.getResourceAsStream("/seeds/" + name)) {
            assertNotNull(in, "test resource seeds/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(name)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String line(int n) {
        return lines.get(n - 1);
    }

    List<String> cells(int n) {
        return List.of(line(n).split("\t", -1));
    }

    String cell(int n, int index) {
        return cells(n).get(index);
    }

    /** The non-blank cells after the first (the label), for questions left unanswered. */
    List<String> valuesAfterLabel(int n) {
        List<String> c = cells(n);
        return c.subList(1, c.size()).stream().filter(s -> !s.isBlank()).collect(Collectors.toList());
    }

    String lastCell(int n) {
        List<String> c = cells(n);
        return c.get(c.size() - 1);
    }

    List<String> lastCells(int n, int count) {
        List<String> c = cells(n);
        return c.subList(c.size() - count, c.size());
    }

    /** The last cells of consecutive lines, joined with a space: a value wrapped in its column. */
    String lastCellsWrapped(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(this::lastCell).collect(Collectors.joining(" "));
    }

    /**
     * A free-text cell wrapped over lines {@code from}-{@code to}: each line without the
     * "Commentary on progress:" label and without leading and trailing tabs, joined with a
     * space. Tabs inside a line (column splits) stay.
     */
    String wrapped(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(this::line)
                .map(l -> l.startsWith("Commentary on progress:") ? l.substring("Commentary on progress:".length()) : l)
                .map(l -> l.replaceAll("^\t+|\t+$", ""))
                .collect(Collectors.joining(" "));
    }

    /** A DTOC line where the drop-down value and the commentary render as one run of text. */
    String afterAssessment(int n) {
        String marker = "On track to meet target ";
        String l = line(n);
        return l.substring(l.indexOf(marker) + marker.length());
    }

    /** How many cells of these lines read exactly "Yes". */
    int yesCells(int... ns) {
        return (int) Arrays.stream(ns).mapToObj(this::cells).flatMap(List::stream).filter("Yes"::equals).count();
    }

    /** An income or expenditure grid row: the four quarters and the annual total after the row label. */
    QuarterlyFigures gridRow(int n, String rowLabel) {
        List<String> c = cells(n);
        int at = c.indexOf(rowLabel);
        assertTrue(at >= 0, "row " + rowLabel + " at line " + n);
        return new QuarterlyFigures(money(c, at + 1), money(c, at + 2), money(c, at + 3), money(c, at + 4),
                money(c, at + 5));
    }

    /** The pooled-fund cell at the end of a Plan row. */
    Money pooledFund(int planLine) {
        List<String> c = cells(planLine);
        return money(c, c.indexOf("Plan") + 6);
    }

    private static Money money(List<String> cells, int index) {
        String cell = index < cells.size() ? cells.get(index) : "";
        // "£3,282,763", or "£3 282 763" where OCR turned the commas into spaces [002:1639].
        return cell.isEmpty() ? null : Money.parse(cell.replace("£", "").replace(",", "").replace(" ", ""));
    }
}
