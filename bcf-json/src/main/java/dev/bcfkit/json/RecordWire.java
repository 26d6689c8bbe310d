package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bcfkit.core.BcfException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * A record of the model as a JSON object, shaped by its {@link RecordShape}: properties named and
 * ordered as the record's components, blank cells left out when writing and read back from an
 * absent property or {@code null}, required properties checked with the pointer of the missing
 * one, and the record built with its canonical constructor, so that whatever the model refuses is
 * refused here with the model's own message at the record's pointer. Unknown properties are
 * refused when the reader enables {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} (the
 * strict reader) and skipped otherwise. A property named {@code "@class"} or {@code "@type"} is an
 * unknown property like any other: the wire never names Java types.
 *
 * <p>A document record (a quarterly return, plan or pooled budget) also has the {@code "format"}
 * property, written first and required.
 *
 * @param <T> the record type
 */
final class RecordWire<T extends Record> implements Wire<T> {
    private final RecordShape<T> shape;
    private final DocumentFormat format;
    private final RecordHooks hooks;
    private final List<Wire<Object>> wires;

    /**
     * @param shape the record's shape
     * @param format the document format if the record is a document, else null
     * @param hooks extra reading steps
     */
    RecordWire(RecordShape<T> shape, DocumentFormat format, RecordHooks hooks) {
        this.shape = shape;
        this.format = format;
        this.hooks = hooks;
        List<Wire<Object>> list = new ArrayList<>();
        for (RecordShape.Slot slot : shape.slots()) {
            list.add(limited(Wires.of(slot.type()), shape.type(), slot.name()));
        }
        this.wires = List.copyOf(list);
    }

    /** A list or map component with the entry limit {@link Limits} gives it; any other wire as it is. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Wire<Object> limited(Wire<Object> wire, Class<?> record, String component) {
        if (wire instanceof ListWire list) {
            return list.limitedTo(Limits.maxEntries(record, component));
        }
        if (wire instanceof MapWire map) {
            return map.limitedTo(Limits.maxEntries(record, component));
        }
        return wire;
    }

    /** @return the record's shape */
    RecordShape<T> shape() {
        return shape;
    }

    @Override
    public T read(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation start;
        boolean formatSeen = false;
        if (p.currentToken() == JsonToken.START_OBJECT) {
            start = p.currentTokenLocation();
        } else {
            // BcfJson.readDocument has read the format, the first member, to tell the kind
            FormatRead read = format == null ? null : FormatRead.take(ctxt, format, p);
            if (read == null) {
                throw Found.mismatch(p, "an object (" + (format != null ? format.description()
                        : "a " + shape.description()) + ")");
            }
            start = read.start();
            formatSeen = true;
        }
        Object restore = hooks.started(ctxt);
        try {
            return readFields(p, ctxt, start, formatSeen);
        } finally {
            hooks.finished(ctxt, restore);
        }
    }

    private T readFields(JsonParser p, DeserializationContext ctxt, JsonLocation start, boolean formatRead)
            throws IOException {
        int keptBefore = DocumentProblems.kept(ctxt);
        List<RecordShape.Slot> slots = shape.slots();
        Object[] args = new Object[slots.size()];
        boolean[] seen = new boolean[slots.size()];
        boolean formatSeen = formatRead;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            ReaderWork.add(1);
            String name = p.currentName();
            if (format != null && DocumentFormat.PROPERTY.equals(name)) {
                p.nextToken();
                FormatProperty.expect(p, format);
                formatSeen = true;
                continue;
            }
            RecordShape.Slot slot = shape.slot(name);
            if (slot == null) {
                if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
                    // kept, and the reader goes on: every unknown property is reported at once
                    DocumentProblems.keep(ctxt, WireException.at(p, "unknown property " + Found.quote(name) + "; "
                            + (format != null ? format.description() : "a " + shape.description())
                            + " has " + properties()));
                }
                p.nextToken();
                p.skipChildren();
                continue;
            }
            JsonToken value = p.nextToken();
            // Only a record with hooks (a quarterly return) needs these; building a pointer for every
            // value was a third of the reader's time (benchmarks/RESULTS.md).
            boolean hooked = hooks != RecordHooks.NONE;
            String valuePointer = hooked ? Pointers.current(p) : null;
            JsonLocation valueStart = hooked ? p.currentTokenLocation() : null;
            Object read;
            if (value == JsonToken.VALUE_NULL) {
                read = blank(slot, p, ctxt);
            } else {
                read = readValue(slot, p, ctxt);
            }
            args[slot.index()] = read;
            seen[slot.index()] = true;
            hooks.read(slot.name(), read, p, valuePointer, valueStart, ctxt);
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw Found.mismatch(p, "a property name or the end of the object");
        }
        // On the record's END_OBJECT the parser's context is again the enclosing one, at this
        // record's property name or index: its pointer is the record's own, built only when a
        // refusal needs it.
        if (format != null && !formatSeen) {
            throw WireException.at(p, Pointers.child(Pointers.current(p), DocumentFormat.PROPERTY), start,
                    "missing \"" + DocumentFormat.PROPERTY + "\": expected \"" + format.id() + "\" for "
                            + format.description());
        }
        for (RecordShape.Slot slot : slots) {
            if (!seen[slot.index()]) {
                args[slot.index()] = absent(slot, p, ctxt, start);
            }
        }
        hooks.completing(shape, args, p, ctxt);
        ShapeScreen screen = shape.screen();
        if (!screen.complete() || !screen.holds(args)) {
            DocumentProblems.shapeUnjudged(ctxt);
        }
        return build(args, p, start, DocumentProblems.kept(ctxt) > keptBefore);
    }

    /**
     * Reads a component's value. A closed-list value the list does not have is kept as a problem
     * of the document and read as blank, so that the reader goes on ({@link DocumentProblems}; the
     * document is refused at the end, so the blank never reaches a caller); one the collector has
     * no room for stops the reader. A text that must not
     * be blank ({@code @NotBlank}) is refused here, as the schema's pattern does.
     */
    private Object readValue(RecordShape.Slot slot, JsonParser p, DeserializationContext ctxt) throws IOException {
        Wire<Object> wire = wires.get(slot.index());
        if (wire instanceof EnumWire<?>) {
            try {
                return wire.read(p, ctxt);
            } catch (WireException outOfList) {
                DocumentProblems.keep(ctxt, outOfList);
                p.skipChildren();
                return null;
            }
        }
        Object read = wire.read(p, ctxt);
        if (slot.notBlank() && read instanceof String text && text.trim().isEmpty()) {
            throw WireException.at(p, "expected a name (not blank), found " + Found.quote(text));
        }
        return read;
    }

    private String properties() {
        return (format != null ? DocumentFormat.PROPERTY + ", " : "") + shape.propertyNames();
    }

    private Object blank(RecordShape.Slot slot, JsonParser p, DeserializationContext ctxt) throws IOException {
        if (slot.raw().isPrimitive() && !ctxt.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)) {
            return primitiveDefault(slot.raw());
        }
        if (slot.required()) {
            throw Found.mismatch(p, Expectations.of(slot));
        }
        return null;
    }

    private Object absent(RecordShape.Slot slot, JsonParser p, DeserializationContext ctxt, JsonLocation start)
            throws IOException {
        if (slot.raw().isPrimitive() && !ctxt.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)) {
            return primitiveDefault(slot.raw());
        }
        if (slot.required()) {
            throw WireException.at(p, Pointers.child(Pointers.current(p), slot.name()), start,
                    "missing \"" + slot.name() + "\": expected " + Expectations.of(slot));
        }
        return null;
    }

    private static Object primitiveDefault(Class<?> raw) {
        if (raw == boolean.class) {
            return Boolean.FALSE;
        }
        if (raw == int.class) {
            return 0;
        }
        if (raw == long.class) {
            return 0L;
        }
        throw new IllegalStateException("the wire format has no " + raw);
    }

    /**
     * @param keptInside whether a problem was kept while this record was read: a value it refused
     *     is blank here, and the document is refused with that problem, so a record that cannot be
     *     made without the value is read as blank rather than reported a second time (as "cannot
     *     make a reporting period of these values" after "found \"Q5\"")
     */
    private T build(Object[] args, JsonParser p, JsonLocation start, boolean keptInside) throws IOException {
        try {
            return shape.canonical().newInstance(args);
        } catch (InvocationTargetException e) {
            if (keptInside) {
                return null;
            }
            Throwable cause = e.getCause();
            if (cause instanceof BcfException refusal) {
                throw CoreRefusal.at(p, Pointers.current(p), start, refusal);
            }
            throw WireException.at(p, Pointers.current(p), start, "cannot make a " + shape.description()
                    + " of these values: " + cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call the constructor of " + shape.type(), e);
        }
    }

    @Override
    public void write(T value, JsonGenerator g) throws IOException {
        g.writeStartObject();
        if (format != null) {
            g.writeStringField(DocumentFormat.PROPERTY, format.id());
        }
        for (RecordShape.Slot slot : shape.slots()) {
            Object component = component(slot, value);
            if (component != null) {
                g.writeFieldName(slot.name());
                wires.get(slot.index()).write(component, g);
            }
        }
        g.writeEndObject();
    }

    private static Object component(RecordShape.Slot slot, Object record) {
        try {
            return slot.accessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + slot.name() + " of " + record.getClass(), e);
        }
    }

    @Override
    public void describe(ObjectNode schema) {
        throw new IllegalStateException("records are described by the SchemaGenerator");
    }

    /**
     * The values of a record's components by name, for {@link ReturnEditionHooks}.
     *
     * @param shape the shape
     * @param args the values
     * @param name a component's name
     * @return the value
     */
    static Object arg(RecordShape<?> shape, Object[] args, String name) {
        return args[shape.slot(name).index()];
    }

    /**
     * @param shape the shape
     * @param args the values
     * @param name a component's name
     * @param value the replacement value
     */
    static void replace(RecordShape<?> shape, Object[] args, String name, Object value) {
        args[shape.slot(name).index()] = value;
    }
}
