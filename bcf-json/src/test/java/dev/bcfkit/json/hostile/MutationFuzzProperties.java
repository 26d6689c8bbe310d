package dev.bcfkit.json.hostile;

import static dev.bcfkit.json.hostile.ReaderContract.LENIENT;
import static dev.bcfkit.json.hostile.ReaderContract.STRICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bcfkit.json.BcfParseException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing the readers with mutations of the real sample documents ({@code examples/data}: the
 * Southend, Nottinghamshire and Dorset returns, the 2014 plan, the 2017-19 pooled budgets), with
 * splices of two samples, with random bytes and with random soups of JSON tokens. Whatever the
 * bytes, the strict and the lenient reader give a {@link BcfParseException} that says where, or a
 * document that writes back as it reads (see {@link ReaderContract}); never another exception.
 * 10,000 tries in all; the validator's side is fuzzed in the examples module.
 */
class MutationFuzzProperties {
    /**
     * A hang detector, not a speed test: a try takes about a millisecond; only a reader that loops
     * or backtracks comes near this bound.
     */
    private static final Duration HANG = Duration.ofSeconds(5);
    private static final String SOURCE = "fuzz.json";
    private static final List<byte[]> SAMPLES = samples();

    private static List<byte[]> samples() {
        return SampleTexts.all().stream().map(text -> text.getBytes(StandardCharsets.UTF_8)).toList();
    }

    private static void readOrRefuse(byte[] bytes) {
        Object[] outcomes = assertTimeoutPreemptively(HANG, () -> new Object[] {
            ReaderContract.readOrRefuse(STRICT, bytes, SOURCE), ReaderContract.readOrRefuse(LENIENT, bytes, SOURCE)});
        Object strict = outcomes[0];
        if (!(strict instanceof BcfParseException)) {
            assertEquals(strict, outcomes[1], "the lenient reader reads what the strict one reads, the same");
        }
        Statistics.label("strict reader").collect(strict instanceof BcfParseException ? "refused" : "read");
    }

    @Property(tries = 4000, shrinking = ShrinkingMode.BOUNDED, generation = GenerationMode.RANDOMIZED)
    void mutatedSamplesAreReadOrRefusedAndNothingElse(@ForAll("sample") int sample,
            @ForAll("mutations") List<Mutation> mutations) {
        byte[] bytes = SAMPLES.get(sample);
        for (Mutation m : mutations) {
            bytes = m.apply(bytes);
        }
        readOrRefuse(bytes);
    }

    @Property(tries = 3000, shrinking = ShrinkingMode.BOUNDED, generation = GenerationMode.RANDOMIZED)
    void splicesOfTwoSamplesAreReadOrRefusedAndNothingElse(@ForAll("sample") int first, @ForAll("sample") int second,
            @ForAll @IntRange(max = 1 << 20) int cut, @ForAll @IntRange(max = 1 << 20) int resume) {
        byte[] a = SAMPLES.get(first);
        byte[] b = SAMPLES.get(second);
        int from = cut % (a.length + 1);
        int to = resume % (b.length + 1);
        byte[] spliced = Arrays.copyOf(a, from + b.length - to);
        System.arraycopy(b, to, spliced, from, b.length - to);
        readOrRefuse(spliced);
    }

    @Property(tries = 1500, shrinking = ShrinkingMode.BOUNDED, generation = GenerationMode.RANDOMIZED)
    void randomBytesAreRefused(@ForAll("bytes") byte[] bytes) {
        readOrRefuse(bytes);
    }

    @Property(tries = 1500, shrinking = ShrinkingMode.BOUNDED, generation = GenerationMode.RANDOMIZED)
    void soupsOfJsonTokensAreReadOrRefusedAndNothingElse(@ForAll("soup") String soup) {
        readOrRefuse(soup.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<Integer> sample() {
        return Arbitraries.integers().between(0, SAMPLES.size() - 1);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutation.any().list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(Mutation.TOKENS), Arbitraries.of("\"format\"",
                "\"bcfkit/quarterly-return/1\"", "\"bcfkit/plan/1\"", "\"bcfkit/pooled-budget/1\"", "\"period\"",
                "\"year\"", "\"2017/18\"", "\"quarter\"", "\"Q2\"", "\"cover\"", "\"contributions\"", "[]", "{}", "0",
                "13131049", "20.00", " ", "\n"));
        Arbitrary<String> body = token.list().ofMaxSize(40).map(tokens -> String.join("", tokens));
        return Arbitraries.oneOf(body, body.map(b -> "{\"format\": \"bcfkit/pooled-budget/1\", " + b),
                body.map(b -> "{\"format\": \"bcfkit/quarterly-return/1\", \"period\": {\"year\": \"2017/18\","
                        + " \"quarter\": \"Q2\"}, " + b));
    }
}
