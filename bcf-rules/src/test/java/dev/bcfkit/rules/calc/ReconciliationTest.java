package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    private static final Money POUND = Money.pounds(1);

    @Test
    void nottinghamshireImprovedBcfIsOutByAPoundOfRounding() {
        // [000:53] "Of the total £16,059,934 ... £15,499,646 is on track to be spent ... £560,287"
        Money computed = Money.pounds(15_499_646).plus(Money.pounds(560_287));
        Money difference = Reconciliation.difference(Money.pounds(16_059_934), computed);
        assertEquals(Money.pounds(1), difference);
        assertTrue(Reconciliation.isRounding(difference, 2, POUND));
        // put the other way round, the one-off remainder is 560,288, not 560,287
        assertEquals(Money.pounds(-1), Reconciliation.difference(Money.pounds(560_287),
                Money.pounds(16_059_934).minus(Money.pounds(15_499_646))));
        assertTrue(Reconciliation.isRounding(Money.pounds(-1), 2, POUND));
    }

    @Test
    void onlyANonZeroDifferenceWithinTheToleranceIsRounding() {
        assertFalse(Reconciliation.isRounding(Money.ZERO, 2, POUND), "nothing to explain");
        assertTrue(Reconciliation.isRounding(Money.pounds(2), 2, POUND), "the bound is inclusive");
        assertFalse(Reconciliation.isRounding(Money.pounds(3), 2, POUND));
        assertFalse(Reconciliation.isRounding(Money.pounds(1), 0, POUND), "no rounded terms");
        assertTrue(Reconciliation.isRounding(Money.parse("0.01"), 1, Money.parse("0.01")));
        assertFalse(Reconciliation.isRounding(Money.parse("1.01"), 1, POUND));
        assertTrue(Reconciliation.isRounding(Money.pounds(2_000_000_000L), Integer.MAX_VALUE, POUND));
    }

    @Test
    void brokenInputsAreRefusedByName() {
        assertEquals("roundedTerms: expected 0 or more, found -1",
                assertThrows(CalculationException.class, () -> Reconciliation.isRounding(POUND, -1, POUND))
                        .getMessage());
        assertEquals("tolerancePerTerm: expected £0 or more, found -£1", assertThrows(CalculationException.class,
                () -> Reconciliation.isRounding(POUND, 1, Money.pounds(-1))).getMessage());
        assertTrue(assertThrows(CalculationException.class, () -> Reconciliation.difference(null, POUND))
                .getMessage().startsWith("stated:"));
        assertTrue(assertThrows(CalculationException.class, () -> Reconciliation.difference(POUND, null))
                .getMessage().startsWith("computed:"));
        assertTrue(assertThrows(CalculationException.class, () -> Reconciliation.isRounding(null, 1, POUND))
                .getMessage().startsWith("difference:"));
    }
}
