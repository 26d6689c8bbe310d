package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * PHB-RATE-AGREES and PHB-STOCK-AND-FLOW: Southend's figures agree ({@code [002:1134-1140]}:
 * 24 PHBs, rate 13, population 180,589; {@code [002:1744]} 13.3; {@code [002:2562-2568]} 13 in
 * 182,046; 7 new and 17 stopped, 34 at the start); the rate the template computes, to 0 or 1
 * place, always agrees and one a unit off never does; counts that follow stock and flow pass and
 * more new PHBs than the end total plus the stopped is one WARNING.
 */
class PersonalHealthBudgetFlowProperties {
    private static final Rule<QuarterlyReturn> RATE = PersonalHealthBudgetRules.RATE_AGREES;
    private static final Rule<QuarterlyReturn> FLOW = PersonalHealthBudgetRules.STOCK_AND_FLOW;

    private static QuarterlyReturn southend(Quarter q, String rate, long population) {
        return ReturnCheckEdits.phb(q, 24L, 7L, 17L, new BigDecimal(rate), population);
    }

    @Test
    void southendsRatesAgreeWithItsCountsAndPopulations() {
        assertEquals(List.of(), Judge.run(RATE, southend(Quarter.Q1, "13", 180_589L)), "[002:1135]");
        assertEquals(List.of(), Judge.run(RATE, southend(Quarter.Q2, "13.3", 180_589L)), "[002:1744]");
        assertEquals(List.of(), Judge.run(RATE, southend(Quarter.Q4, "13", 182_046L)), "[002:2563]");
        assertEquals(List.of(), Judge.run(RATE, southend(Quarter.Q1, "13.30", 180_589L)), "trailing zeros");
        assertEquals(1, Judge.run(RATE, southend(Quarter.Q2, "13.2", 180_589L)).size(), "13.29 is 13.3, not 13.2");
        assertEquals(Severity.WARNING, RATE.severity());
        assertTrue(RATE.derived());
        assertEquals(List.of("R58"), RATE.requirements());
    }

    @Test
    void southendsCountsFollowStockAndFlow() {
        QuarterlyReturn q1 = southend(Quarter.Q1, "13", 180_589L);
        assertEquals(34L, q1.additionalMeasures().personalHealthBudgets().openingTotal(), "24 - 7 + 17");
        assertEquals(List.of(), Judge.run(FLOW, q1));
        assertEquals(List.of(), Judge.run(FLOW, ReturnCheckEdits.phb(Quarter.Q1, 24L, null, 17L, null, null)),
                "a blank count is not judged");
        assertEquals(Severity.WARNING, FLOW.severity());
        assertTrue(FLOW.derived());
        assertEquals(List.of("R59"), FLOW.requirements());
    }

    @Test
    void anOpeningTotalBeyondALongIsNotComputed() {
        assertEquals(null, new AdditionalMeasures.PersonalHealthBudgets(Long.MAX_VALUE, 0L, 1L, null, null, null, null)
                .openingTotal());
    }

    @Property
    void theRateAsTheTemplateComputesItAgrees(@ForAll @LongRange(min = 0, max = 1_000_000) long total,
            @ForAll @LongRange(min = 1, max = 100_000_000) long population, @ForAll @IntRange(min = 0, max = 2) int places) {
        BigDecimal rate = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(100_000))
                .divide(BigDecimal.valueOf(population), places, RoundingMode.HALF_UP);
        assertEquals(List.of(), Judge.run(RATE, ReturnCheckEdits.phb(Quarter.Q3, total, 0L, 0L, rate, population)));
    }

    @Property
    void aRateAWholeUnitOffDisagrees(@ForAll @LongRange(min = 0, max = 1_000_000) long total,
            @ForAll @LongRange(min = 1, max = 100_000_000) long population, @ForAll @IntRange(min = 1, max = 50) int off) {
        BigDecimal rate = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(100_000))
                .divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP).add(BigDecimal.valueOf(off));
        List<Finding> f = Judge.run(RATE, ReturnCheckEdits.phb(Quarter.Q3, total, 0L, 0L, rate, population));
        assertEquals(1, f.size());
        assertEquals("/additionalMeasures/personalHealthBudgets/ratePer100kShown", f.get(0).path());
    }

    @Property
    void countsThatFollowStockAndFlowPass(@ForAll @LongRange(min = 0, max = 1_000_000) long opening,
            @ForAll @LongRange(min = 0, max = 1_000_000) long added, @ForAll @LongRange(min = 0, max = 2_000_000) long stopped) {
        long s = Math.min(stopped, opening + added);
        QuarterlyReturn r = ReturnCheckEdits.phb(Quarter.Q2, opening + added - s, added, s, null, null);
        assertEquals(opening, r.additionalMeasures().personalHealthBudgets().openingTotal());
        assertEquals(List.of(), Judge.run(FLOW, r));
    }

    @Property
    void moreNewThanEndPlusStoppedIsOneWarning(@ForAll @LongRange(min = 0, max = 1_000_000) long total,
            @ForAll @LongRange(min = 0, max = 1_000_000) long stopped, @ForAll @LongRange(min = 1, max = 1_000) long extra) {
        List<Finding> f = Judge.run(FLOW, ReturnCheckEdits.phb(Quarter.Q2, total, total + stopped + extra, stopped,
                null, null));
        assertEquals(1, f.size());
        assertEquals("/additionalMeasures/personalHealthBudgets/newInQuarter", f.get(0).path());
        assertTrue(f.get(0).message().contains("imply -" + String.format(java.util.Locale.UK, "%,d", extra)),
                f.get(0).message());
    }
}
