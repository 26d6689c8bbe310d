package dev.bcfkit.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.json.BcfParseException;
import dev.bcfkit.json.ReadResult;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The shape of a document read by the strict reader is judged once: the reader judges the model's
 * constraints as it builds the records, and says so ({@link ReadResult#shape()}); the validator,
 * told, does not judge them again. The report is the same as when Bean Validation judges every
 * constraint: the sample files with one text or one map key replaced by a text at the edges of the
 * model's limits (blank, 20, 50, 100, 200, 500 characters and one more, an ONS code and near
 * misses) give the same findings both ways, and a document whose shape the reader vouches for ({@code Shape#vouchesFor})
 * has no {@code SHAPE-VIOLATION} finding when Bean Validation judges it.
 */
class ShapeJudgedOnceProperties {
    private static final BcfJson JSON = BcfJson.strict();
    private static final BcfValidator VALIDATOR = BcfValidator.create();
    private static final List<List<String>> SAMPLES = samples();
    private static final Pattern TEXT_VALUE = Pattern.compile("^(\\s*\"[A-Za-z]+\": )\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"(,?)$");
    private static final Pattern KEY = Pattern.compile("^(\\s*)\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"(: .*)$");

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

    @Example
    void everySampleFileIsHeldByTheReaderAndHasNoShapeFinding() {
        for (List<String> lines : SAMPLES) {
            ReadResult<BcfDocument> read = JSON.readDocumentWithNotices(bytes(lines), "sample.json");
            assertTrue(read.shape().vouchesFor(read.value()), read.shape().toString());
            assertEquals(List.of(), VALIDATOR.validate(read.value()).findingsOf("SHAPE-VIOLATION"));
        }
    }

    @Property(tries = 300)
    void judgingOnceGivesTheReportOfJudgingTwice(@ForAll("edits") Edit edit) {
        List<String> lines = SAMPLES.get(edit.sample() % SAMPLES.size());
        List<Integer> editable = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if ((edit.key() ? KEY : TEXT_VALUE).matcher(lines.get(i)).matches()) {
                editable.add(i);
            }
        }
        int at = editable.get(edit.line() % editable.size());
        Matcher m = (edit.key() ? KEY : TEXT_VALUE).matcher(lines.get(at));
        assertTrue(m.matches());
        List<String> edited = new ArrayList<>(lines);
        edited.set(at, m.group(1) + "\"" + edit.text() + "\"" + m.group(2));
        ReadResult<BcfDocument> read;
        try {
            read = JSON.readDocumentWithNotices(bytes(edited), "edited.json");
        } catch (BcfParseException refused) {
            Statistics.label("outcome").collect("refused by the reader");
            return;
        }
        Report once = VALIDATOR.validate(read.value(), read.shape());
        Report twice = VALIDATOR.validate(read.value());
        List<Finding> shapeFindings = twice.findingsOf("SHAPE-VIOLATION");
        boolean held = read.shape().vouchesFor(read.value());
        Statistics.label("outcome").collect((held ? "HELD" : "UNJUDGED") + (shapeFindings.isEmpty() ? "" : ", shape findings"));
        assertEquals(twice, once);
        if (held) {
            assertEquals(List.of(), shapeFindings);
        }
    }

    @Provide
    Arbitrary<Edit> edits() {
        Arbitrary<String> texts = Arbitraries.oneOf(
                Arbitraries.of(0, 19, 20, 21, 49, 50, 51, 99, 100, 101, 199, 200, 201, 499, 500, 501)
                        .map("a"::repeat),
                Arbitraries.of("", " ", "  \\t", "E12345678", "E1234567", "E123456789", "e12345678", "X"));
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.frequency(Tuple.of(1, true), Tuple.of(4, false)),
                Arbitraries.integers().between(0, 10_000), texts).as(Edit::new);
    }

    private static byte[] bytes(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One text value or map key of a sample file, replaced. */
    record Edit(int sample, boolean key, int line, String text) {
    }
}
