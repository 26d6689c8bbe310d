package dev.bcfkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The benchmark fixture is reproducible: the same seed gives the same bytes, every time. */
class NationalQuarterTest {

    @Test
    void theSameSeedGivesTheSameBytes() {
        NationalQuarter first = NationalQuarter.generate(NationalQuarter.SEED);
        NationalQuarter second = NationalQuarter.generate(NationalQuarter.SEED);
        assertEquals(NationalQuarter.BOARDS, first.bytes().size());
        for (int i = 0; i < NationalQuarter.BOARDS; i++) {
            assertArrayEquals(first.bytes().get(i), second.bytes().get(i), "return " + i);
        }
        assertEquals(first.returns(), second.returns());
    }

    @Test
    void anotherSeedGivesOtherReturns() {
        NationalQuarter fixture = NationalQuarter.generate(NationalQuarter.SEED);
        NationalQuarter other = NationalQuarter.generate(NationalQuarter.SEED + 1);
        assertFalse(Arrays.equals(fixture.bytes().get(0), other.bytes().get(0)));
    }

    @Test
    void theQuarterMixesEveryReturnEditionAndTheBytesAreThoseOfTheReturns() {
        NationalQuarter quarter = NationalQuarter.generate(NationalQuarter.SEED);
        Set<Edition> editions = quarter.returns().stream().map(QuarterlyReturn::edition)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Edition.class)));
        assertEquals(EnumSet.of(Edition.QUARTERLY_2016_17, Edition.QUARTERLY_2017_18, Edition.QUARTERLY_2018_19),
                editions);
        assertEquals(12, quarter.returns().stream().map(QuarterlyReturn::period).distinct().count());
        for (int i = 0; i < NationalQuarter.BOARDS; i++) {
            assertEquals(quarter.returns().get(i),
                    BcfJson.strict().read(quarter.bytes().get(i), QuarterlyReturn.class), "return " + i);
        }
    }
}
