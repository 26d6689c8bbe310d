package dev.bcfkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.Shrinkable;

/**
 * A failing downstream property shrinks to a small return. jqwik cannot easily run a property that
 * fails on purpose inside a test, so this walks the shrink candidates of a generated return by
 * hand, greedily, the way jqwik's shrinker does, and checks where it ends.
 */
class ShrinkingProperties {

    @Example
    void aFailingPropertyShrinksToASmallReturn() {
        // The "property": pooled funds under £1,000,000. It fails for most generated returns.
        Predicate<QuarterlyReturn> fails = r -> !r.incomeAndExpenditure().pooledFund().isLessThan(Money.pounds(1_000_000));
        Arbitrary<QuarterlyReturn> returns = BcfArbitraries.quarterlyReturns(
                ReportingPeriod.of(FinancialYear.of(2016), Quarter.Q2));
        Random random = new Random(20170621L);
        Shrinkable<QuarterlyReturn> failing = returns.generator(1_000).next(random);
        while (!fails.test(failing.value())) {
            failing = returns.generator(1_000).next(random);
        }
        QuarterlyReturn smallest = shrink(failing, fails);

        // The counterexample is the boundary, with everything irrelevant at its simplest.
        assertEquals(Money.pounds(1_000_000), smallest.incomeAndExpenditure().pooledFund());
        assertEquals(1, smallest.narrative().progress().length());
        assertTrue(smallest.cover().healthAndWellbeingBoard().name().length() <= "Southend-on-Sea".length());
        assertTrue(smallest.nationalConditions().stream().map(ConditionResponse::answer)
                .allMatch(a -> a == ConditionAnswer.YES), "answers shrink to Yes");
        assertEquals(List.of(), Invariants.violations(smallest), "shrinking keeps the return valid");
    }

    /** Greedy shrinking: take the first smaller candidate that still fails, until none does. */
    private static <T> T shrink(Shrinkable<T> start, Predicate<T> fails) {
        Shrinkable<T> current = start;
        for (int step = 0; step < 5_000; step++) {
            Optional<Shrinkable<T>> smaller = current.shrink().filter(s -> fails.test(s.value())).findFirst();
            if (smaller.isEmpty()) {
                break;
            }
            current = smaller.get();
        }
        return current.value();
    }
}
