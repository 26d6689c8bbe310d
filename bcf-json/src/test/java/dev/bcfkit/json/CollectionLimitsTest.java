package dev.bcfkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.returns.QuarterlyReturn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The entries of each list and map are bounded ({@link Limits#ENTRIES}): a collection with more is
 * refused at its own pointer with its count and the limit, and a collection at the limit is read.
 * The crafted case of the issue: 20,000 district councils whose names share one
 * {@code String.hashCode} (1.1 MB), which a hash table keyed by the names would take quadratic time
 * over, are refused at the 51st.
 */
class CollectionLimitsTest {
    /** A hang detector, not a speed test: refusing the crafted file takes a fraction of a second. */
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final BcfJson STRICT = BcfJson.strict();

    @Test
    void districtNamesThatShareOneHashCodeAreRefusedWithTheirCountAndTheLimit() {
        int n = 20_000;
        int hash = CraftedCollections.collidingName(0, 20).hashCode();
        assertTrue(IntStream.of(1, 777, n - 1).allMatch(i -> CraftedCollections.collidingName(i, 20).hashCode() == hash),
                "the crafted names collide");
        byte[] crafted = CraftedCollections.districts(n, true);
        assertTrue(crafted.length > 1_000_000, "about 1 MB: " + crafted.length);
        BcfParseException e = assertTimeoutPreemptively(HANG,
                () -> assertThrows(BcfParseException.class, () -> STRICT.readDocument(crafted, "districts.json")));
        assertEquals(CraftedCollections.DISTRICTS, e.pointer());
        // Refused at the 51st name; the rest is counted until Jackson's symbol table, too, refuses
        // names that collide in its own hash.
        assertTrue(e.problem().matches("the map has at least \\d+ entries, more than the reader allows here \\(at most"
                + " 50\\)"), e.problem());
        String text = new String(crafted, StandardCharsets.UTF_8);
        assertEquals(text.lines().toList().indexOf(text.lines().filter(l -> l.contains("\"passedToDistricts\""))
                .findFirst().orElseThrow()) + 1, e.line(), "the line where the map starts");
    }

    @Test
    void aGrantPassedToAsManyDistrictsAsTheLimitIsRead() {
        int most = Limits.maxEntries(dev.bcfkit.core.funding.DisabledFacilitiesGrant.class, "passedToDistricts");
        assertEquals(50, most);
        PooledBudget read = (PooledBudget) STRICT.readDocument(CraftedCollections.districts(most, true), "50.json");
        assertEquals(most, read.disabledFacilitiesGrants().get(0).passedToDistricts().size());
        BcfParseException e = assertThrows(BcfParseException.class,
                () -> STRICT.readDocument(CraftedCollections.districts(most + 1, false), "51.json"));
        assertEquals("the map has 51 entries, more than the reader allows here (at most 50)", e.problem());
    }

    @Test
    void aListWithMoreRowsThanItsLimitIsRefusedAtTheList() {
        QuarterlyReturn fifty = (QuarterlyReturn) STRICT.readDocument(CraftedCollections.rows("metrics", 50), "m.json");
        assertEquals(50, fifty.metrics().size());
        BcfParseException e = assertThrows(BcfParseException.class,
                () -> STRICT.readDocument(CraftedCollections.rows("metrics", 5_000), "m.json"));
        assertEquals("/metrics", e.pointer());
        assertEquals("the list has 5000 entries, more than the reader allows here (at most 50)", e.problem());
        assertEquals(123, e.line(), "the line of the list's \"[\" in the sample");
        BcfParseException conditions = assertThrows(BcfParseException.class,
                () -> STRICT.read(CraftedCollections.rows("nationalConditions", 51), "c.json", QuarterlyReturn.class));
        assertEquals("/nationalConditions", conditions.pointer());
        assertTrue(conditions.problem().startsWith("the list has 51 entries"), conditions.problem());
    }

    @Test
    void everyLimitNamesAListOrMapOfTheModel() {
        List<String> collections = collectionComponents();
        for (Map.Entry<String, Integer> limit : Limits.ENTRIES.entrySet()) {
            assertTrue(collections.contains(limit.getKey()), limit.getKey() + " is no list or map of the model");
            assertTrue(limit.getValue() >= 10 && limit.getValue() <= Limits.DEFAULT_MAX_ENTRIES * 2, limit.toString());
        }
    }

    @Test
    void everyListAndEveryMapNotKeyedByAClosedListHasALimitOfItsOwn() {
        for (Class<?> type : ModelTypes.all()) {
            if (!type.isRecord()) {
                continue;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                boolean list = List.class.isAssignableFrom(c.getType());
                boolean map = Map.class.isAssignableFrom(c.getType());
                boolean enumKeyed = map && c.getGenericType() instanceof ParameterizedType generic
                        && generic.getActualTypeArguments()[0] instanceof Class<?> key && key.isEnum();
                if (list || map && !enumKeyed) {
                    String name = type.getSimpleName() + "." + c.getName();
                    assertTrue(Limits.ENTRIES.containsKey(name), name + " has no limit of its own in Limits.ENTRIES");
                }
            }
        }
    }

    @Test
    void theSchemasSayTheSameLimitsAsTheReader() throws IOException {
        // schema = reader: a document the schema accepts is not refused for its length, and a
        // schema-driven form or import stops where the reader would
        Set<String> judged = new TreeSet<>();
        for (DocumentFormat format : DocumentFormat.values()) {
            JsonNode schema;
            try (InputStream in = DocumentFormat.class.getResourceAsStream(format.schemaResource())) {
                schema = new ObjectMapper().readTree(in);
            }
            for (Class<?> type : ModelTypes.all()) {
                JsonNode record = type == format.documentType() ? schema : schema.path("$defs").path(definitionName(type));
                if (!type.isRecord() || record.isMissingNode()) {
                    continue;
                }
                for (RecordComponent c : type.getRecordComponents()) {
                    boolean list = List.class.isAssignableFrom(c.getType());
                    if (!list && !Map.class.isAssignableFrom(c.getType())) {
                        continue;
                    }
                    JsonNode property = record.path("properties").path(c.getName());
                    String keyword = list ? "maxItems" : "maxProperties";
                    String name = type.getSimpleName() + "." + c.getName();
                    assertEquals(Limits.maxEntries(type, c.getName()), property.path(keyword).asInt(-1),
                            format.schemaFileName() + ": " + name + " " + keyword + " in " + property);
                    judged.add(name);
                }
            }
        }
        assertEquals(new TreeSet<>(collectionComponents()), judged, "every list and map of the model is in a schema");
    }

    private static String definitionName(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        return enclosing == null ? type.getSimpleName() : definitionName(enclosing) + "." + type.getSimpleName();
    }

    private static List<String> collectionComponents() {
        List<String> names = new ArrayList<>();
        for (Class<?> type : ModelTypes.all()) {
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    if (List.class.isAssignableFrom(c.getType()) || Map.class.isAssignableFrom(c.getType())) {
                        names.add(type.getSimpleName() + "." + c.getName());
                    }
                }
            }
        }
        return names;
    }
}
