package dev.bcfkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Comparisons, bounds and hashing of money at their edges. */
class MoneyComparisonTest {

    @Test
    void equalAmountsAreNeitherLessNorGreater() {
        Money a = Money.pounds(560_287);
        Money b = Money.of(new BigDecimal("560287.00"));
        assertFalse(a.isLessThan(b));
        assertFalse(a.isGreaterThan(b));
        assertTrue(a.isLessThan(Money.pounds(560_288)));
        assertFalse(Money.pounds(560_288).isLessThan(a));
        assertTrue(Money.pounds(560_288).isGreaterThan(a));
        assertFalse(a.isGreaterThan(Money.pounds(560_288)));
    }

    @Test
    void absOfZeroAndPositiveIsItself() {
        assertEquals(Money.ZERO, Money.ZERO.abs());
        assertEquals(Money.pounds(7), Money.pounds(7).abs());
        assertEquals(Money.pounds(7), Money.pounds(-7).negate());
    }

    @Test
    void differentAmountsHashDifferently() {
        assertNotEquals(Money.pounds(1).hashCode(), Money.pounds(2).hashCode());
        assertNotEquals(Money.pounds(-1).hashCode(), Money.ZERO.hashCode());
    }

    @Test
    void theBoundsAreInclusive() {
        assertEquals(2, Money.of(new BigDecimal("0.01")).amount().scale());
        assertEquals(0, Money.of(new BigDecimal("1")).amount().scale());
        assertEquals(15, Money.of(new BigDecimal("999999999999999")).amount().precision());
        assertEquals(Money.of(new BigDecimal("999999999999999.99")),
                Money.parse("999999999999999.99"));
        assertThrows(BcfException.class, () -> Money.parse("1000000000000000.00"));
        assertThrows(BcfException.class, () -> Money.parse(""));
        assertThrows(BcfException.class, () -> Money.parse(null));
    }

    @Test
    void timesRefusesAScaleFinerThanPence() {
        BcfException e = assertThrows(BcfException.class,
                () -> Money.pounds(1).times(BigDecimal.TEN, 3, RoundingMode.HALF_UP));
        assertEquals("scale: expected 0 (pounds) to 2 (pence), found 3", e.getMessage());
        assertThrows(BcfException.class, () -> Money.pounds(1).times(BigDecimal.TEN, -1, RoundingMode.HALF_UP));
    }

    @Test
    void formatsLargeAmountsWithThousandsSeparators() {
        assertEquals("£1,234,567.89", Money.of(new BigDecimal("1234567.89")).format());
        assertEquals("£0", Money.ZERO.format());
    }
}
