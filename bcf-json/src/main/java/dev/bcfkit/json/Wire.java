package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * How one Java type of the model travels as JSON: how it is read, written and described in the
 * JSON Schema. There is one wire per type, found by {@link Wires#of(java.lang.reflect.Type)}; the
 * reader, the writer and {@link SchemaGenerator} all use the same wire, so the three cannot drift
 * apart.
 *
 * @param <T> the Java type
 */
interface Wire<T> {
    /**
     * Reads a value. The parser is on the value's first token, which is never {@code null}:
     * blank values are handled by the record that holds them.
     *
     * @param p the parser
     * @param ctxt the Jackson context, for the reader's features and per-document state
     * @return the value, never null
     * @throws IOException if the value is not of this type ({@link WireException}) or the text is not JSON
     */
    T read(JsonParser p, DeserializationContext ctxt) throws IOException;

    /**
     * Writes a value.
     *
     * @param value the value, never null
     * @param g the generator
     * @throws IOException if the generator fails
     */
    void write(T value, JsonGenerator g) throws IOException;

    /**
     * Describes the value in JSON Schema (draft 2020-12) terms, not counting null. Composite wires
     * (records, lists, maps) are described by {@link SchemaGenerator} itself.
     *
     * @param schema the schema object to fill in
     */
    void describe(ObjectNode schema);
}
