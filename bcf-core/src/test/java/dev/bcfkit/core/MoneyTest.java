package dev.bcfkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Money holds exact pounds and pence and refuses what can never be an amount. */
class MoneyTest {

    @Test
    void southendPooledFundIsTheSumOfItsPhasedQuarters() {
        // [002:1022-1025]: 3,282,763 + 3 x 3,282,762 = 13,131,049
        Money q1 = Money.pounds(3_282_763);
        Money rest = Money.pounds(3_282_762);
        assertEquals(Money.pounds(13_131_049), Money.sum(List.of(q1, rest, rest, rest)));
        assertEquals("£13,131,049", Money.sum(List.of(q1, rest, rest, rest)).format());
    }

    @Test
    void dorsetFeeKeepsItsPence() {
        // [004:178] "£ 20.00"
        Money fee = Money.of(new BigDecimal("20.00"));
        assertEquals("£20.00", fee.format());
        assertEquals("20.00", fee.toString());
        assertEquals(2, fee.amount().scale());
    }

    @Test
    void equalityIsByValueWhateverTheScale() {
        assertEquals(Money.of(new BigDecimal("2.0")), Money.of(new BigDecimal("2.00")));
        assertEquals(Money.of(new BigDecimal("2.0")).hashCode(), Money.of(new BigDecimal("2.00")).hashCode());
        assertEquals(Money.ZERO, Money.of(new BigDecimal("0.00")));
        assertEquals(Money.ZERO.hashCode(), Money.of(new BigDecimal("0.00")).hashCode());
        assertNotEquals(Money.pounds(2), Money.of(new BigDecimal("2.01")));
    }

    @Test
    void aHostileTinyExponentIsRefusedAtOnce() {
        BcfException e = assertThrows(BcfException.class, () -> Money.of(new BigDecimal("1e-100000000")));
        assertTrue(e.getMessage().contains("100000000 decimal places"), e.getMessage());
    }

    @Test
    void aHostileHugeExponentIsRefusedAtOnce() {
        BcfException e = assertThrows(BcfException.class, () -> Money.of(new BigDecimal("1e999999999")));
        assertTrue(e.getMessage().contains("negative scale"), e.getMessage());
    }

    @Test
    void fractionsOfAPennyAreRefused() {
        BcfException e = assertThrows(BcfException.class, () -> Money.of(new BigDecimal("12.345")));
        assertEquals("amount: expected at most 2 decimal places (pence), found 3 decimal places in 12.345",
                e.getMessage());
    }

    @Test
    void tooManyDigitsAreRefused() {
        BigDecimal sixteenDigits = new BigDecimal("1234567890123456");
        BcfException e = assertThrows(BcfException.class, () -> Money.of(sixteenDigits));
        assertTrue(e.getMessage().contains("at most 15 digits"), e.getMessage());
        assertEquals(Money.of(new BigDecimal("999999999999999.99")).amount(), new BigDecimal("999999999999999.99"));
    }

    @Test
    void onlyPoundsSterling() {
        BcfException e = assertThrows(BcfException.class, () -> Money.of(BigDecimal.ONE, "EUR"));
        assertTrue(e.getMessage().contains("\"EUR\""), e.getMessage());
        assertEquals(Money.pounds(1), Money.of(BigDecimal.ONE, "GBP"));
    }

    @Test
    void nullIsNotAnAmount() {
        assertThrows(BcfException.class, () -> Money.of(null));
    }

    @Test
    void negativeAmountsAreRepresentableForTheRulesToJudge() {
        Money m = Money.pounds(-5);
        assertEquals(-1, m.signum());
        assertEquals("-£5", m.format());
        assertEquals(Money.pounds(5), m.abs());
    }

    @Test
    void arithmeticIsExact() {
        Money a = Money.of(new BigDecimal("0.10"));
        Money b = Money.of(new BigDecimal("0.20"));
        assertEquals(Money.of(new BigDecimal("0.30")), a.plus(b));
        assertEquals(Money.of(new BigDecimal("-0.10")), a.minus(b));
        assertTrue(a.isLessThan(b));
        assertTrue(b.isGreaterThan(a));
        assertFalse(a.isZero());
    }

    @Test
    void roundingOnlyWithANamedMode() {
        // Dorset 803 uplifted by 2.5% = 823.075 [004:180]
        Money rate = Money.pounds(803);
        assertEquals(Money.of(new BigDecimal("823.08")), rate.times(new BigDecimal("1.025"), 2, RoundingMode.HALF_UP));
        assertEquals(Money.of(new BigDecimal("823.07")), rate.times(new BigDecimal("1.025"), 2, RoundingMode.HALF_DOWN));
        assertEquals(Money.pounds(1_017_900),
                Money.pounds(1_000_000).times(new BigDecimal("1.0179"), 0, RoundingMode.HALF_UP));
        assertEquals(Money.pounds(3), Money.of(new BigDecimal("2.50")).round(0, RoundingMode.HALF_UP));
        assertThrows(BcfException.class, () -> rate.round(3, RoundingMode.HALF_UP));
    }

    @Test
    void sumsMayExceedTheInputBoundWithoutLosingExactness() {
        Money big = Money.of(new BigDecimal("999999999999999"));
        Money total = Money.sum(List.of(big, big));
        assertEquals(new BigDecimal("1999999999999998"), total.amount());
    }

    @Test
    void parsesPlainAmountsOnly() {
        assertEquals(Money.pounds(13_131_049), Money.parse("13131049"));
        assertEquals(Money.of(new BigDecimal("20.00")), Money.parse("20.00"));
        BcfException e = assertThrows(BcfException.class, () -> Money.parse("three million"));
        assertEquals("amount: expected pounds such as 13131049 or 20.00, found \"three million\"", e.getMessage());
        assertThrows(BcfException.class, () -> Money.parse("1e3"));
        assertThrows(BcfException.class, () -> Money.parse("12.345"));
    }
}
