package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A map of the model as a JSON object whose property names are the keys in their
 * {@link KeyWire wire form}: {@code "2017/18"} for a financial year, {@code "2017/18 Q2"} for a
 * reporting period, {@code "Q1"} for a quarter, a label such as {@code "Social Care"}. Entries are
 * written in the map's order (sorted maps by key); a {@code null} value is refused, since the
 * model's maps have no blank entries (a blank is a missing key).
 *
 * <p>Keys are document text, chosen by whoever wrote the file, so no lookup here hashes them: a
 * key given twice is found in a sorted set of the property names (whose cost does not depend on
 * {@code String.hashCode}, which an attacker can make collide), and a map with more entries than
 * its {@link EntryLimit} is refused before the model or the rules put them in a hash table.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class MapWire<K, V> implements Wire<Map<K, V>> {
    /** Orders property names, counting each comparison as work. */
    private static final Comparator<String> COUNTED = (a, b) -> {
        ReaderWork.add(1);
        return a.compareTo(b);
    };

    private final KeyWire<K> key;
    private final Wire<V> value;
    private final boolean sorted;
    private final EntryLimit limit;

    /**
     * @param key the wire of the keys
     * @param value the wire of the values
     * @param sorted whether the model wants a sorted map
     */
    MapWire(KeyWire<K> key, Wire<V> value, boolean sorted) {
        this(key, value, sorted, EntryLimit.DEFAULT);
    }

    private MapWire(KeyWire<K> key, Wire<V> value, boolean sorted, EntryLimit limit) {
        this.key = key;
        this.value = value;
        this.sorted = sorted;
        this.limit = limit;
    }

    /**
     * @param most the most entries
     * @return this wire, refusing more than {@code most} entries
     */
    MapWire<K, V> limitedTo(int most) {
        return new MapWire<>(key, value, sorted, new EntryLimit(most));
    }

    /** @return the most entries read */
    int most() {
        return limit.most();
    }

    /** @return the wire of the keys */
    KeyWire<K> key() {
        return key;
    }

    @Override
    public Map<K, V> read(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Found.mismatch(p, "an object");
        }
        JsonLocation start = p.currentTokenLocation();
        TreeSet<String> names = new TreeSet<>(COUNTED);
        Map<K, V> entries = sorted ? new TreeMap<>() : new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            ReaderWork.add(1);
            if (names.size() == limit.most()) {
                throw limit.refuse(p, start, "map");
            }
            String name = p.currentName();
            String unpaired = TextWire.unpairedSurrogate(name);
            if (unpaired != null) {
                // the key is no text: point at the map, since no pointer can name the key
                JsonStreamContext map = p.getParsingContext().getParent();
                throw WireException.at(p, map == null ? "" : map.pathAsPointer().toString(), p.currentTokenLocation(),
                        "expected a key of text, found " + unpaired);
            }
            if (!names.add(name)) {
                throw WireException.at(p, "the key " + Found.quote(name) + " appears twice");
            }
            K k = key.fromKey(name, p);
            if (key instanceof NameKey<K> named && !named.holds(k)) {
                DocumentProblems.shapeUnjudged(ctxt);
            }
            if (entries.containsKey(k)) {
                throw WireException.at(p, "the key " + Found.quote(name) + " appears twice");
            }
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                throw Found.mismatch(p, "a value (leave the key out if the cell is blank)");
            }
            entries.put(k, value.read(p, ctxt));
        }
        return entries;
    }

    @Override
    public void write(Map<K, V> map, JsonGenerator g) throws IOException {
        g.writeStartObject();
        for (Map.Entry<K, V> e : map.entrySet()) {
            g.writeFieldName(key.toKey(e.getKey()));
            value.write(e.getValue(), g);
        }
        g.writeEndObject();
    }

    @Override
    public void describe(ObjectNode schema) {
        throw new IllegalStateException("maps are described by the SchemaGenerator");
    }
}
