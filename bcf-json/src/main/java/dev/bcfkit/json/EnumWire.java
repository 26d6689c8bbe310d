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
 * folding, no trimming, so "plans in place" is refused with the list of what is allowed. A label
 * the template prints for one value ({@link PrintedLabels}, such as "NEA") is read as that value
 * with a {@link ReaderNotice}. A value outside the list is refused with the values allowed; a
 * record keeps the refusal as a problem of the document and goes on ({@link RecordWire},
 * {@link DocumentProblems}), so that every such value is reported at once.
 *
 * @param <E> the enum
 */
final class EnumWire<E extends Enum<E>> implements Wire<E>, KeyWire<E> {
    private final Class<E> type;
    private final EnumLabels<E> labels;

    EnumWire(Class<E> type) {
        this.type = type;
        this.labels = EnumLabels.of(type);
    }

    @Override
    public E read(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Found.mismatch(p, expected());
        }
        String text = p.getText();
        E value = labels.find(text);
        if (value != null) {
            return value;
        }
        E printed = PrintedLabels.find(type, text);
        if (printed != null) {
            DocumentProblems.notice(ctxt, Pointers.current(p), p.currentTokenLocation(), "read the label "
                    + Found.quote(text) + " as the template prints it, meaning \"" + labels.label(printed)
                    + "\"; write \"" + labels.label(printed) + "\"");
            return printed;
        }
        throw outOfList(text, p);
    }

    @Override
    public E fromKey(String key, JsonParser p) throws IOException {
        E value = labels.find(key);
        if (value == null) {
            throw outOfList(key, p);
        }
        return value;
    }

    private WireException outOfList(String text, JsonParser p) {
        return WireException.at(p, "expected " + expected() + ", found " + Found.quote(text));
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
