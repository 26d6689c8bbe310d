package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * A closed list's value as a JSON string, its exact {@link EnumLabels wire name}, as a value and
 * as a map key ({@code "Social Care"} in the additional measures). Matching is exact: no case
 * folding, no trimming, so "plans in place" is refused with the list of what is allowed.
 *
 * @param <E> the enum
 */
final class EnumWire<E extends Enum<E>> implements Wire<E>, KeyWire<E> {
    private final EnumLabels<E> labels;

    EnumWire(Class<E> type) {
        this.labels = EnumLabels.of(type);
    }

    @Override
    public E read(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Found.mismatch(p, expected());
        }
        return lookUp(p.getText(), p);
    }

    @Override
    public E fromKey(String key, JsonParser p) throws IOException {
        return lookUp(key, p);
    }

    private E lookUp(String text, JsonParser p) throws IOException {
        E value = labels.find(text);
        if (value == null) {
            throw WireException.at(p, "expected " + expected() + ", found " + Found.quote(text));
        }
        return value;
    }

    private String expected() {
        return "one of " + labels.all().stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(", "));
    }

    @Override
    public void write(E value, JsonGenerator g) throws IOException {
        g.writeString(labels.label(value));
    }

    @Override
    public String toKey(E key) {
        return labels.label(key);
    }

    @Override
    public void describe(ObjectNode schema) {
        schema.put("type", "string");
        labels.all().forEach(schema.putArray("enum")::add);
    }

    @Override
    public void describeKey(ObjectNode propertyNames) {
        labels.all().forEach(propertyNames.putArray("enum")::add);
    }
}
