package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

/** The hand-written JSON writer, checked against Jackson's reader. */
class JsonTextProperties {
    private static final ObjectMapper JACKSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Example
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\n\\t\\u0001\\u2028\"", JsonText.write("a\"b\\c\n\t\u0001\u2028"));
        assertEquals("\"\\ufffdx\"", JsonText.write("\ud800x"));
        assertEquals("\"\\ufffd\\ufffd\"", JsonText.write("\ude00\ud83d"));
        assertEquals("\"\ud83d\ude00\"", JsonText.write("\ud83d\ude00"));
    }

    @Example
    void escapesDelC1AndBidiControlsWhichAJsonReaderStillReadsBack() throws Exception {
        String hostile = "a\u007fb\u0085c\u009bd\u202ee\u2066f\u200eg\u061ch";
        String written = JsonText.write(hostile);
        assertEquals("\"a\\u007fb\\u0085c\\u009bd\\u202ee\\u2066f\\u200eg\\u061ch\"", written);
        assertEquals(hostile, JACKSON.readTree(written).textValue());
    }

    @Example
    void writesNestedValuesInOrderWithExactDecimals() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", List.of(new BigDecimal("13.289846"), 4, true));
        m.put("a", null);
        m.put("c", Map.of());
        m.put("d", List.of());
        String text = JsonText.write(m);
        assertEquals("{\n  \"b\": [\n    13.289846,\n    4,\n    true\n  ],\n  \"a\": null,\n  \"c\": {},\n  \"d\": []\n}",
                text);
        JsonNode n = JACKSON.readTree(text);
        assertEquals(List.of("b", "a", "c", "d"), names(n));
    }

    @Example
    void refusesOtherTypes() {
        assertThrows(IllegalArgumentException.class, () -> JsonText.write(List.of(1.5d)));
    }

    @Property
    void anyStringRoundTripsThroughJacksonWithLoneSurrogatesReplaced(@ForAll String s) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(s, s);
        String written = JsonText.write(m);
        assertValidUnicode(written);
        JsonNode n = JACKSON.readTree(written);
        assertEquals(withoutLoneSurrogates(s), n.get(withoutLoneSurrogates(s)).textValue());
    }

    @Property
    void controlAndSurrogateHeavyStringsRoundTrip(
            @ForAll @Chars({'"', '\\', '/', 'a', '\u2028', '\u2029', '\ud800', '\udc00', '\ud83d', '\ude00',
                '\u007f', '\u0085', '\u202e', '\u2066', '\u061c'})
            @CharRange(from = '\u0000', to = '\u001f') String s) throws Exception {
        String written = JsonText.write(List.of(s));
        assertValidUnicode(written);
        // nothing that drives a terminal is written as itself
        assertEquals(-1, written.chars().filter(c -> c != '\n' && dev.bcfkit.core.Text.isControl(c)).findAny()
                .orElse(-1));
        JsonNode n = JACKSON.readTree(written);
        assertEquals(withoutLoneSurrogates(s), n.get(0).textValue());
    }

    /** @return the string with each lone surrogate replaced by U+FFFD, as the writer writes it */
    static String withoutLoneSurrogates(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? '\ufffd' : c);
            }
        }
        return b.toString();
    }

    private static void assertValidUnicode(String s) throws Exception {
        java.nio.charset.StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(s));
    }

    @Property
    void decimalsKeepTheirExactValue(@ForAll @BigRange(min = "-1e15", max = "1e15") BigDecimal d) throws Exception {
        JsonNode n = JACKSON.readTree(JsonText.write(List.of(d)));
        assertEquals(0, d.compareTo(n.get(0).decimalValue()), d.toPlainString());
    }

    private static List<String> names(JsonNode n) {
        List<String> l = new ArrayList<>();
        n.fieldNames().forEachRemaining(l::add);
        return l;
    }

    static List<String> list(String... s) {
        return Arrays.asList(s);
    }
}
