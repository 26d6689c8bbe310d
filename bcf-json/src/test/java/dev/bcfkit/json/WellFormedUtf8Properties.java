package dev.bcfkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * On longer texts, UTF-8 with stray bytes spliced in anywhere, the fast check of a document's
 * encoding agrees with the JDK's strict decoder.
 */
class WellFormedUtf8Properties {

    @Property(tries = 2000)
    void agreesWithTheDecoder(@ForAll("pieces") List<byte[]> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pieces.forEach(out::writeBytes);
        byte[] bytes = out.toByteArray();
        assertEquals(WellFormedUtf8Test.decodes(bytes), DocumentEncoding.wellFormed(bytes, 0));
    }

    @Provide
    Arbitrary<List<byte[]>> pieces() {
        Arbitrary<byte[]> character = Arbitraries.integers().between(0, 0x10FFFF)
                .filter(c -> c < 0xD800 || c > 0xDFFF)
                .map(c -> new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> ascii = Arbitraries.strings().ascii().ofMaxLength(20)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> stray = Arbitraries.integers().between(0x80, 0xFF).map(b -> new byte[] {(byte) (int) b});
        return Arbitraries.frequencyOf(Tuple.of(5, ascii), Tuple.of(5, character), Tuple.of(1, stray))
                .list().ofMaxSize(30);
    }
}
