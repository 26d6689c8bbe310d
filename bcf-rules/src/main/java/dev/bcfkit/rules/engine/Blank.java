package dev.bcfkit.rules.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * Whether a part of a document is blank: nothing in it is filled in. A blank cell is null
 * ("Please leave any missing data cells as blank", {@code [004:175]}); a list or map is blank
 * when it holds nothing that is filled in; a record of the model is blank when every component
 * is. A flag, number or text that is present is filled in (an empty text too: it was typed).
 */
public final class Blank {
    private Blank() {
    }

    /**
     * @param value a section, row or cell, possibly null
     * @return whether nothing in it is filled in
     */
    public static boolean is(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Collection<?> c) {
            return c.stream().allMatch(Blank::is);
        }
        if (value instanceof Map<?, ?> m) {
            return m.values().stream().allMatch(Blank::is);
        }
        if (value instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (!is(component(c, record))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static Object component(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getName(), e);
        }
    }
}
