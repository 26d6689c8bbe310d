package dev.bcfkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;
import org.junit.jupiter.api.Test;

/**
 * Generation outside a property: edge cases, exhaustive drop-downs, samples, and a thousand
 * returns of every edition. Shrinking is shown in {@link ShrinkingProperties}.
 */
class GenerationTest {

    @Test
    void moneyEdgeCasesAreZeroOnePennyAndTheCellMaximum() {
        Set<Money> edges = java.util.stream.StreamSupport.stream(BcfArbitraries.money().edgeCases().spliterator(), false)
                .map(Shrinkable::value).collect(Collectors.toSet());
        assertTrue(edges.contains(Money.ZERO), edges.toString());
        assertTrue(edges.contains(Money.of(new BigDecimal("0.01"))), edges.toString());
        assertTrue(edges.contains(Money.pounds(100_000_000)), edges.toString());
    }

    @Test
    void conditionAnswersAreExhaustiveAndDependOnTheQuarter() {
        ReportingPeriod q1 = ReportingPeriod.of(FinancialYear.of(2016), Quarter.Q1);
        ReportingPeriod q4 = ReportingPeriod.of(FinancialYear.of(2016), Quarter.Q4);
        assertEquals(EnumSet.allOf(ConditionAnswer.class), EnumSet.copyOf(
                answers(BcfArbitraries.conditionAnswers(q1))));
        assertEquals(EnumSet.of(ConditionAnswer.YES, ConditionAnswer.NO), EnumSet.copyOf(
                answers(BcfArbitraries.conditionAnswers(q4))));
    }

    private static List<ConditionAnswer> answers(Arbitrary<ConditionAnswer> arbitrary) {
        return java.util.stream.StreamSupport.stream(arbitrary.exhaustive().orElseThrow().spliterator(), false).toList();
    }

    @Test
    void aThousandReturnsOfEveryEditionAreGenerated() {
        List<QuarterlyReturn> returns = BcfArbitraries.quarterlyReturns().sampleStream().limit(1_000).toList();
        assertEquals(1_000, returns.size());
        Set<Edition> editions = returns.stream().map(QuarterlyReturn::edition).collect(Collectors.toSet());
        assertEquals(Set.of(Edition.QUARTERLY_2016_17, Edition.QUARTERLY_2017_18, Edition.QUARTERLY_2018_19), editions);
        Set<ReportingPeriod> periods = returns.stream().map(QuarterlyReturn::period).collect(Collectors.toSet());
        assertEquals(12, periods.size());
        assertTrue(returns.stream().allMatch(r -> Invariants.violations(r).isEmpty()));
    }

    @Test
    void aSampledPlanAndPooledBudgetAreWhole() {
        assertTrue(BcfArbitraries.plans().sample().signOffs().size() >= 3);
        assertEquals(2, BcfArbitraries.pooledBudgets().sample().disabledFacilitiesGrants().size());
    }
}
