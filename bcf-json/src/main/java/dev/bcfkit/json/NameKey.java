package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;

/**
 * Map keys that are text: plain strings, and bodies known by their name alone, such as a
 * {@code DistrictCouncil} in the Disabled Facilities Grant's pass-down ({@code [002:467]}), whose
 * key is the council's name.
 *
 * @param <K> the key type
 */
final class NameKey<K> implements KeyWire<K> {
    /** Plain text keys. */
    static final NameKey<String> TEXT = new NameKey<>(Function.identity(), Function.identity(), null);

    private final Function<String, K> fromName;
    private final Function<K, String> toName;
    private final ShapeScreen screen;

    private NameKey(Function<String, K> fromName, Function<K, String> toName, ShapeScreen screen) {
        this.fromName = fromName;
        this.toName = toName;
        this.screen = screen;
    }

    /**
     * @param key a key this wire made
     * @return whether the model's constraints on it hold ({@link ShapeScreen}); plain text has none
     */
    boolean holds(K key) {
        return screen == null || screen.complete() && screen.holds((Record) key);
    }

    /**
     * @param type a record with one text component, such as {@code DistrictCouncil(String name)}
     * @param <R> the record type
     * @return the key wire that uses the text as the key
     */
    static <R extends Record> NameKey<R> of(Class<R> type) {
        RecordComponent only = type.getRecordComponents()[0];
        return new NameKey<>(name -> {
            try {
                return type.getDeclaredConstructor(String.class).newInstance(name);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make " + type + " of a name", e);
            }
        }, record -> {
            try {
                return (String) only.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the name of " + record, e);
            }
        }, ShapeScreen.of(type));
    }

    /**
     * @param type a record type
     * @return whether it is known by one text component
     */
    static boolean fits(Class<?> type) {
        return type.isRecord() && type.getRecordComponents().length == 1
                && type.getRecordComponents()[0].getType() == String.class;
    }

    @Override
    public K fromKey(String key, JsonParser p) throws IOException {
        return fromName.apply(key);
    }

    @Override
    public String toKey(K key) {
        return toName.apply(key);
    }

    @Override
    public void describeKey(ObjectNode propertyNames) {
        // any text is a name
    }
}
