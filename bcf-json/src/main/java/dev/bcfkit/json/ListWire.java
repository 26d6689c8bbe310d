package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of the model as a JSON array, in order. The model's lists never hold null (a blank row
 * is a row of blank cells), so a {@code null} entry is refused at its pointer. A list longer than
 * its {@link EntryLimit} is refused at the list.
 *
 * @param <E> the element type
 */
final class ListWire<E> implements Wire<List<E>> {
    private final Wire<E> element;
    private final EntryLimit limit;

    /** @param element the wire of the elements */
    ListWire(Wire<E> element) {
        this(element, EntryLimit.DEFAULT);
    }

    private ListWire(Wire<E> element, EntryLimit limit) {
        this.element = element;
        this.limit = limit;
    }

    /**
     * @param most the most entries
     * @return this wire, refusing more than {@code most} entries
     */
    ListWire<E> limitedTo(int most) {
        return new ListWire<>(element, new EntryLimit(most));
    }

    /** @return the most entries read */
    int most() {
        return limit.most();
    }

    @Override
    public List<E> read(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw Found.mismatch(p, "a list");
        }
        JsonLocation start = p.currentTokenLocation();
        List<E> list = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            ReaderWork.add(1);
            if (list.size() == limit.most()) {
                throw limit.refuse(p, start, "list");
            }
            if (t == JsonToken.VALUE_NULL) {
                throw Found.mismatch(p, "an entry");
            }
            list.add(element.read(p, ctxt));
        }
        return list;
    }

    @Override
    public void write(List<E> value, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (E e : value) {
            element.write(e, g);
        }
        g.writeEndArray();
    }

    @Override
    public void describe(ObjectNode schema) {
        throw new IllegalStateException("lists are described by the SchemaGenerator");
    }
}
