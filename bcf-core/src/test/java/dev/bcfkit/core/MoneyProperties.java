package dev.bcfkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of exact money arithmetic. */
class MoneyProperties {

    @Provide
    Arbitrary<Money> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-100000000"), new BigDecimal("100000000"))
                .ofScale(2).map(Money::of);
    }

    @Property
    void plusThenMinusGivesBackTheAmount(@ForAll("amounts") Money a, @ForAll("amounts") Money b) {
        assertEquals(a, a.plus(b).minus(b));
    }

    @Property
    void additionCommutes(@ForAll("amounts") Money a, @ForAll("amounts") Money b) {
        assertEquals(a.plus(b), b.plus(a));
        assertEquals(Money.sum(List.of(a, b)), a.plus(b));
    }

    @Property
    void trailingZerosDoNotChangeEqualityOrHash(@ForAll("amounts") Money a) {
        Money widened = Money.of(a.amount().setScale(2));
        Money narrowed = Money.of(a.amount().stripTrailingZeros().scale() < 0
                ? a.amount().setScale(0) : a.amount().stripTrailingZeros());
        assertEquals(a, widened);
        assertEquals(a, narrowed);
        assertEquals(a.hashCode(), narrowed.hashCode());
    }

    @Property
    void formatShowsThePenceOnlyWhenGiven(@ForAll("amounts") Money a) {
        String f = a.format();
        assertEquals(a.amount().scale() > 0, f.contains("."));
        assertEquals(a.signum() < 0, f.startsWith("-£"));
    }

    @Property
    void anyScaleBeyondPenceIsRefused(@ForAll @IntRange(min = 3, max = 1_000_000) int scale) {
        assertThrows(BcfException.class, () -> Money.of(BigDecimal.ONE.movePointLeft(scale)));
    }

    @Property
    void anyNegativeScaleIsRefused(@ForAll @IntRange(min = 1, max = 1_000_000_000) int exponent) {
        assertThrows(BcfException.class, () -> Money.of(new BigDecimal(BigDecimal.ONE.unscaledValue(), -exponent)));
    }
}
