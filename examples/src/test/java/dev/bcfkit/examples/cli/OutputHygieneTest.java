package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a document holds can drive the terminal: every command's standard output and standard
 * error show C0 controls (but the line feed), DEL, C1 controls, the line separators and the
 * bidirectional controls as escapes; JSON output is valid Unicode that strict readers accept;
 * CSV cells never start a formula.
 */
class OutputHygieneTest {
    /** ESC [ (a colour), an OSC 8 hyperlink ended by BEL, NUL, CR, DEL, a C1 CSI, RLO and LRI. */
    static final String HOSTILE = "Evil\u001b[31mRed\u001b]8;;http://x\u0007link\u001b]8;;\u0007\u0000\r\u007f"
            + "\u009b2J\u202eTXT.exe\u2066\u0085";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** @return whether the text has a character that must not reach the terminal as itself */
    static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> c != '\n' && Text.isControl(c));
    }

    private Path hostileReturn() throws Exception {
        QuarterlyReturn q4 = (QuarterlyReturn) Samples.read(Samples.SOUTHEND_Q4);
        return Samples.write(temp, "hostile.json", Broken.boardNamed(q4, HOSTILE));
    }

    @Test
    void summaryEscapesBoardNamesInItsCsv() throws Exception {
        Path file = hostileReturn();
        Run run = Run.of("summary", file.toString());
        assertEquals(0, run.status(), run.err());
        assertFalse(hasControl(run.out()), run.out());
        List<List<String>> rows = CsvParser.parse(run.out());
        assertEquals(Terminal.oneLine(HOSTILE), rows.get(1).get(1));
        assertTrue(rows.get(1).get(1).startsWith("Evil\\u001b[31mRed\\u001b]8;;http://x\\u0007link"),
                rows.get(1).get(1));
        assertTrue(rows.get(1).get(1).endsWith("\\u0000\\u000d\\u007f\\u009b2J\\u202eTXT.exe\\u2066\\u0085"),
                rows.get(1).get(1));
    }

    @Test
    void everyCommandOnAHostileDocumentWritesNoControlToEitherStream() throws Exception {
        Path file = hostileReturn();
        for (List<String> args : List.of(List.of("check", file.toString()),
                List.of("check", "--format", "json", file.toString()),
                List.of("report", file.toString(), "--html", "-"),
                List.of("summary", file.toString()),
                List.of("check", temp + "/" + HOSTILE + ".json"),
                List.of("check", "--format", HOSTILE),
                List.of(HOSTILE))) {
            Run run = Run.of(args.toArray(String[]::new));
            assertFalse(hasControl(run.out()), () -> args + ": " + run.out());
            assertFalse(hasControl(run.err()), () -> args + ": " + run.err());
        }
        Run missing = Run.of("check", temp + "/" + HOSTILE.replace("\u0000", "") + ".json");
        assertEquals(2, missing.status());
        assertTrue(missing.errIsOneLine(), missing.err());
        assertTrue(missing.err().contains("\\u202eTXT.exe\\u2066\\u0085.json: no such file"), missing.err());
    }

    @Test
    void theJsonOutputOfAHostileDocumentIsValidJson() throws Exception {
        Run run = Run.of("check", "--format", "json", hostileReturn().toString());
        assertFalse(hasControl(run.out()), run.out());
        assertEquals(1, JSON.readTree(run.out()).get("files").size());
    }

    @Test
    void aQuoteCutAtSixtyCharactersNeverSplitsASurrogatePair() throws Exception {
        // 59 letters, then an emoji (two UTF-16 units) across the cut, in an amount cell: the
        // reader quotes the value in its message, which goes into the JSON output's error object.
        String value = "x".repeat(59) + "\ud83d\ude00" + "tail";
        Path file = temp.resolve("emoji.json");
        String text = Files.readString(Path.of(Samples.path(Samples.SOUTHEND_Q4)), StandardCharsets.UTF_8)
                .replaceFirst("\"pooledFund\": *13131049", "\"pooledFund\": \"" + value + "\"");
        assertTrue(text.contains(value));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Run run = Run.of("check", "--format", "json", file.toString(), Samples.path(Samples.SOUTHEND_Q4));
        assertEquals(2, run.status(), run.err());
        byte[] bytes = run.out().getBytes(StandardCharsets.UTF_8);
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        assertFalse(run.out().matches("(?s).*\\\\ud83d(?!\\\\ude00).*"), "no lone high surrogate escape");
        JsonNode files = JSON.readTree(run.out()).get("files");
        assertEquals(2, files.size());
        String message = files.get(0).get("error").get("message").textValue();
        assertTrue(message.contains("x".repeat(59) + "\ud83d\ude00"), message);
        assertEquals("/incomeAndExpenditure/pooledFund", files.get(0).get("error").get("pointer").textValue());
    }

    @Test
    void csvCellsAreGuardedPastInvisibleAndSeparatorPrefixes() throws Exception {
        for (String prefix : List.of("", " ", "\u00a0", "\ufeff", "\u200b", "\n", "\t", ";", "\t;", " \u00a0;\u200b",
                "\u202e", ",", "|")) {
            for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-1+1", "@SUM(A1)", "\uff1d1+1")) {
                Path file = Samples.write(temp, "csv.json",
                        Broken.boardNamed((QuarterlyReturn) Samples.read(Samples.SOUTHEND_Q1), prefix + formula));
                Run run = Run.of("summary", file.toString());
                String cell = CsvParser.parse(run.out()).get(1).get(1);
                assertEquals("'" + Terminal.oneLine(prefix + formula), cell, prefix + formula);
            }
        }
    }
}
