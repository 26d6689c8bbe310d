package dev.bcfkit.json;

import dev.bcfkit.core.ReportingPeriod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wire shape of a record of the model: one JSON property per record component, named as the
 * component and in component order, and which of them must be present.
 *
 * <p>Which components are required has one source, the model's own Jakarta Bean Validation
 * annotations: a component is <em>required</em> when it is annotated {@code @NotNull} or
 * {@code @NotBlank} (what identifies a row, such as a return's {@code period}, a condition row's
 * {@code condition}, a metric block's {@code metric}, and every collection, which is never null
 * in the model: {@code []} or {@code {}} when nothing was entered), when it is a primitive flag or
 * count, or when it is one of the two halves of a reporting period (a value type without
 * annotations). The strict reader refuses a document without them, the JSON Schema lists them as
 * {@code required}, and Bean Validation in bcf-rules checks the same annotations on documents
 * built in code, so a document the schema accepts never fails them. Every other component is a
 * cell or section that may be left blank: absent or {@code null} on the wire, {@code null} in the
 * model, never zero, and an incomplete return for the rules, not an error.
 *
 * @param <T> the record type
 */
final class RecordShape<T extends Record> {
    private static final Map<Class<?>, Set<String>> ALSO_REQUIRED = Map.of(
            ReportingPeriod.class, Set.of("year", "quarter"));

    private final Class<T> type;
    private final List<Slot> slots;
    private final Map<String, Slot> byName;
    private final Constructor<T> canonical;
    private final String description;
    private final ShapeScreen screen;

    /**
     * One component.
     *
     * @param index its position
     * @param name its name, which is the JSON property name
     * @param type its generic type
     * @param required whether the property must be present and not null
     * @param notBlank whether a text must have a character other than white space ({@code @NotBlank})
     * @param accessor the accessor method
     */
    record Slot(int index, String name, Type type, boolean required, boolean notBlank, Method accessor) {
        /** @return the component's class */
        Class<?> raw() {
            return accessor.getReturnType();
        }
    }

    private RecordShape(Class<T> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        List<Slot> list = new ArrayList<>();
        Map<String, Slot> names = new LinkedHashMap<>();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Class<?> raw = c.getType();
            boolean notBlank = c.getAccessor().isAnnotationPresent(NotBlank.class);
            boolean required = raw.isPrimitive() || notBlank || c.getAccessor().isAnnotationPresent(NotNull.class)
                    || ALSO_REQUIRED.getOrDefault(type, Set.of()).contains(c.getName());
            if (!required && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))) {
                throw new IllegalStateException(type.getName() + "." + c.getName()
                        + ": a collection is never blank in the model, so it must be @NotNull");
            }
            Slot slot = new Slot(i, c.getName(), c.getGenericType(), required, notBlank, c.getAccessor());
            list.add(slot);
            names.put(slot.name(), slot);
            parameterTypes[i] = raw;
        }
        this.slots = Collections.unmodifiableList(list);
        this.byName = Collections.unmodifiableMap(names);
        try {
            this.canonical = type.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
        this.description = describe(type);
        this.screen = ShapeScreen.of(type);
    }

    /**
     * @param type a record type
     * @param <T> the record type
     * @return its shape
     */
    static <T extends Record> RecordShape<T> of(Class<T> type) {
        return new RecordShape<>(type);
    }

    /** @return the record type */
    Class<T> type() {
        return type;
    }

    /** @return the components in order */
    List<Slot> slots() {
        return slots;
    }

    /**
     * @param name a property name
     * @return the component of that name, or null
     */
    Slot slot(String name) {
        return byName.get(name);
    }

    /** @return the canonical constructor */
    Constructor<T> canonical() {
        return canonical;
    }

    /** @return the model's constraints on the record, as the reader judges them */
    ShapeScreen screen() {
        return screen;
    }

    /** @return the record's plain-English name, such as "return cover" */
    String description() {
        return description;
    }

    /** @return the property names in order, for messages */
    String propertyNames() {
        return String.join(", ", byName.keySet());
    }

    private static String describe(Class<?> type) {
        String simple = type.getSimpleName();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < simple.length(); i++) {
            char c = simple.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(simple.charAt(i - 1))
                            || (i + 1 < simple.length() && Character.isLowerCase(simple.charAt(i + 1))));
            if (boundary) {
                b.append(' ');
            }
            b.append(Character.isUpperCase(c) && !(i + 1 < simple.length() && Character.isUpperCase(simple.charAt(i + 1)))
                    ? Character.toLowerCase(c) : c);
        }
        return b.toString();
    }
}
