package dev.bcfkit.rules.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What is blank: a cell left blank is null ({@code [004:175]} "Please leave any missing data cells
 * as blank"); a list, map or record is blank when nothing in it is filled in; a value that is
 * present is filled in, zero and an empty text too.
 */
class BlankTest {
    record Row(String scheme, Long spend) {
    }

    @Test
    void aNullCellIsBlankAndAPresentValueIsNot() {
        assertTrue(Blank.is(null));
        assertFalse(Blank.is(0L));
        assertFalse(Blank.is(""));
        assertFalse(Blank.is(Boolean.FALSE));
    }

    @Test
    void aListIsBlankWhenNoEntryIsFilledIn() {
        assertTrue(Blank.is(List.of()));
        assertTrue(Blank.is(Arrays.asList(null, null)));
        assertTrue(Blank.is(List.of(new Row(null, null))));
        assertFalse(Blank.is(Arrays.asList(null, 0L)));
    }

    @Test
    void aMapIsBlankWhenNoValueIsFilledInWhateverItsKeys() {
        Map<String, Long> nothing = new LinkedHashMap<>();
        nothing.put("Adur", null);
        assertTrue(Blank.is(nothing));
        Map<String, Long> something = new LinkedHashMap<>(nothing);
        something.put("Worthing", 12_000L);
        assertFalse(Blank.is(something));
    }

    @Test
    void aRecordIsBlankWhenEveryComponentIs() {
        assertTrue(Blank.is(new Row(null, null)));
        assertFalse(Blank.is(new Row(null, 0L)));
        assertFalse(Blank.is(new Row("Home from hospital", null)));
    }
}
