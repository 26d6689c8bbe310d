package dev.bcfkit.rules.engine;

import jakarta.validation.Path;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an element stands in a document, for ordering shape findings as the document reads: a
 * record's components in declaration order, a list's entries by index, a map's entries in its
 * iteration order (the model's maps are sorted). Found by walking the document along a
 * violation's property path.
 *
 * <p>One instance serves the violations of one document, and computes the positions of a map's
 * keys once, the first time a path steps into that map: finding a key is then one look-up, not a
 * scan of the map, so ordering n violations inside a map of n entries is linear, not quadratic.
 * Keys are looked up by identity (the validator hands back the document's own key objects), so no
 * hash code of document text is involved; a key that is not one of the document's own objects
 * sorts after the map's entries. Not thread-safe.
 */
public final class DocumentOrder {
    private final Object root;
    private final Work work;
    private final Map<Map<?, ?>, Entries> maps = new IdentityHashMap<>();
    private final Map<Class<?>, RecordComponent[]> components = new HashMap<>();

    /**
     * @param root the document
     * @param work the meter: one step per path step, one per map entry indexed
     */
    public DocumentOrder(Object root, Work work) {
        this.root = root;
        this.work = work;
    }

    /**
     * @param path a property path within the document
     * @return the sort key: one position per step, integers where the step was found, else the name
     */
    public List<Object> of(Path path) {
        List<Object> key = new ArrayList<>();
        Object current = root;
        for (Path.Node node : path) {
            work.add(1);
            if (node.isInIterable()) {
                Object element = null;
                int position = 0;
                if (current instanceof List<?> list && node.getIndex() != null && node.getIndex() < list.size()) {
                    position = node.getIndex();
                    element = list.get(position);
                } else if (current instanceof Map<?, ?> map && node.getKey() != null) {
                    Entries entries = maps.computeIfAbsent(map, this::index);
                    Integer found = entries.position(node.getKey());
                    position = found == null ? map.size() : found;
                    element = found == null ? null : entries.values().get(found);
                }
                key.add(position);
                current = element;
            }
            if (node.getName() != null && node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                int position = componentIndex(current, node.getName());
                key.add(position >= 0 ? position : node.getName());
                current = position >= 0 ? value(current, position) : null;
            }
        }
        return key;
    }

    /**
     * @param a a sort key
     * @param b another
     * @return their order: position by position, integers numerically, otherwise as text
     */
    public static int compare(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            int c = x instanceof Integer xi && y instanceof Integer yi ? Integer.compare(xi, yi)
                    : String.valueOf(x).compareTo(String.valueOf(y));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private Entries index(Map<?, ?> map) {
        Map<Object, Integer> positions = new IdentityHashMap<>();
        List<Object> values = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            work.add(1);
            positions.putIfAbsent(e.getKey(), values.size());
            values.add(e.getValue());
        }
        return new Entries(positions, values);
    }

    private int componentIndex(Object record, String name) {
        RecordComponent[] all = record == null ? null
                : components.computeIfAbsent(record.getClass(), Class::getRecordComponents);
        if (all != null) {
            for (int i = 0; i < all.length; i++) {
                if (all[i].getName().equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private Object value(Object record, int index) {
        try {
            return components.get(record.getClass())[index].getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // an accessor that cannot be called only loses the order below this step
            return null;
        }
    }

    /**
     * A map's keys, each with its position in the map's iteration order, and its values by position.
     *
     * @param positions each key's position, by identity
     * @param values the values, in order
     */
    private record Entries(Map<Object, Integer> positions, List<Object> values) {
        /**
         * @param key a key, normally the map's own key object
         * @return its position, or null if it is not one of the map's own key objects
         */
        Integer position(Object key) {
            return positions.get(key);
        }
    }
}
