package dev.bcfkit.rules.engine;

import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Names of a document's list, keyed once ({@link NameKey} or a tolerant key of the caller's),
 * each key with the position of the first entry that has it: so "is this name in the list?"
 * and "did an earlier entry have this name?" are one look-up each, and comparing two lists is
 * linear in their lengths (times a logarithm), never the product of them. Keys are held in a
 * sorted map, so names chosen to collide in their hash codes cost nothing extra. Blank keys are
 * not indexed.
 */
public final class NameIndex {
    private final Function<String, String> key;
    private final TreeMap<String, Integer> first;

    private NameIndex(Function<String, String> key, TreeMap<String, Integer> first) {
        this.key = key;
        this.first = first;
    }

    /**
     * @param names the names, in document order; nulls and blanks are skipped
     * @param key how names are compared, such as {@link NameKey#of}
     * @param work the meter: one step per name keyed and per comparison
     * @return the index
     */
    public static NameIndex of(List<String> names, Function<String, String> key, Work work) {
        NameIndex index = new NameIndex(name -> {
            work.add(1);
            return key.apply(name);
        }, new TreeMap<>(work.counting(String::compareTo)));
        for (int i = 0; i < names.size(); i++) {
            String k = index.key.apply(names.get(i));
            if (!k.isEmpty()) {
                index.first.putIfAbsent(k, i);
            }
        }
        return index;
    }

    /**
     * @param name a name, possibly null
     * @return the position of the first entry with the same key, or -1 if none (or the name is blank)
     */
    public int firstOf(String name) {
        String k = key.apply(name);
        Integer at = k.isEmpty() ? null : first.get(k);
        return at == null ? -1 : at;
    }

    /**
     * @param name a name, possibly null
     * @return whether some entry has the same key
     */
    public boolean contains(String name) {
        return firstOf(name) >= 0;
    }
}
