package dev.bcfkit.testkit.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A seed paper read from the test classpath ({@code /seeds/<file name>}), addressed as the
 * fixtures cite it: 1-based lines ({@code [003:17]}) and, in tables, tab-separated cells.
 * {@link #plain} removes what the PDF-to-text rendering added (HTML paragraph and list tags,
 * Markdown link brackets) and collapses white space, so that a fixture's paragraphs and line
 * feeds compare equal to the seed's physical lines, word for word.
 */
final class CitedSeed {
    static final String NOTTINGHAMSHIRE_RETURN = "000_9b8cad8d0d3e847e.txt";
    static final String SOUTHEND = "002_a976cd69fb4e90aa.txt";
    static final String NOTTINGHAMSHIRE_PLAN = "003_fdb20155cc3201b4.txt";
    static final String DORSET_RETURN = "004_6d03fb67bfe91ecf.txt";

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String name;
    private final List<String> lines;

    private CitedSeed(String name, List<String> lines) {
        this.name = name;
        this.lines = lines;
    }

    static CitedSeed read(String fileName) {
        InputStream in = CitedSeed.class.getResourceAsStream("/seeds/" + fileName);
        assertNotNull(in, "seed /seeds/" + fileName + " on the test classpath");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new CitedSeed(fileName, reader.lines().collect(Collectors.toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The physical line, 1-based as cited. */
    String line(int number) {
        assertTrue(number >= 1 && number <= lines.size(), name + " has no line " + number);
        return lines.get(number - 1);
    }

    /** How many times the text occurs in the whole seed, counting every line. */
    int count(String text) {
        int n = 0;
        for (String l : lines) {
            for (int at = l.indexOf(text); at >= 0; at = l.indexOf(text, at + 1)) {
                n++;
            }
        }
        return n;
    }

    /** A table cell of a line, trimmed; empty if the line has fewer cells. */
    String cell(int number, int column) {
        String[] cells = line(number).split("\t", -1);
        return column < cells.length ? cells[column].trim() : "";
    }

    /** One cell broken over several physical lines, its non-blank parts joined with a space. */
    String cells(int column, int... numbers) {
        return IntStream.of(numbers).mapToObj(n -> cell(n, column)).filter(c -> !c.isBlank())
                .collect(Collectors.joining(" "));
    }

    /** The non-blank lines of an inclusive range, joined with a space. */
    String lines(int from, int to) {
        List<String> text = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            if (!line(n).isBlank()) {
                text.add(line(n).trim());
            }
        }
        return String.join(" ", text);
    }

    /** The seed's words: rendering markup removed, white space (line feeds included) collapsed. */
    static String plain(String text) {
        return text.replaceAll("<ul[^>]*>", " ").replaceAll("</?p>", " ")
                .replaceAll("\\[([^\\]]+)\\]\\(#\\)", "$1")
                .replaceAll("\\s+", " ").trim();
    }

    /** An amount as the seeds print it: "£16,100,000", "£ 5,478,595", "£ 20.00". */
    static Money pounds(String printed) {
        String digits = plain(printed);
        assertTrue(digits.startsWith("£"), "an amount in pounds: " + printed);
        return Money.parse(digits.substring(1).replace(",", "").trim());
    }

    /** Millions as the seeds print them ("£16.06m", "£3.99M") in whole pounds. */
    static Money millions(String printed) {
        String digits = printed.replace("£", "").replaceAll("[mM]$", "");
        return Money.of(new BigDecimal(digits).movePointRight(6).setScale(0));
    }

    /** A number with its period qualifier removed: "21,722 Q2" gives 21722, "84% YTD" gives 84. */
    static BigDecimal number(String printed) {
        return new BigDecimal(printed.split(" ")[0].replace(",", "").replace("%", ""));
    }

    /** The period qualifier after a number ("Q2", "YTD"), or null if none is printed. */
    static String qualifier(String printed) {
        String[] parts = printed.split(" ");
        return parts.length > 1 ? parts[1] : null;
    }

    /** A blank seed cell is null in the fixture; any other holds the same words. */
    static void assertCell(String seedCell, String fixture, String where) {
        if (seedCell.isBlank()) {
            assertNull(fixture, where + ": blank in the seed");
        } else {
            assertNotNull(fixture, where + ": the seed has \"" + seedCell + "\"");
            assertEquals(plain(seedCell), plain(fixture), where);
        }
    }

    /** A UK date, "02/04/2014". */
    static LocalDate date(String printed) {
        return LocalDate.parse(printed, UK_DATE);
    }
}
