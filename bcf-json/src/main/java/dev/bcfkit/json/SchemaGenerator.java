package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.returns.NationalCondition;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Generates the JSON Schema (draft 2020-12) of each document format from the model itself: one
 * object per record, its properties the record components (by reflection, in component order),
 * each described by the same {@link Wire} that reads and writes it, so the schema cannot say
 * anything the reader does not do. Closed lists list their labels; money is a number with at
 * most two decimal places ({@code multipleOf 0.01}) and at most
 * {@value Money#MAX_INTEGER_DIGITS} integer digits; a blank cell is {@code null} or absent; the
 * properties the reader requires are {@code required}; no other property is allowed
 * ({@code additionalProperties: false}). Which properties are required comes from the model's
 * {@code @NotNull} and {@code @NotBlank} annotations ({@link RecordShape}), the same table the
 * reader and bcf-rules' shape validation use: a document this schema accepts reads, and never
 * fails the model's constraints for a missing or blank property; a blank section or cell is an
 * incomplete return, not an error.
 *
 * <p>What a schema cannot say is left to the reader: condition codes are resolved against the
 * edition of the return's period, a date must exist, and the reader's {@link Limits}. What bcf-rules
 * judges (a total that does not add up, a text over its template limit) is not in the schema
 * either: such documents are valid and their findings are reported.
 *
 * <p>The schemas ship in the jar ({@link DocumentFormat#schemaResource()}), from this module's
 * resources, their only copy; a test fails when they differ from what this class makes, and
 * regenerates them when asked.
 */
final class SchemaGenerator {
    /** The JSON Schema dialect. */
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /** Where the schemas say they live; the files are also in the jar. */
    static final String BASE = "https://bcfkit.dev/schema/";

    /** A text with a character other than white space and control characters, as {@code @NotBlank} wants. */
    static final String NOT_BLANK = "[^\\u0000-\\u0020]";

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ObjectNode defs = nodes.objectNode();

    private SchemaGenerator() {
    }

    /**
     * @param format a document format
     * @return its schema as text, laid out as documents are, with a final newline
     */
    static String generate(DocumentFormat format) {
        try {
            return JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build()
                    .writer(Layout.prettyPrinter()).writeValueAsString(schema(format)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema of " + format.id(), e);
        }
    }

    /**
     * @param format a document format
     * @return its schema
     */
    static ObjectNode schema(DocumentFormat format) {
        return new SchemaGenerator().document(format);
    }

    private ObjectNode document(DocumentFormat format) {
        ObjectNode root = nodes.objectNode();
        root.put("$schema", DIALECT);
        root.put("$id", BASE + format.schemaFileName());
        root.put("title", "bcfkit " + format.description().substring(format.description().indexOf(' ') + 1)
                + ", format " + format.id());
        root.put("description", "Generated from the bcfkit domain model by dev.bcfkit.json.SchemaGenerator;"
                + " do not edit. Property names are the model's record component names; a blank cell is"
                + " absent or null, never 0.");
        RecordWire<?> wire = (RecordWire<?>) Wires.of(format.documentType());
        ObjectNode body = record(wire);
        ObjectNode formatProperty = nodes.objectNode().put("const", format.id());
        ObjectNode properties = nodes.objectNode();
        properties.set(DocumentFormat.PROPERTY, formatProperty);
        properties.setAll((ObjectNode) body.get("properties"));
        ArrayNode required = nodes.arrayNode().add(DocumentFormat.PROPERTY);
        if (body.has("required")) {
            required.addAll((ArrayNode) body.get("required"));
        }
        root.put("type", "object");
        root.set("required", required);
        root.set("properties", properties);
        root.put("additionalProperties", false);
        root.set("$defs", defs);
        return root;
    }

    private ObjectNode record(RecordWire<?> wire) {
        ObjectNode schema = nodes.objectNode();
        schema.put("type", "object");
        ArrayNode required = nodes.arrayNode();
        ObjectNode properties = nodes.objectNode();
        for (RecordShape.Slot slot : wire.shape().slots()) {
            ObjectNode property = value(slot.type(), Limits.maxEntries(wire.shape().type(), slot.name()));
            if (slot.notBlank()) {
                // @NotBlank as Bean Validation judges it (String.trim): a character above U+0020
                property.put("pattern", NOT_BLANK);
            }
            properties.set(slot.name(), slot.required() ? property : nullable(property));
            if (slot.required()) {
                required.add(slot.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.set("properties", properties);
        schema.put("additionalProperties", false);
        return schema;
    }

    /**
     * @param type a component's type, or an element's
     * @param mostEntries the most entries the reader accepts if it is a list or map
     *     ({@link Limits#maxEntries}): the schema's {@code maxItems} or {@code maxProperties}
     */
    private ObjectNode value(Type type, int mostEntries) {
        Wire<?> wire = Wires.of(type);
        if (wire instanceof ListWire<?> && type instanceof ParameterizedType generic) {
            ObjectNode schema = nodes.objectNode().put("type", "array");
            schema.set("items", value(generic.getActualTypeArguments()[0], Limits.DEFAULT_MAX_ENTRIES));
            schema.put("maxItems", mostEntries);
            return schema;
        }
        if (wire instanceof MapWire<?, ?> map && type instanceof ParameterizedType generic) {
            ObjectNode schema = nodes.objectNode().put("type", "object");
            ObjectNode names = nodes.objectNode();
            map.key().describeKey(names);
            if (!names.isEmpty()) {
                schema.set("propertyNames", names);
            }
            schema.set("additionalProperties",
                    value(generic.getActualTypeArguments()[1], Limits.DEFAULT_MAX_ENTRIES));
            schema.put("maxProperties", mostEntries);
            return schema;
        }
        if (type instanceof Class<?> raw && isDefinition(raw, wire)) {
            String name = definitionName(raw);
            if (!defs.has(name)) {
                defs.putObject(name);
                defs.set(name, wire instanceof RecordWire<?> r ? record(r) : leaf(wire));
            }
            return nodes.objectNode().put("$ref", "#/$defs/" + name);
        }
        return leaf(wire);
    }

    private ObjectNode leaf(Wire<?> wire) {
        ObjectNode schema = nodes.objectNode();
        wire.describe(schema);
        if (wire instanceof NationalConditionWire) {
            schema.put("description", "The condition's number in its template, resolved against the edition"
                    + " of the return's period: " + Arrays.stream(Edition.values())
                            .filter(e -> e.kind() == DocumentKind.QUARTERLY_RETURN)
                            .map(e -> e.year() + " has " + NationalCondition.forEdition(e).stream()
                                    .map(NationalCondition::code).collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("; ")) + ".");
        }
        return schema;
    }

    private static boolean isDefinition(Class<?> raw, Wire<?> wire) {
        return wire instanceof RecordWire<?> || wire instanceof EnumWire<?> || raw == Money.class
                || raw == FinancialYear.class || raw == LocalDate.class;
    }

    private static String definitionName(Class<?> raw) {
        if (raw == LocalDate.class) {
            return "Date";
        }
        Class<?> enclosing = raw.getEnclosingClass();
        return enclosing == null ? raw.getSimpleName() : definitionName(enclosing) + "." + raw.getSimpleName();
    }

    private ObjectNode nullable(ObjectNode schema) {
        if (schema.has("$ref")) {
            ObjectNode either = nodes.objectNode();
            either.putArray("anyOf").add(schema).add(nodes.objectNode().put("type", "null"));
            return either;
        }
        String type = schema.path("type").asText();
        ObjectNode copy = schema.deepCopy();
        copy.putArray("type").add(type).add("null");
        return copy;
    }
}
