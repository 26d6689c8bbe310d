package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;
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

    @Property
    void anyFieldsRoundTrip(@ForAll @Size(min = 1, max = 8) List<@Chars({',', '"', '\n', '\r', ' ', 'a', '='}) String> fields) {
        List<List<String>> rows = CsvParser.parse(CsvRow.of(fields));
        assertEquals(1, rows.size());
        assertEquals(fields, rows.get(0));
    }
}
