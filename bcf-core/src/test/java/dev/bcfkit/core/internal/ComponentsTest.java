package dev.bcfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Quarter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Record collections are copied, unmodifiable, and never null. */
class ComponentsTest {

    @Test
    void aNullListIsRefusedWithItsName() {
        BcfException e = assertThrows(BcfException.class, () -> Components.list("metrics", null));
        assertEquals("metrics: expected a list (empty if nothing was entered), found null", e.getMessage());
    }

    @Test
    void aNullElementIsRefusedWithItsIndex() {
        BcfException e = assertThrows(BcfException.class,
                () -> Components.list("metrics", Arrays.asList("a", null)));
        assertEquals("metrics/1: expected an entry, found null", e.getMessage());
    }

    @Test
    void copiesAreUnmodifiableAndDetached() {
        List<String> source = new ArrayList<>(List.of("a"));
        List<String> copy = Components.list("x", source);
        source.add("b");
        assertEquals(List.of("a"), copy);
        assertThrows(UnsupportedOperationException.class, () -> copy.add("c"));
    }

    @Test
    void sortedMapsOrderByKeyAndRefuseNullValues() {
        Map<Quarter, String> m = new HashMap<>();
        m.put(Quarter.Q3, "c");
        m.put(Quarter.Q1, "a");
        assertEquals(List.of(Quarter.Q1, Quarter.Q3), new ArrayList<>(Components.sortedMap("q", m).keySet()));
        m.put(Quarter.Q2, null);
        BcfException e = assertThrows(BcfException.class, () -> Components.sortedMap("q", m));
        assertEquals("q/Q2: expected a value, found null", e.getMessage());
        assertThrows(BcfException.class, () -> Components.map("m", null));
    }

    @Test
    void mapCopiesKeepOrderAndRefuseNullValues() {
        Map<String, Integer> ordered = new java.util.LinkedHashMap<>();
        ordered.put("b", 2);
        ordered.put("a", 1);
        assertEquals(List.of("b", "a"), List.copyOf(Components.map("m", ordered).keySet()));
        assertEquals(Integer.valueOf(2), Components.map("m", ordered).get("b"));
        ordered.put("c", null);
        BcfException e = assertThrows(BcfException.class, () -> Components.map("m", ordered));
        assertEquals("m/c: expected a value, found null", e.getMessage());
    }
}
