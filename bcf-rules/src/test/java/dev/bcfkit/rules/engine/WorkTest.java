package dev.bcfkit.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bcfkit.core.Edition;
import dev.bcfkit.rules.RuleContext;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * The meter: a counting order adds one step per comparison on a meter that counts, and
 * {@link Work#NONE} counts nothing; the reader of the contexts' meters is installed once only.
 */
class WorkTest {

    @Test
    void aCountingOrderCountsEveryComparison() {
        Work work = new Work();
        Comparator<String> order = work.counting(Comparator.<String>naturalOrder());
        assertEquals(-1, Integer.signum(order.compare("Adur", "Worthing")));
        assertEquals(0, order.compare("Rother", "Rother"));
        assertEquals(2, work.steps());
    }

    @Test
    void theMeterThatCountsNothingStaysAtZero() {
        Comparator<String> order = Work.NONE.counting(Comparator.<String>naturalOrder());
        assertEquals(1, Integer.signum(order.compare("b", "a")));
        Work.NONE.add(7);
        assertEquals(0, Work.NONE.steps());
    }

    @Test
    void theContextsMetersAreReadByOneReaderOnly() {
        assertEquals(Work.NONE, Work.of(RuleContext.of(Edition.PLAN_2014, null)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Work.readMetersWith(c -> new Work()));
        assertEquals("the meters of rule contexts are read already", e.getMessage());
        assertEquals(Work.NONE, Work.of(RuleContext.of(Edition.PLAN_2014, null)));
    }
}
