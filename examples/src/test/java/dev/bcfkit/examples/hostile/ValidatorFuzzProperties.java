package dev.bcfkit.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.json.BcfJson;
import dev.bcfkit.json.BcfParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
 * Fuzzing the validator with the real sample documents ({@code examples/data}) changed the way a
 * careless or hostile hand changes a file: a line deleted (a blank cell, or broken JSON), a digit
 * changed (another figure), a value replaced (a label of another list, a negative or enormous
 * amount, template syntax, a class name). Whatever comes in, the strict reader refuses it with a
 * {@link BcfParseException} or reads a document that writes back as it reads, and
 * {@code BcfValidator} judges every document it reads into a report in which no rule failed; never
 * another exception.
 */
class ValidatorFuzzProperties {
    /**
     * A hang detector, not a speed test: a try takes a few milliseconds; only a loop or a
     * backtracking regular expression comes near this bound.
     */
    private static final Duration HANG = Duration.ofSeconds(5);
    private static final BcfJson JSON = BcfJson.strict();
    private static final List<List<String>> SAMPLES = samples();
    private static final List<String> VALUES = List.of("null", "0", "-0", "-1", "0.01", "-13131049",
            "999999999999999.99", "2147483648", "\"\"", "\" \"", "\"Yes\"", "\"No\"", "\"No - In Progress\"",
            "\"TBC\"", "\"GREEN\"", "\"RED\"", "\"Mature\"", "\"Not yet established\"", "\"${1+1}\"", "\"#{1+1}\"",
            "\"{jakarta.validation.constraints.NotNull.message}\"", "\"java.lang.Runtime\"", "[]", "{}", "true",
            "\"2017/18\"", "\"Q4\"", "\"2018-03-31\"");

    private static List<List<String>> samples() {
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> {
                try {
                    return Files.readAllLines(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A change to one line of a pretty-printed document (one property or entry per line). */
    private record Edit(String kind, int line, int digit, String value) {
        List<String> apply(List<String> lines) {
            List<String> edited = new ArrayList<>(lines);
            int i = line % edited.size();
            String text = edited.get(i);
            switch (kind) {
                case "delete" -> edited.remove(i);
                case "digit" -> edited.set(i, text.replaceFirst("\\d", Integer.toString(digit)));
                case "value" -> edited.set(i, text.replaceFirst("(\": ).*?(,?)$", "$1" + value.replace("$", "\\$")
                        + "$2"));
                default -> throw new IllegalArgumentException(kind);
            }
            return edited;
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of("delete", "digit", "value"),
                Arbitraries.integers().between(0, 1 << 16), Arbitraries.integers().between(0, 9),
                Arbitraries.of(VALUES)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<Integer> sample() {
        return Arbitraries.integers().between(0, SAMPLES.size() - 1);
    }

    @Property(tries = 2500, shrinking = ShrinkingMode.BOUNDED, generation = GenerationMode.RANDOMIZED)
    void editedSamplesAreRefusedOrJudgedAndNothingElse(@ForAll("sample") int sample,
            @ForAll("edits") List<Edit> edits) {
        List<String> lines = SAMPLES.get(sample);
        for (Edit e : edits) {
            lines = e.apply(lines);
        }
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        String outcome = assertTimeoutPreemptively(HANG, () -> judge(bytes));
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(c -> c.check("judged").percentage(p -> p > 20));
    }

    private static String judge(byte[] bytes) {
        Object document;
        try {
            document = JSON.readDocument(bytes, "edited.json");
        } catch (BcfParseException e) {
            assertNull(e.getCause());
            assertTrue(e.getMessage().startsWith("edited.json: "), e.getMessage());
            assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
            return "refused";
        }
        assertEquals(document, JSON.readDocument(JSON.write(document), "written.json"), "writes back as it reads");
        Validation.validate(document);
        return "judged";
    }
}
