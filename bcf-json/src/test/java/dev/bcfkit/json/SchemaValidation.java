package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Validates JSON text against the schemas shipped in the jar, with an independent validator
 * (networknt json-schema-validator, draft 2020-12). Numbers are read as exact decimals, so that
 * {@code multipleOf 0.01} is judged on {@code 644.14} itself, not on a {@code double} near it.
 */
final class SchemaValidation {
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();
    private static final Map<DocumentFormat, JsonSchema> SCHEMAS = load();

    private SchemaValidation() {
    }

    private static Map<DocumentFormat, JsonSchema> load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Map<DocumentFormat, JsonSchema> schemas = new EnumMap<>(DocumentFormat.class);
        for (DocumentFormat format : DocumentFormat.values()) {
            try (InputStream in = DocumentFormat.class.getResourceAsStream(format.schemaResource())) {
                schemas.put(format, factory.getSchema(EXACT.readTree(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemas;
    }

    /**
     * @param format the format whose schema to use
     * @param json the document
     * @return the validator's complaints, empty if the document is valid
     */
    static List<String> problems(DocumentFormat format, String json) {
        JsonNode node;
        try {
            node = EXACT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        return SCHEMAS.get(format).validate(node).stream().map(ValidationMessage::toString).sorted()
                .collect(Collectors.toList());
    }
}
