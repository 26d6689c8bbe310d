package dev.bcfkit.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire name of each value of a closed list. Values that the templates label (maturity
 * levels, assessments, condition answers, feedback categories, care settings, Yes/No, ...) travel
 * as their exact template label, taken from the enum's {@code label()} method: "Plans in place",
 * "No - In Progress", "Social Care". Values without a label of their own (RAG ratings, trends,
 * risk levels, body types, council tiers, quarters) travel as their constant name: {@code GREEN},
 * {@code HIGH}, {@code UPPER_TIER}, {@code Q2}.
 *
 * @param <E> the enum
 */
final class EnumLabels<E extends Enum<E>> {
    private static final ClassValue<EnumLabels<?>> CACHE = new ClassValue<>() {
        @Override
        protected EnumLabels<?> computeValue(Class<?> type) {
            return create(type.asSubclass(Enum.class));
        }
    };

    private final Map<E, String> labels;
    private final Map<String, E> byLabel;
    private final List<String> inOrder;

    private EnumLabels(Map<E, String> labels) {
        this.labels = labels;
        Map<String, E> reverse = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Map.Entry<E, String> e : labels.entrySet()) {
            if (reverse.put(e.getValue(), e.getKey()) != null) {
                throw new IllegalStateException("two values share the label \"" + e.getValue() + "\"");
            }
            order.add(e.getValue());
        }
        this.byLabel = reverse;
        this.inOrder = Collections.unmodifiableList(order);
    }

    /**
     * @param type an enum
     * @param <E> the enum
     * @return its wire names
     */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> EnumLabels<E> of(Class<E> type) {
        return (EnumLabels<E>) CACHE.get(type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static EnumLabels<?> create(Class<? extends Enum> type) {
        return createTyped((Class) type);
    }

    private static <E extends Enum<E>> EnumLabels<E> createTyped(Class<E> type) {
        Method label = labelMethod(type);
        Map<E, String> labels = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            labels.put(value, label == null ? value.name() : invoke(label, value));
        }
        return new EnumLabels<>(labels);
    }

    private static Method labelMethod(Class<?> type) {
        try {
            Method m = type.getMethod("label");
            return m.getReturnType() == String.class && !Modifier.isStatic(m.getModifiers()) ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String invoke(Method label, Object value) {
        try {
            return (String) label.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the label of " + value, e);
        }
    }

    /**
     * @param value a value
     * @return its wire name
     */
    String label(E value) {
        return labels.get(value);
    }

    /**
     * @param label a wire name, matched exactly
     * @return the value, or null if no value has that name
     */
    E find(String label) {
        return byLabel.get(label);
    }

    /** @return the wire names in declaration order */
    List<String> all() {
        return inOrder;
    }
}
