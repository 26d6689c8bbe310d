package dev.bcfkit.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfException;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The reader's work grows linearly with each crafted pattern of the hostile-input issue: the
 * pattern is made 2,000, 4,000 and 8,000 times, and the work counted by {@link ReaderWork}
 * (entries read or skipped, key comparisons, pointer steps; never wall time) may grow at most
 * 2.2 times when the pattern doubles. A hash table keyed by colliding names, a pointer built per
 * entry from the document's start, or a rescan of a collection per entry would grow four times.
 */
class ReaderScalingTest {
    private static final double MOST_GROWTH_WHEN_DOUBLED = 2.2;
    private static final int[] SIZES = {2_000, 4_000, 8_000};

    @TestFactory
    Stream<DynamicTest> workGrowsLinearlyWithEachCraftedPattern() {
        return Stream.of(
                pattern("district names sharing one hash code", n -> CraftedCollections.districts(n, true), true),
                pattern("distinct district names", n -> CraftedCollections.districts(n, false), true),
                pattern("metric rows", n -> CraftedCollections.rows("metrics", n), true),
                pattern("national condition rows", n -> CraftedCollections.rows("nationalConditions", n), true),
                pattern("unknown properties with colliding names, lenient",
                        CraftedCollections::unknownProperties, false));
    }

    private static DynamicTest pattern(String name, IntFunction<byte[]> crafted, boolean strict) {
        return DynamicTest.dynamicTest(name, () -> {
            long[] work = new long[SIZES.length];
            for (int i = 0; i < SIZES.length; i++) {
                work[i] = work(crafted.apply(SIZES[i]), strict ? BcfJson.strict() : BcfJson.lenient());
                // Names that collide in Jackson's own symbol table are refused by it after some 1,000 to
                // 1,600 (its table is seeded at random per parser): then the counter sees those read before.
                assertTrue(work[i] >= Math.min(SIZES[i], 500), name + ": the counter sees the entries read ("
                        + work[i] + " units for " + SIZES[i] + ")");
            }
            for (int i = 1; i < SIZES.length; i++) {
                double growth = (double) work[i] / work[i - 1];
                assertTrue(growth <= MOST_GROWTH_WHEN_DOUBLED, name + ": work grew " + growth + " times from "
                        + SIZES[i - 1] + " to " + SIZES[i] + " (" + work[i - 1] + " to " + work[i] + " units)");
            }
        });
    }

    private static long work(byte[] document, BcfJson json) {
        ReaderWork.start();
        try {
            json.readDocument(document, "crafted.json");
        } catch (BcfException refused) {
            // refusing is the expected outcome of most patterns; the work is what is measured
        }
        return ReaderWork.units();
    }
}
