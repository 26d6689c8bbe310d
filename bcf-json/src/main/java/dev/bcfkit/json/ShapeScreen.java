package dev.bcfkit.json;

import jakarta.validation.Constraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The model's Jakarta Bean Validation constraints on one record type, judged by the reader as it
 * builds each record, so that a document it has read is not judged again by Bean Validation in
 * the validator (the decision table is in the package documentation). The reader judges them
 * exactly as Hibernate Validator does: {@code @NotNull} (not null), {@code @NotBlank} (not null,
 * and not empty once {@code trim}med), {@code @Size} (length of a text, entries of a list or map;
 * null passes), {@code @Pattern} (the whole text matches; null passes) and
 * {@code @PositiveOrZero} (a number not below zero; null passes), on a component or on the
 * entries of a list, or the keys or values of a map. A record type with any other constraint, or
 * with a constraint deeper in its types, is not {@link #complete()}: the reader then leaves every
 * constraint of the document to Bean Validation.
 */
final class ShapeScreen {
    /** One constraint of one value. */
    private interface Check {
        boolean holds(Object value);
    }

    /** The checks of one component: on the value itself, and on each entry (or key and value). */
    private record Component(int index, RecordComponent component, Check[] value, Check[] entries, Check[] keys) {
    }

    private static final Check[] NONE = {};

    // arrays, not lists: judging a record allocates nothing (benchmarks/RESULTS.md)
    private final Component[] components;
    private final boolean complete;

    private ShapeScreen(Component[] components, boolean complete) {
        this.components = components;
        this.complete = complete;
    }

    /**
     * @param type a record of the model
     * @return its constraints as the reader judges them
     */
    static ShapeScreen of(Class<? extends Record> type) {
        boolean complete = constraints(type.getAnnotations()).isEmpty();
        List<Component> list = new ArrayList<>();
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            List<Check> value = new ArrayList<>();
            complete &= checks(constraints(c.getAccessor().getAnnotations()), value);
            List<Check> entries = new ArrayList<>();
            List<Check> keys = new ArrayList<>();
            AnnotatedType annotated = c.getAnnotatedType();
            if (annotated instanceof AnnotatedParameterizedType parameterized) {
                AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
                boolean map = Map.class.isAssignableFrom(c.getType());
                for (int a = 0; a < arguments.length; a++) {
                    complete &= checks(constraints(arguments[a].getAnnotations()),
                            map && a == 0 ? keys : entries);
                    complete &= nothingDeeper(arguments[a]);
                }
            }
            if (!value.isEmpty() || !entries.isEmpty() || !keys.isEmpty()) {
                list.add(new Component(i, c, value.toArray(NONE), entries.toArray(NONE), keys.toArray(NONE)));
            }
        }
        return new ShapeScreen(list.toArray(new Component[0]), complete);
    }

    /** @return whether the reader can judge every constraint of the type */
    boolean complete() {
        return complete;
    }

    /**
     * @param args the values of the record's components, by index, as they are passed to its
     *     canonical constructor
     * @return whether every constraint holds
     */
    boolean holds(Object[] args) {
        for (Component c : components) {
            if (!holds(c, args[c.index()])) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param record a record of the type, built elsewhere (a map key made of a name)
     * @return whether every constraint holds
     */
    boolean holds(Record record) {
        for (Component c : components) {
            Object value;
            try {
                value = c.component().getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                return false;
            }
            if (!holds(c, value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(Component c, Object value) {
        if (!all(c.value(), value)) {
            return false;
        }
        if (c.entries().length == 0 && c.keys().length == 0) {
            return true;
        }
        if (value instanceof Collection<?> list) {
            for (Object entry : list) {
                if (!all(c.entries(), entry)) {
                    return false;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!all(c.keys(), entry.getKey()) || !all(c.entries(), entry.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean all(Check[] checks, Object value) {
        for (Check check : checks) {
            if (!check.holds(value)) {
                return false;
            }
        }
        return true;
    }

    private static List<Annotation> constraints(Annotation[] annotations) {
        List<Annotation> found = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a.annotationType().isAnnotationPresent(Constraint.class)) {
                found.add(a);
            }
        }
        return found;
    }

    /** Whether a type argument has no constraint within its own type arguments. */
    private static boolean nothingDeeper(AnnotatedType type) {
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType inner : parameterized.getAnnotatedActualTypeArguments()) {
                if (!constraints(inner.getAnnotations()).isEmpty() || !nothingDeeper(inner)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Adds the checks of the constraints; false if one of them is not judged by the reader. */
    private static boolean checks(List<Annotation> constraints, List<Check> into) {
        boolean known = true;
        for (Annotation a : constraints) {
            if (a instanceof NotNull) {
                into.add(value -> value != null);
            } else if (a instanceof NotBlank) {
                into.add(value -> value instanceof CharSequence text && !text.toString().trim().isEmpty());
            } else if (a instanceof Size size) {
                int min = size.min();
                int max = size.max();
                into.add(value -> {
                    int n = value == null ? min : value instanceof CharSequence text ? text.length()
                            : value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : -1;
                    return n >= min && n <= max;
                });
            } else if (a instanceof Pattern pattern && pattern.flags().length == 0) {
                java.util.regex.Pattern regex = java.util.regex.Pattern.compile(pattern.regexp());
                into.add(value -> value == null || value instanceof CharSequence text && regex.matcher(text).matches());
            } else if (a instanceof PositiveOrZero) {
                into.add(value -> value == null
                        || (value instanceof Long || value instanceof Integer) && ((Number) value).longValue() >= 0
                        || value instanceof BigDecimal d && d.signum() >= 0
                        || value instanceof BigInteger i && i.signum() >= 0);
            } else {
                known = false;
            }
        }
        return known;
    }
}
