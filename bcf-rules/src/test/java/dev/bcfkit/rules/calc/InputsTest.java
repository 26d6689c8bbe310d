package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The calculators' input checks: a decimal may have up to 100 digits and up to 100 decimal places
 * either way (so no rounding ever builds a power of ten with millions of digits), checked values
 * are handed back unchanged, and a refusal names the input and quotes the value.
 */
class InputsTest {

    private static String refused(Runnable r) {
        return assertThrows(CalculationException.class, r::run).getMessage();
    }

    @Test
    void aDecimalOfExactlyAHundredDigitsIsAcceptedAndOneMoreIsNot() {
        BigDecimal hundred = new BigDecimal("9".repeat(100));
        assertSame(hundred, Inputs.decimal("target", hundred));
        String over = refused(() -> Inputs.decimal("target", new BigDecimal("9".repeat(101))));
        assertTrue(over.startsWith("target: expected a decimal of at most 100 digits and 100 decimal places,"
                + " found 9999"), over);
    }

    @Test
    void aScaleOfExactlyAHundredEitherWayIsAcceptedAndOneMoreIsNot() {
        BigDecimal fine = new BigDecimal(BigInteger.ONE, 100);
        BigDecimal coarse = new BigDecimal(BigInteger.ONE, -100);
        assertSame(fine, Inputs.decimal("actual", fine));
        assertSame(coarse, Inputs.decimal("actual", coarse));
        assertEquals("actual: expected a decimal of at most 100 digits and 100 decimal places, found 1E-101",
                refused(() -> Inputs.decimal("actual", new BigDecimal(BigInteger.ONE, 101))));
        assertEquals("actual: expected a decimal of at most 100 digits and 100 decimal places, found 1E+101",
                refused(() -> Inputs.decimal("actual", new BigDecimal(BigInteger.ONE, -101))));
    }

    @Test
    void nonNegativeValuesAreHandedBackAndNegativeOnesRefused() {
        BigDecimal zero = new BigDecimal("0.00");
        assertSame(zero, Inputs.nonNegative("rate", zero));
        Money pound = Money.pounds(1);
        assertSame(pound, Inputs.nonNegative("fee", pound));
        assertSame(Money.ZERO, Inputs.nonNegative("fee", Money.ZERO));
        assertEquals(0L, Inputs.nonNegative("clients", 0L));
        assertEquals("rate: expected 0 or more, found -0.01",
                refused(() -> Inputs.nonNegative("rate", new BigDecimal("-0.01"))));
        assertEquals("fee: expected £0 or more, found -£1", refused(() -> Inputs.nonNegative("fee", Money.pounds(-1))));
        assertEquals("clients: expected 0 or more, found -1", refused(() -> Inputs.nonNegative("clients", -1L)));
        assertEquals("fee: expected a value, found null", refused(() -> Inputs.nonNegative("fee", (Money) null)));
    }
}
