package dev.bcfkit.core.internal;

import dev.bcfkit.core.BcfException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Defensive copies for record components: collections are never null (a null collection is
 * one of the few things the model refuses, a design principle, "Invalid data must be representable") and
 * never hold null elements; the copies are unmodifiable.
 */
public final class Components {
    private Components() {
    }

    /**
     * @param field the component's name, for the message
     * @param list the list
     * @param <T> the element type
     * @return an unmodifiable copy in the same order
     * @throws BcfException if the list or an element is null
     */
    public static <T> List<T> list(String field, @Nullable List<T> list) {
        if (list == null) {
            throw new BcfException(field + ": expected a list (empty if nothing was entered), found null");
        }
        List<T> copy = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            T e = list.get(i);
            if (e == null) {
                throw new BcfException(field + "/" + i + ": expected an entry, found null");
            }
            copy.add(e);
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * A builder's list setter: the same checks as {@link #list(String, List)}.
     *
     * @param field the component's name, for the message
     * @param items the entries, in order
     * @param <T> the element type
     * @return an unmodifiable copy in the same order
     * @throws BcfException if the entries or an entry are null
     */
    public static <T> List<T> copy(String field, @Nullable Iterable<? extends T> items) {
        if (items == null) {
            return list(field, null);
        }
        List<T> all = new ArrayList<>();
        for (T item : items) {
            all.add(item);
        }
        return list(field, all);
    }

    /**
     * A builder's varargs setter: the same checks as {@link #list(String, List)}.
     *
     * @param field the component's name, for the message
     * @param items the entries, in order
     * @param <T> the element type
     * @return an unmodifiable copy in the same order
     * @throws BcfException if the array or an entry is null
     */
    public static <T> List<T> copy(String field, T @Nullable [] items) {
        return list(field, items == null ? null : Arrays.asList(items));
    }

    /**
     * @param field the component's name, for the message
     * @param map the map
     * @param <K> the key type
     * @param <V> the value type
     * @return an unmodifiable copy in the map's iteration order
     * @throws BcfException if the map, a key or a value is null
     */
    public static <K, V> Map<K, V> map(String field, @Nullable Map<K, V> map) {
        if (map == null) {
            throw new BcfException(field + ": expected a map (empty if nothing was entered), found null");
        }
        Map<K, V> copy = new LinkedHashMap<>();
        for (Map.Entry<K, V> e : map.entrySet()) {
            copy.put(checkKey(field, e.getKey()), checkValue(field, e.getKey(), e.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * @param field the component's name, for the message
     * @param map the map
     * @param <K> the key type, naturally ordered
     * @param <V> the value type
     * @return an unmodifiable copy sorted by key
     * @throws BcfException if the map, a key or a value is null
     */
    public static <K extends Comparable<? super K>, V> SortedMap<K, V> sortedMap(String field, @Nullable Map<K, V> map) {
        if (map == null) {
            throw new BcfException(field + ": expected a map (empty if nothing was entered), found null");
        }
        TreeMap<K, V> copy = new TreeMap<>();
        for (Map.Entry<K, V> e : map.entrySet()) {
            copy.put(checkKey(field, e.getKey()), checkValue(field, e.getKey(), e.getValue()));
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    private static <K> K checkKey(String field, K key) {
        if (key == null) {
            throw new BcfException(field + ": expected a key, found null");
        }
        return key;
    }

    private static <K, V> V checkValue(String field, K key, V value) {
        if (value == null) {
            throw new BcfException(field + "/" + key + ": expected a value, found null");
        }
        return value;
    }
}
