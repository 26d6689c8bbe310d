package dev.bcfkit.rules.engine;

import com.google.common.collect.Range;
import java.math.BigDecimal;

/**
 * The ranges a template allows in its numeric cells, as {@link Range}s so that a rule states the
 * range it checks instead of spelling out its two comparisons. Both are closed: the papers'
 * "between 0 and 100,000,000" includes its ends, and a percentage of 0 or 100 is a real answer.
 */
public final class CellRange {
    /**
     * "Throughout this template cells requiring a numerical input are restricted to values between
     * 0 and 100,000,000." ({@code [002:1195]}), inclusive.
     */
    public static final Range<BigDecimal> NUMERIC_INPUT = Range.closed(BigDecimal.ZERO, new BigDecimal("100000000"));

    /** A percentage of a whole, such as the share of personal health budgets in receipt of NHS Continuing Healthcare: 0 to 100. */
    public static final Range<BigDecimal> PERCENTAGE = Range.closed(BigDecimal.ZERO, BigDecimal.valueOf(100));

    private CellRange() {
    }

    /**
     * @param range a range
     * @param value a cell's value, or null for a blank cell
     * @return whether the cell is entered and its value is outside the range (a blank cell is
     *     not judged here: blanks are incompleteness, reported elsewhere)
     */
    public static boolean outside(Range<BigDecimal> range, BigDecimal value) {
        return value != null && !range.contains(value);
    }
}
