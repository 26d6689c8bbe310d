package dev.bcfkit.rules;

import jakarta.validation.Path;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where an element stands in a document, for ordering shape findings as the document reads: a
 * record's components in declaration order, a list's entries by index, a map's entries in its
 * iteration order (the model's maps are sorted). Found by walking the document along a
 * violation's property path.
 */
final class DocumentOrder {
    private DocumentOrder() {
    }

    /**
     * @param root the document
     * @param path a property path within it
     * @return the sort key: one position per step, integers where the step was found, else the name
     */
    static List<Object> of(Object root, Path path) {
        List<Object> key = new ArrayList<>();
        Object current = root;
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object element = null;
                int position = 0;
                if (current instanceof List<?> list && node.getIndex() != null && node.getIndex() < list.size()) {
                    position = node.getIndex();
                    element = list.get(position);
                } else if (current instanceof Map<?, ?> map && node.getKey() != null) {
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        if (e.getKey().equals(node.getKey())) {
                            element = e.getValue();
                            break;
                        }
                        position++;
                    }
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
    static int compare(List<Object> a, List<Object> b) {
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

    private static int componentIndex(Object record, String name) {
        RecordComponent[] components = record == null ? null : record.getClass().getRecordComponents();
        if (components != null) {
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static Object value(Object record, int index) {
        try {
            return record.getClass().getRecordComponents()[index].getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // an accessor that cannot be called only loses the order below this step
            return null;
        }
    }
}
