package dev.bcfkit.rules.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The template's numeric range, "between 0 and 100,000,000" ({@code [002:1195]}), includes both
 * ends; a blank cell is not judged.
 */
class CellRangeTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void theNumericInputRangeIncludesBothEnds() {
        assertFalse(CellRange.outside(CellRange.NUMERIC_INPUT, d("0")));
        assertFalse(CellRange.outside(CellRange.NUMERIC_INPUT, d("100000000.00")));
        // Southend's pooled fund, [002:1022]
        assertFalse(CellRange.outside(CellRange.NUMERIC_INPUT, d("13131049")));
        assertTrue(CellRange.outside(CellRange.NUMERIC_INPUT, d("-0.01")));
        assertTrue(CellRange.outside(CellRange.NUMERIC_INPUT, d("100000000.01")));
    }

    @Test
    void aPercentageRunsFromZeroToAHundred() {
        assertFalse(CellRange.outside(CellRange.PERCENTAGE, d("0")));
        assertFalse(CellRange.outside(CellRange.PERCENTAGE, d("100.0")));
        assertTrue(CellRange.outside(CellRange.PERCENTAGE, d("100.5")));
        assertTrue(CellRange.outside(CellRange.PERCENTAGE, d("-1")));
        // a hostile exponent is compared, never expanded
        assertTrue(CellRange.outside(CellRange.PERCENTAGE, d("1E+999999999")));
    }

    @Test
    void aBlankCellIsNotJudged() {
        assertFalse(CellRange.outside(CellRange.NUMERIC_INPUT, null));
        assertFalse(CellRange.outside(CellRange.PERCENTAGE, null));
    }

    @Property
    void aWholeNumberIsOutsideExactlyWhenBelowZeroOrAboveAHundredMillion(
            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long n) {
        boolean expected = n < 0 || n > 100_000_000L;
        if (expected != CellRange.outside(CellRange.NUMERIC_INPUT, BigDecimal.valueOf(n))) {
            throw new AssertionError(n + ": expected outside=" + expected);
        }
    }
}
