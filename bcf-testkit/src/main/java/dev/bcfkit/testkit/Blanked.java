package dev.bcfkit.testkit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Copies of a document with one optional member left blank, for the property "blanking any
 * optional member or section never adds an ERROR" ("Please leave any missing data cells as
 * blank", {@code [004:175]}). A member is optional when the model does not require it: a record
 * component of {@code dev.bcfkit.core} that is not primitive and not annotated {@code @NotNull} or
 * {@code @NotBlank} (the same annotations decide what the JSON Schema requires). Members are
 * numbered depth first in component order, through lists and map values; the two halves of a
 * reporting period are part of one value and are not members.
 */
public final class Blanked {
    private static final String MODEL = "dev.bcfkit.core";

    private Blanked() {
    }

    /**
     * @param document a record of the model
     * @return how many optional members it has filled in
     */
    public static int count(Record document) {
        int[] counter = {0};
        walk(document, -1, counter);
        return counter[0];
    }

    /**
     * @param document a record of the model
     * @param index which filled-in optional member to blank, from 0 to {@link #count} - 1
     * @param <T> the record type
     * @return a copy with that member null
     * @throws IndexOutOfBoundsException if there is no such member
     */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T blank(T document, int index) {
        int[] counter = {0};
        Object copy = walk(document, index, counter);
        if (counter[0] <= index) {
            throw new IndexOutOfBoundsException("the document has " + counter[0] + " optional members, asked for "
                    + index);
        }
        return (T) copy;
    }

    /** Walks a value, counting optional members; rebuilds it with member {@code target} blanked. */
    private static Object walk(Object value, int target, int[] counter) {
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object e : list) {
                copy.add(walk(e, target, counter));
            }
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = map instanceof SortedMap<?, ?> ? new TreeMap<>() : new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                copy.put(e.getKey(), walk(e.getValue(), target, counter));
            }
            return copy;
        }
        if (!(value instanceof Record record) || !inModel(record.getClass())
                || record.getClass().getSimpleName().equals("ReportingPeriod")) {
            return value;
        }
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            Object component = read(c, record);
            boolean optional = !c.getType().isPrimitive() && !c.getAccessor().isAnnotationPresent(NotNull.class)
                    && !c.getAccessor().isAnnotationPresent(NotBlank.class);
            if (optional && component != null) {
                if (counter[0]++ == target) {
                    args[i] = null;
                    continue;
                }
            }
            args[i] = walk(component, target, counter);
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the model refuses " + record.getClass().getSimpleName()
                    + " with a blank member: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getName(), e);
        }
    }

    private static boolean inModel(Class<?> type) {
        return type.getPackageName().equals(MODEL) || type.getPackageName().startsWith(MODEL + ".");
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getName(), e);
        }
    }
}
