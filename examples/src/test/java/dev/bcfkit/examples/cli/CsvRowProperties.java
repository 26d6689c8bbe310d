package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.Provide;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;

/** CSV records read back field for field by a strict RFC 4180 reader. */
class CsvRowProperties {

    @Example
    void quotesOnlyWhenNeeded() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",,\" x\",\"l1\nl2\"\n",
                CsvRow.of(Arrays.asList("a", "b,c", "say \"hi\"", null, " x", "l1\nl2")));
    }

    @Example
    void neutralisesFormulasButNotNumbers() {
        assertEquals("'=SUM(A1)", CsvRow.text("=SUM(A1)"));
        assertEquals("'@cmd", CsvRow.text("@cmd"));
        assertEquals("'-1+1", CsvRow.text("-1+1"));
        assertEquals("Southend-on-Sea", CsvRow.text("Southend-on-Sea"));
        assertEquals("-5", CsvRow.of(List.of("-5")).strip());
    }

    @Example
    void guardsFormulasBehindWhiteSpaceInvisibleCharactersAndSeparators() {
        assertEquals("'\u00a0=1+1", CsvRow.text("\u00a0=1+1"));
        assertEquals("'\ufeff@SUM(A1)", CsvRow.text("\ufeff@SUM(A1)"));
        assertEquals("'\u200b+1", CsvRow.text("\u200b+1"));
        assertEquals("';=1+1", CsvRow.text(";=1+1"));
        assertEquals("'\\u000a=1+1", CsvRow.text("\n=1+1"));
        assertEquals("'\\u0009;=1+1", CsvRow.text("\t;=1+1"));
        assertEquals("'\uff1d1+1", CsvRow.text("\uff1d1+1"));
        assertEquals("Southend-on-Sea; =x", CsvRow.text("Southend-on-Sea; =x"));
        assertEquals(" ", CsvRow.text(" "));
        assertEquals("", CsvRow.text(""));
        assertEquals(null, CsvRow.text(null));
    }

    @Property
    void aFormulaAfterAnyInvisiblePrefixIsGuardedAndTheCellIsOneLine(
            @ForAll @Chars({' ', '\u00a0', '\ufeff', '\u200b', '\u2060', '\n', '\r', '\t', ';', ',', '|', '\u202e',
                '\u3000'}) String prefix,
            @ForAll("formulaStarts") char formula, @ForAll String rest) {
        String cell = CsvRow.text(prefix + formula + rest);
        assertEquals('\'', cell.charAt(0), cell);
        assertEquals(Terminal.oneLine(prefix + formula + rest), cell.substring(1));
        assertEquals(-1, cell.indexOf('\n'));
    }

    @Property
    void textThatStartsWithALetterOrDigitIsOnlyMadeOneLine(
            @ForAll("ordinaryStarts") char first, @ForAll String rest) {
        assertEquals(Terminal.oneLine(first + rest), CsvRow.text(first + rest));
    }

    @Provide
    Arbitrary<Character> formulaStarts() {
        return Arbitraries.of('=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20');
    }

    @Provide
    Arbitrary<Character> ordinaryStarts() {
        return Arbitraries.of('a', 'Z', '0', '9', '\u00e9', '(', '\u00a3', '"', '\'');
    }

    @Property
    void anyFieldsRoundTrip(@ForAll @Size(min = 1, max = 8) List<@Chars({',', '"', '\n', '\r', ' ', 'a', '='}) String> fields) {
        List<List<String>> rows = CsvParser.parse(CsvRow.of(fields));
        assertEquals(1, rows.size());
        assertEquals(fields, rows.get(0));
    }
}
