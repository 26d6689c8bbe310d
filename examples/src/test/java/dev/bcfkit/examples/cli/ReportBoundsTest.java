package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bcf report at the edges: the largest amounts a return can hold still draw their chart, and the
 * page never overwrites the document it is about, by whatever path or link it is named.
 */
class ReportBoundsTest {
    @TempDir
    Path temp;

    @Test
    void aReturnWithTheLargestAndSmallestAmountsRendersItsChart() throws Exception {
        String text = Files.readString(Path.of(Samples.path(Samples.SOUTHEND_Q4)), StandardCharsets.UTF_8);
        Matcher q1 = Pattern.compile("\"q1\": *3282763").matcher(text);
        StringBuilder edited = new StringBuilder();
        int n = 0;
        while (q1.find()) {
            String amount = n == 0 ? "999999999999999.99" : n == 1 ? "-999999999999999.99" : "3282763";
            q1.appendReplacement(edited, "\"q1\": " + amount);
            n++;
        }
        q1.appendTail(edited);
        assertTrue(n >= 2, "the sample has quarterly figures to edit");
        Path file = temp.resolve("extreme.json");
        Files.writeString(file, edited.toString(), StandardCharsets.UTF_8);
        Run run = Run.of("report", file.toString(), "--html", "-");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains(">£1,000,000,000,000,000</text>"), "the top axis label");
        assertTrue(run.out().contains(">-£1,000,000,000,000,000</text>"), "the bottom axis label");
        Xhtml.parse(run.out());
    }

    @Test
    void axisLabelsAreWholePoundsHalfUp() {
        assertEquals("£13,131,049", IncomeAndExpenditureChart.poundsLabel(new BigDecimal("13131049")));
        assertEquals("£3", IncomeAndExpenditureChart.poundsLabel(new BigDecimal("2.50")));
        assertEquals("-£3", IncomeAndExpenditureChart.poundsLabel(new BigDecimal("-2.50")));
        assertEquals("£0", IncomeAndExpenditureChart.poundsLabel(BigDecimal.ZERO));
    }

    @Test
    void thePageNeverOverwritesItsInput() throws Exception {
        Path input = temp.resolve("q4.json");
        Files.copy(Path.of(Samples.path(Samples.SOUTHEND_Q4)), input);
        byte[] before = Files.readAllBytes(input);
        Path link = temp.resolve("link.html");
        Files.createSymbolicLink(link, input);
        Files.createDirectories(temp.resolve("sub"));
        for (String target : new String[] {input.toString(), temp.resolve("sub/../q4.json").toString(), link.toString()}) {
            Run run = Run.of("report", input.toString(), "--html", target);
            assertEquals(2, run.status(), target);
            assertEquals("bcf: report: --html " + target + " is the input file " + input
                    + "; give another file for the page\n", run.err());
            assertEquals("", run.out());
        }
        Run viaLink = Run.of("report", link.toString(), "--html", input.toString());
        assertEquals(2, viaLink.status());
        assertTrue(viaLink.err().contains(" is the input file "), viaLink.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(input, StandardCharsets.UTF_8));
        Path page = temp.resolve("page.html");
        Run other = Run.of("report", input.toString(), "--html", page.toString());
        assertEquals(0, other.status(), other.err());
        assertTrue(Files.readString(page).startsWith("<!DOCTYPE html>") || Files.size(page) > 0);
    }

    @Test
    void aHardLinkToTheInputIsTheInputToo() throws Exception {
        Path input = temp.resolve("q4.json");
        Files.copy(Path.of(Samples.path(Samples.SOUTHEND_Q4)), input);
        Path hard = temp.resolve("hard.html");
        try {
            Files.createLink(hard, input);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "hard links are not supported here");
        }
        Run run = Run.of("report", input.toString(), "--html", hard.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains(" is the input file "), run.err());
    }
}
