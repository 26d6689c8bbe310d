package dev.bcfkit.testkit;

import dev.bcfkit.core.Money;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Amounts of money: whole pounds for the income and expenditure grids ("rounded to the nearest
 * whole number", {@code [002:1048]}) and pounds and pence for fees ({@code [004:178]}).
 */
final class Amounts {
    /** The largest value a 2016/17 numeric cell takes: "between 0 and 100,000,000" ({@code [002:1195]}). */
    static final long CELL_MAX = 100_000_000L;

    private Amounts() {
    }

    /**
     * @param min the smallest amount
     * @param max the largest amount
     * @return amounts from {@code min} to {@code max} with scale 0, 1 or 2; the bounds, zero and
     *     one penny (where in range) are edge cases; shrinks towards the bound nearest zero
     */
    static Arbitrary<Money> between(BigDecimal min, BigDecimal max) {
        Arbitrary<BigDecimal> pounds = Arbitraries.bigDecimals().between(min, max).ofScale(0);
        Arbitrary<BigDecimal> tenths = Arbitraries.bigDecimals().between(min, max).ofScale(1);
        Arbitrary<BigDecimal> pence = Arbitraries.bigDecimals().between(min, max).ofScale(2);
        BigDecimal penny = new BigDecimal("0.01");
        return Arbitraries.oneOf(pounds, tenths, pence).map(Money::of).edgeCases(config -> {
            config.add(Money.of(min), Money.of(max));
            if (min.signum() <= 0 && max.signum() >= 0) {
                config.add(Money.ZERO);
            }
            if (min.compareTo(penny) <= 0 && max.compareTo(penny) >= 0) {
                config.add(Money.of(penny));
            }
        });
    }

    /**
     * @param min the fewest pounds
     * @param max the most pounds
     * @return whole-pound amounts, shrinking towards {@code min}
     */
    static Arbitrary<Money> wholePounds(long min, long max) {
        return Arbitraries.longs().between(min, max).map(Money::pounds);
    }
}
