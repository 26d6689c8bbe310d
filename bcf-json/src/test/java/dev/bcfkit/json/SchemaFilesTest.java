package dev.bcfkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JSON Schemas shipped in the jar (their only copy: docs/schema links to them) are exactly what
 * {@link SchemaGenerator} makes from the model now (rerun with {@code -Dbcf.regenerate=true} to
 * rewrite them).
 */
class SchemaFilesTest {

    @Test
    void theSchemaAcceptsTheHandMadeDocuments() {
        assertEquals(List.of(), SchemaValidation.problems(DocumentFormat.QUARTERLY_RETURN, HandMade.RETURN_2016_17));
        assertEquals(List.of(), SchemaValidation.problems(DocumentFormat.QUARTERLY_RETURN, HandMade.RETURN_2017_18));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"previousYearRate\": 20.00|\"previousYearRate\": 12.345",
        "\"previousYearRate\": 20.00|\"previousYearRate\": \"20.00\"",
        "\"Established\"|\"Matured\"",
        "\"2017/18 Q3\"|\"Q3 17/18\"",
        "\"signedOffBy\": \"TBC\"|\"signedOffBy\": \"TBC\", \"colour\": \"red\"",
        "bcfkit/quarterly-return/1|bcfkit/quarterly-return/2",
        "\"metrics\": [],|\"metrics\": null,",
        "\"year\": \"2017/18\"|\"year\": \"2017-18\"",
        "\"condition\": \"4\"|\"condition\": \"9\""})
    void theSchemaRefusesWhatTheReaderRefuses(String from, String to) {
        String broken = HandMade.replace(HandMade.RETURN_2017_18, from, to);
        assertThrows(BcfParseException.class,
                () -> BcfJson.strict().read(HandMade.bytes(broken), dev.bcfkit.core.returns.QuarterlyReturn.class));
        assertFalse(SchemaValidation.problems(DocumentFormat.QUARTERLY_RETURN, broken).isEmpty(), broken);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void theSchemaInTheSourceTreeIsGeneratedFromTheModel(DocumentFormat format) throws IOException {
        String generated = SchemaGenerator.generate(format);
        var file = Regeneration.SCHEMA_RESOURCES.resolve(format.schemaFileName());
        assertEquals(generated, Regeneration.sync(file, generated), Regeneration.hint(file));
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void theJarCarriesTheSchemaAtItsResourcePath(DocumentFormat format) throws IOException {
        // resources are copied at process-resources, before a regeneration in this run could change them
        Assumptions.assumeFalse(Regeneration.requested(), "regenerating");
        try (InputStream in = DocumentFormat.class.getResourceAsStream(format.schemaResource())) {
            assertNotNull(in, format.schemaResource());
            assertEquals(SchemaGenerator.generate(format), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
