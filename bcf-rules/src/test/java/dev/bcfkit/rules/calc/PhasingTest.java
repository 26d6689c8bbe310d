package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.Phasing.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhasingTest {

    @Test
    void southendPooledFundIsPhasedWithTheRemainderPoundInTheFirstQuarter() {
        // [002:1022]: £3,282,763 £3,282,762 £3,282,762 £3,282,762 = £13,131,049
        List<Money> quarters = Phasing.split(Money.pounds(13_131_049), 4, Unit.POUND);

        assertEquals(List.of(Money.pounds(3_282_763), Money.pounds(3_282_762), Money.pounds(3_282_762),
                Money.pounds(3_282_762)), quarters);
        assertEquals(Money.pounds(13_131_049), Money.sum(quarters));
        assertEquals("£3,282,763", quarters.get(0).format());
    }

    @Test
    void penceModeSplitsToThePenny() {
        // 13,131,049.00 is 1,313,104,900 pence: four equal parts of £3,282,762.25
        List<Money> quarters = Phasing.split(Money.pounds(13_131_049), 4, Unit.PENNY);
        assertEquals(List.of(Money.parse("3282762.25"), Money.parse("3282762.25"), Money.parse("3282762.25"),
                Money.parse("3282762.25")), quarters);
        assertEquals("£3,282,762.25", quarters.get(0).format());

        // 1,001 pence: the one remaining penny goes to the first part
        assertEquals(List.of(Money.parse("2.51"), Money.parse("2.50"), Money.parse("2.50"), Money.parse("2.50")),
                Phasing.split(Money.parse("10.01"), 4, Unit.PENNY));
        assertEquals(List.of(Money.parse("0.01"), Money.parse("0.01"), Money.parse("0.00")),
                Phasing.split(Money.parse("0.02"), 3, Unit.PENNY));
    }

    @Test
    void negativeTotalsAreSplitByMagnitudeAndKeepTheirSign() {
        assertEquals(List.of(Money.pounds(-4), Money.pounds(-3), Money.pounds(-3)),
                Phasing.split(Money.pounds(-10), 3, Unit.POUND));
    }

    @Test
    void onePartOrZeroTotalAreTheObviousSplits() {
        assertEquals(List.of(Money.pounds(13_131_049)), Phasing.split(Money.pounds(13_131_049), 1, Unit.POUND));
        assertEquals(List.of(Money.ZERO, Money.ZERO), Phasing.split(Money.parse("0.00"), 2, Unit.POUND));
        assertEquals(12, Phasing.split(Money.pounds(13_131_049), 12, Unit.POUND).size());
        assertEquals(1000, Phasing.split(Money.pounds(7), Phasing.MAX_PARTS, Unit.POUND).size());
    }

    @Test
    void theResultCannotBeModified() {
        List<Money> parts = Phasing.split(Money.pounds(8), 2, Unit.POUND);
        assertThrows(UnsupportedOperationException.class, () -> parts.set(0, Money.ZERO));
    }

    @Test
    void aFractionOfAUnitIsRefusedQuotingTheAmount() {
        CalculationException e = assertThrows(CalculationException.class,
                () -> Phasing.split(Money.parse("10.50"), 4, Unit.POUND));
        assertEquals("total: expected a whole number of pounds to split, found £10.50", e.getMessage());
        assertTrue(e instanceof BcfException);
        // ".00" is a whole number of pounds
        assertEquals(Money.pounds(5), Phasing.split(Money.parse("10.00"), 2, Unit.POUND).get(0));
    }

    @Test
    void partsOutsideOneToAThousandAreRefused() {
        for (int parts : new int[] {0, -1, 1001, Integer.MIN_VALUE}) {
            CalculationException e = assertThrows(CalculationException.class,
                    () -> Phasing.split(Money.pounds(100), parts, Unit.POUND));
            assertTrue(e.getMessage().startsWith("parts:") && e.getMessage().contains(String.valueOf(parts)),
                    e.getMessage());
        }
    }

    @Test
    void nullsAreRefusedByName() {
        assertTrue(assertThrows(CalculationException.class, () -> Phasing.split(null, 4, Unit.POUND))
                .getMessage().startsWith("total:"));
        assertTrue(assertThrows(CalculationException.class, () -> Phasing.split(Money.pounds(4), 4, null))
                .getMessage().startsWith("unit:"));
    }
}
