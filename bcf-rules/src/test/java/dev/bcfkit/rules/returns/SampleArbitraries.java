package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.QuarterlyReturn;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Small jqwik arbitraries for the rule properties: the complete samples, and blank cells.
 */
public final class SampleArbitraries {
    private SampleArbitraries() {
    }

    /** @return any complete sample return: 2016/17 Q1-Q4, 2017/18 Q2, 2018/19 Q2 */
    public static Arbitrary<QuarterlyReturn> samples() {
        return Arbitraries.of(ReturnSamples.all());
    }

    /** @return any complete 2016/17 sample return */
    public static Arbitrary<QuarterlyReturn> samples2016() {
        return Arbitraries.of(Quarter.class).map(ReturnSamples::complete2016);
    }

    /** @return any complete 2017-19 sample return */
    public static Arbitrary<QuarterlyReturn> samples2017To19() {
        return Arbitraries.of(ReturnSamples.complete2017(), ReturnSamples.complete2018());
    }

    /** @return a blank cell: null, empty or white space only */
    public static Arbitrary<String> blank() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.strings().withChars(" \t\n\r").ofMaxLength(5));
    }

    /** @return a filled-in text cell: at least one letter */
    public static Arbitrary<String> filled() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30);
    }
}
