package dev.bcfkit.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Names are compared the way a person reads them: normalisation form, NUL, zero-width characters,
 * case and surrounding or repeated spaces do not count; letters do.
 */
class NameKeyTest {

    @Test
    void aDistrictSpelledInvisiblyDifferentlyHasOneKey() {
        String key = NameKey.of("Mansfield District Council"); // [001:19]
        assertEquals("mansfield district council", key);
        for (String variant : List.of(" Mansfield District Council", "Mansfield District Council ",
                "MANSFIELD DISTRICT COUNCIL", "Mansfield\u200b District Council", "Mansfield District Council\u0000",
                "Mansfield  District\u00a0Council", "\ufeffMansfield District Council", "Mansfield\tDistrict Council")) {
            assertEquals(key, NameKey.of(variant), variant);
        }
    }

    @Test
    void everyZeroWidthFormatCharacterIsInvisibleToTheEndsOfItsRanges() {
        // U+200B..U+200F (zero width space, joiners, direction marks), U+2060..U+2064 (word joiner,
        // invisible operators): none is whitespace, so only being invisible keeps them out of the key
        for (char c : new char[] {'\u200b', '\u200c', '\u200f', '\u2060', '\u2064'}) {
            assertEquals("mansfield", NameKey.of("Mans" + c + "field"), Integer.toHexString(c));
        }
        for (char c : new char[] {'\u200a', '\u2010', '\u205f', '\u2065'}) {
            assertNotEquals("mansfield", NameKey.of("Mans" + c + "field"), Integer.toHexString(c));
        }
    }

    @Test
    void normalisationFormsAreOneName() {
        String composed = "Bro\u0308xtowe";
        assertEquals(NameKey.of("Br\u00f6xtowe"), NameKey.of(composed));
        assertEquals(NameKey.of("STRASSE"), NameKey.of("stra\u00dfe"));
    }

    @Test
    void differentLettersAreDifferentNames() {
        assertNotEquals(NameKey.of("Nottingham West"), NameKey.of("Nottingham North and East"));
        assertNotEquals(NameKey.of("Ashfield"), NameKey.of("Ashfeld"));
    }

    @Test
    void nothingVisibleIsTheEmptyKey() {
        assertEquals("", NameKey.of(null));
        assertEquals("", NameKey.of(" \u200b\u0000\t "));
    }

    @Property
    void invisibleDifferencesNeverChangeTheKey(@ForAll("names") String name, @ForAll("invisible") String noise,
            @ForAll boolean upper) {
        String disguised = noise + (upper ? name.toUpperCase(java.util.Locale.ROOT) : name) + noise
                + Normalizer.normalize("", Normalizer.Form.NFD);
        assertEquals(NameKey.of(name), NameKey.of(disguised));
        assertEquals(NameKey.of(name), NameKey.of(NameKey.of(name)), "a key is its own key");
        assertEquals(NameKey.of(name), NameKey.of(Normalizer.normalize(name, Normalizer.Form.NFD)));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("Ashfield", "Bassetlaw", "Broxtowe", "Gedling", "Mansfield", "Newark and Sherwood",
                "Rushcliffe", "Br\u00f6xtowe", "Caf\u00e9 Council");
    }

    @Provide
    Arbitrary<String> invisible() {
        return Arbitraries.of(' ', '\u200b', '\u0000', '\ufeff', '\u00a0', '\u2060', '\t').list().ofMaxSize(4)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    }
}
