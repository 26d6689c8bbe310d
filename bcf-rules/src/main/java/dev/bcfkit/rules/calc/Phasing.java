package dev.bcfkit.rules.calc;

import com.google.common.collect.ImmutableList;
import dev.bcfkit.core.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Splits an annual amount into equal parts, as Southend phased its 2016/17 pooled fund into
 * quarters: £13,131,049 became £3,282,763 + 3 x £3,282,762 ({@code [002:1022]},
 * {@code [002:2002]}). <b>Decision (quarterly phasing, ours)</b>: the remainder units go to
 * the earliest parts, one each.
 */
public final class Phasing {
    /** The most parts an amount may be split into. */
    public static final int MAX_PARTS = 1000;

    /**
     * The unit the parts are whole numbers of: pounds, as in the income and expenditure grids
     * ("rounded to the nearest whole number", {@code [002:1048]}), or pence, as in the fee table
     * ({@code [004:178]}).
     */
    public enum Unit {
        /** Whole pounds (scale 0). */
        POUND(0),
        /** Whole pence (scale 2). */
        PENNY(2);

        private final int scale;

        Unit(int scale) {
            this.scale = scale;
        }

        /** @return the number of decimal places of an amount in this unit: 0 for pounds, 2 for pence */
        public int scale() {
            return scale;
        }
    }

    private Phasing() {
    }

    /**
     * Splits an amount into {@code parts} whole units that differ by at most one unit, the
     * larger ones first, and that add up to the amount exactly: 13,131,049 into 4 gives
     * 3,282,763 + 3,282,762 + 3,282,762 + 3,282,762 ({@code [002:1022]}).
     * A negative amount is split by its magnitude and every part keeps the sign, so the
     * earliest parts are the largest in magnitude.
     *
     * @param total the annual amount; must be a whole number of {@code unit}
     * @param parts how many parts, 1 to {@value #MAX_PARTS}
     * @param unit whole pounds or whole pence
     * @return the parts in order, each at the unit's scale
     * @throws CalculationException if an input is null, {@code parts} is out of range, or the total
     *     has a fraction of a unit (such as £10.50 in pounds)
     */
    public static ImmutableList<Money> split(Money total, int parts, Unit unit) {
        Inputs.present("total", total);
        Inputs.present("unit", unit);
        if (parts < 1 || parts > MAX_PARTS) {
            throw new CalculationException("parts: expected 1 to " + MAX_PARTS + ", found " + parts);
        }
        BigDecimal amount = total.amount();
        BigDecimal scaled = amount.abs().movePointRight(unit.scale());
        if (scaled.signum() != 0 && scaled.stripTrailingZeros().scale() > 0) {
            throw new CalculationException("total: expected a whole number of "
                    + (unit == Unit.POUND ? "pounds" : "pence") + " to split, found " + total.format());
        }
        BigInteger units = scaled.setScale(0, RoundingMode.UNNECESSARY).toBigIntegerExact();
        BigInteger[] qr = units.divideAndRemainder(BigInteger.valueOf(parts));
        int larger = qr[1].intValueExact();
        ImmutableList.Builder<Money> result = ImmutableList.builderWithExpectedSize(parts);
        for (int i = 0; i < parts; i++) {
            BigInteger part = i < larger ? qr[0].add(BigInteger.ONE) : qr[0];
            BigDecimal value = new BigDecimal(part, unit.scale());
            result.add(Money.of(amount.signum() < 0 ? value.negate() : value));
        }
        return result.build();
    }
}
