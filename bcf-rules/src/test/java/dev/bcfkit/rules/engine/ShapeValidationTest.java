package dev.bcfkit.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How shape violations read: the invalid value described, never interpolated (a text quoted and
 * abbreviated, a list or map by its size, anything else as text), findings in document order and
 * then by message, and a document whose shape cannot be checked reported rather than thrown.
 */
class ShapeValidationTest {

    /** A document of the test's own, with constraints on every kind of value. */
    record Sheet(@Size(max = 1) List<String> rows, @Size(max = 0) Map<String, String> notes,
            @PositiveOrZero long count, @NotNull String title) {
    }

    /** A document whose accessor fails while it is validated. */
    static final class Exploding {
        @NotNull
        public String getName() {
            throw new IllegalStateException("no name today");
        }
    }

    /** A row of a register. */
    record Row(@NotNull String name) {
    }

    /** A register whose rows are listed and also kept by a key, in the order they were added. */
    record Register(List<@Valid Row> rows, Map<String, @Valid Row> byKey) {
    }

    /** A record with a constraint on a bean getter as well as on its one component. */
    record Tagged(@NotNull String zulu) {
        @NotNull
        public String getAlpha() {
            return null;
        }
    }

    /** A record whose components' names run against their declaration order. */
    record Pair(@NotNull String zulu, @NotNull String alpha) {
    }

    /** Pairs kept by a key. */
    record Pairs(Map<String, @Valid Pair> byKey) {
    }

    /** A record with a bean getter whose constraint's message sorts before its component's. */
    record Labelled(@NotNull String zulu) {
        @NotBlank
        public String getAlpha() {
            return "";
        }
    }

    /** A list that is too long and holds a blank entry. */
    record Box(@Size(max = 1) List<@NotNull String> rows) {
    }

    private static List<String> lines(Object document) {
        return ShapeValidation.check(document).stream().map(f -> f.path() + ": " + f.message()).toList();
    }

    @Test
    void listsAndMapsAreDescribedByTheirSize() {
        assertEquals(List.of(
                "/rows: size must be between 0 and 1 (@Size), found a list of 2 entries",
                "/notes: size must be between 0 and 0 (@Size), found a map of 1 entry",
                "/count: must be greater than or equal to 0 (@PositiveOrZero), found -3",
                "/title: must not be null (@NotNull), found null"),
                lines(new Sheet(List.of("a", "b"), Map.of("k", "v"), -3, null)));
        assertEquals(List.of("/notes: size must be between 0 and 0 (@Size), found a map of 2 entries",
                "/count: must be greater than or equal to 0 (@PositiveOrZero), found -1"),
                lines(new Sheet(List.of("a"), Map.of("k", "v", "l", "w"), -1, "t")));
    }

    @Test
    void aListOfOneEntryIsSingular() {
        record Empty(@Size(min = 2) List<String> rows) {
        }
        assertEquals(List.of("/rows: size must be between 2 and 2147483647 (@Size), found a list of 1 entry"),
                lines(new Empty(List.of("a"))));
    }

    @Test
    void violationsOfOneValueAreOrderedByMessage() {
        record Named(@NotBlank @Size(min = 3) @Pattern(regexp = "[a-z]+") @Email String name) {
        }
        assertEquals(List.of("/name: must be a well-formed email address (@Email), found \" \"",
                "/name: must match \"[a-z]+\" (@Pattern), found \" \"",
                "/name: must not be blank (@NotBlank), found \" \"",
                "/name: size must be between 3 and 2147483647 (@Size), found \" \""), lines(new Named(" ")));
    }

    @Test
    void aDocumentThatCannotBeCheckedIsOneFindingNotAnException() {
        List<Finding> findings = ShapeValidation.check(new Exploding());
        assertEquals(1, findings.size(), findings::toString);
        Finding f = findings.get(0);
        assertEquals(ShapeValidation.RULE_ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("", f.path());
        assertEquals(ShapeValidation.SOURCE, f.source());
        assertTrue(f.message().startsWith("the document's shape could not be checked: ValidationException "),
                f.message());
    }

    @Test
    void listEntriesAreInIndexOrderNotTextOrder() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(new Row(i == 2 || i == 10 ? null : "row " + i));
        }
        assertEquals(List.of("/rows/2/name: must not be null (@NotNull), found null",
                "/rows/10/name: must not be null (@NotNull), found null"), lines(new Register(rows, Map.of())));
    }

    @Test
    void mapEntriesAreInTheMapsOwnOrderNotTextOrder() {
        Map<String, Row> byKey = new LinkedHashMap<>();
        byKey.put("zeta", new Row(null));
        byKey.put("mu", new Row("fine"));
        byKey.put("alpha", new Row(null));
        assertEquals(List.of("/byKey/zeta/name: must not be null (@NotNull), found null",
                "/byKey/alpha/name: must not be null (@NotNull), found null"), lines(new Register(List.of(), byKey)));
    }

    @Test
    void recordComponentsComeInDeclarationOrderBeforeAnythingElse() {
        assertEquals(List.of("/zulu: must not be null (@NotNull), found null",
                "/alpha: must not be null (@NotNull), found null"), lines(new Tagged(null)));
    }

    @Test
    void componentsOfAMapsValueAreInDeclarationOrder() {
        assertEquals(List.of("/byKey/k/zulu: must not be null (@NotNull), found null",
                "/byKey/k/alpha: must not be null (@NotNull), found null"),
                lines(new Pairs(Map.of("k", new Pair(null, null)))));
    }

    @Test
    void aComponentComesBeforeAGetterWhateverTheMessages() {
        assertEquals(List.of("/zulu: must not be null (@NotNull), found null",
                "/alpha: must not be blank (@NotBlank), found \"\""), lines(new Labelled(null)));
    }

    @Test
    void aListsOwnFindingComesBeforeThoseOfItsEntries() {
        assertEquals(List.of("/rows: size must be between 0 and 1 (@Size), found a list of 2 entries",
                "/rows/0: must not be null (@NotNull), found null"),
                lines(new Box(java.util.Arrays.asList(null, "b"))));
    }
}
