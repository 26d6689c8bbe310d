package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.Phasing.Unit;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PhasingProperties {

    @Property(tries = 300)
    void phasingPreservesTheTotalAndPartsDifferByAtMostOneUnitLargestFirst(
            @ForAll @LongRange(min = -100_000_000_000L, max = 100_000_000_000L) long units,
            @ForAll @IntRange(min = 1, max = 1000) int parts, @ForAll Unit unit) {
        Money total = Money.of(BigDecimal.valueOf(units, unit.scale()));
        List<Money> split = Phasing.split(total, parts, unit);

        assertEquals(parts, split.size());
        assertEquals(total, Money.sum(split));
        BigDecimal oneUnit = BigDecimal.ONE.movePointLeft(unit.scale());
        BigDecimal largest = split.get(0).abs().amount();
        BigDecimal smallest = split.get(parts - 1).abs().amount();
        assertTrue(largest.subtract(smallest).compareTo(oneUnit) <= 0, split::toString);
        for (int i = 0; i < parts; i++) {
            Money part = split.get(i);
            assertEquals(unit.scale(), part.amount().scale(), part::toString);
            assertTrue(part.signum() == 0 || part.signum() == total.signum(), () -> part + " in " + total);
            if (i > 0) {
                assertTrue(split.get(i - 1).abs().compareTo(part.abs()) >= 0, () -> "earliest parts largest: " + split);
            }
        }
    }
}
