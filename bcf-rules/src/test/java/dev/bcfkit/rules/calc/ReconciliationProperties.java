package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Money;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ReconciliationProperties {

    @Property
    void roundingIgnoresWhichSideIsStated(@ForAll @LongRange(min = -1_000_000_000, max = 1_000_000_000) long a,
            @ForAll @LongRange(min = -1_000_000_000, max = 1_000_000_000) long b,
            @ForAll @IntRange(min = 0, max = 20) int terms) {
        Money stated = Money.pounds(a);
        Money computed = Money.pounds(b);
        Money there = Reconciliation.difference(stated, computed);
        Money back = Reconciliation.difference(computed, stated);
        assertEquals(there.negate(), back);
        assertEquals(stated, computed.plus(there));
        assertEquals(Reconciliation.isRounding(there, terms, Money.pounds(1)),
                Reconciliation.isRounding(back, terms, Money.pounds(1)));
        assertEquals(a != b && Math.abs(a - b) <= terms, Reconciliation.isRounding(there, terms, Money.pounds(1)));
    }
}
