package dev.bcfkit.json.hostile;

import static dev.bcfkit.json.hostile.ReaderContract.LENIENT;
import static dev.bcfkit.json.hostile.ReaderContract.STRICT;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bcfkit.json.BcfParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing the shape of the sample documents rather than their bytes: lists made shorter or longer
 * (up to 300 entries, past every entry limit), map keys and property names renamed to hostile text
 * (names sharing one {@code String.hashCode}, blank, control characters, template syntax, a
 * 300-character name), and up to 300 keys added to an object. Whatever the shape, the readers give
 * a document that writes back as it reads or a {@link BcfParseException} that says where, and a
 * document with a list or object of more than 200 entries (more than any limit allows, and more
 * than any record has properties) is always refused by the strict reader (the lenient one skips
 * unknown properties, however many). 300 tries a build.
 */
class CollectionFuzzProperties {
    /** A hang detector, not a speed test. */
    private static final Duration HANG = Duration.ofSeconds(5);
    /** More entries than any collection's limit (the largest is 200) and any record's properties. */
    private static final int MORE_THAN_ANY_LIMIT = 200;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<JsonNode> SAMPLES = samples();
    private static final List<String> HOSTILE_KEYS = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "", " ",
            "\u0000", "\u202e", "${1+1}", "{jakarta.validation.constraints.NotNull.message}", "@class", "2017/18",
            "2017-18", "Q5", "2017/18 Q2", "Social Care", "x".repeat(300), "\ud83d\ude00");

    private static List<JsonNode> samples() {
        return SampleTexts.all().stream().map(text -> {
            try {
                return MAPPER.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** One change to the shape of a document, applied to its {@code at}-th list or object (modulo their number). */
    sealed interface Reshape {
        /** @param root the document, changed in place */
        void apply(JsonNode root);
    }

    /** Cuts a list to {@code length} entries or repeats its entries up to it. */
    record Resize(int at, int length) implements Reshape {
        @Override
        public void apply(JsonNode root) {
            List<ArrayNode> lists = containers(root, ArrayNode.class);
            if (lists.isEmpty()) {
                return;
            }
            ArrayNode list = lists.get(at % lists.size());
            List<JsonNode> entries = new ArrayList<>();
            list.forEach(entries::add);
            list.removeAll();
            for (int i = 0; i < length && !entries.isEmpty(); i++) {
                list.add(entries.get(i % entries.size()).deepCopy());
            }
        }
    }

    /** Renames one key of an object to hostile text. */
    record Rename(int at, int entry, String key) implements Reshape {
        @Override
        public void apply(JsonNode root) {
            List<ObjectNode> objects = containers(root, ObjectNode.class);
            ObjectNode object = objects.get(at % objects.size());
            if (object.isEmpty()) {
                return;
            }
            Map<String, JsonNode> renamed = new LinkedHashMap<>();
            int i = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); i++) {
                Map.Entry<String, JsonNode> e = it.next();
                renamed.put(i == entry % object.size() ? key : e.getKey(), e.getValue());
            }
            object.removeAll();
            object.setAll(renamed);
        }
    }

    /** Adds {@code count} keys to an object, named with colliding hash codes or plainly, each with a copy of its first value. */
    record AddKeys(int at, int count, boolean colliding) implements Reshape {
        @Override
        public void apply(JsonNode root) {
            List<ObjectNode> objects = containers(root, ObjectNode.class);
            ObjectNode object = objects.get(at % objects.size());
            JsonNode value = object.isEmpty() ? MAPPER.getNodeFactory().numberNode(1)
                    : object.elements().next().deepCopy();
            for (int i = 0; i < count; i++) {
                StringBuilder name = new StringBuilder();
                for (int bit = 9; bit >= 0; bit--) {
                    name.append(colliding ? ((i >> bit & 1) == 0 ? "Aa" : "BB") : String.valueOf(i >> bit & 1));
                }
                object.set(name.toString(), value.deepCopy());
            }
        }
    }

    private static <N extends JsonNode> List<N> containers(JsonNode root, Class<N> type) {
        List<N> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <N extends JsonNode> void collect(JsonNode node, Class<N> type, List<N> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        node.forEach(child -> collect(child, type, found));
    }

    private static boolean hasMoreEntriesThanAnyLimit(JsonNode node) {
        if (node.size() > MORE_THAN_ANY_LIMIT) {
            return true;
        }
        for (JsonNode child : node) {
            if (hasMoreEntriesThanAnyLimit(child)) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED, generation = GenerationMode.RANDOMIZED)
    void reshapedSamplesAreReadOrRefusedAndCollectionsBeyondEveryLimitAreRefused(@ForAll("sample") int sample,
            @ForAll("reshapes") List<Reshape> reshapes) throws IOException {
        JsonNode root = SAMPLES.get(sample).deepCopy();
        for (Reshape r : reshapes) {
            r.apply(root);
        }
        byte[] bytes = MAPPER.writeValueAsBytes(root);
        Object[] outcomes = assertTimeoutPreemptively(HANG, () -> new Object[] {
            ReaderContract.readOrRefuse(STRICT, bytes, "reshaped.json"),
            ReaderContract.readOrRefuse(LENIENT, bytes, "reshaped.json")});
        if (hasMoreEntriesThanAnyLimit(root)) {
            // the lenient reader skips unknown properties, however many; the strict one refuses them
            assertInstanceOf(BcfParseException.class, outcomes[0], "strict");
        }
        Statistics.label("strict reader").collect(outcomes[0] instanceof BcfParseException ? "refused" : "read");
    }

    @Provide
    Arbitrary<Integer> sample() {
        return Arbitraries.integers().between(0, SAMPLES.size() - 1);
    }

    @Provide
    Arbitrary<List<Reshape>> reshapes() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 1 << 16);
        Arbitrary<Reshape> reshape = Arbitraries.oneOf(
                Combinators.combine(at, Arbitraries.integers().between(0, 300)).as(Resize::new),
                Combinators.combine(at, at, Arbitraries.of(HOSTILE_KEYS)).as(Rename::new),
                Combinators.combine(at, Arbitraries.integers().between(1, 300), Arbitraries.of(true, false))
                        .as(AddKeys::new));
        return reshape.list().ofMinSize(1).ofMaxSize(3);
    }
}
