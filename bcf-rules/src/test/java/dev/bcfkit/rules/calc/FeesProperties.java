package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.Fees.CategoryFee;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FeesProperties {

    @Provide
    Arbitrary<List<CategoryFee>> categories() {
        Arbitrary<CategoryFee> category = Combinators.combine(
                Arbitraries.longs().between(1, 1_000_000),
                Arbitraries.longs().between(0, 500_000).map(pence -> Money.of(BigDecimal.valueOf(pence, 2))))
                .as(CategoryFee::new);
        return category.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 500)
    void theWeightedAverageLiesBetweenTheCheapestAndDearestFee(@ForAll("categories") List<CategoryFee> categories) {
        BigDecimal min = categories.stream().map(c -> c.fee().amount()).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = categories.stream().map(c -> c.fee().amount()).max(BigDecimal::compareTo).orElseThrow();
        BigDecimal average = Fees.weightedAverage(categories);
        assertTrue(average.compareTo(min) >= 0 && average.compareTo(max) <= 0,
                () -> average + " outside " + min + ".." + max);
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.FLOOR, RoundingMode.CEILING}) {
            Money pence = Fees.weightedAverage(categories, mode);
            assertTrue(pence.amount().compareTo(min) >= 0 && pence.amount().compareTo(max) <= 0,
                    () -> pence + " outside " + min + ".." + max);
        }
    }

    @Property(tries = 500)
    void theAverageDoesNotDependOnTheOrderOrOnScalingTheClients(@ForAll("categories") List<CategoryFee> categories) {
        List<CategoryFee> reversed = new ArrayList<>(categories);
        Collections.reverse(reversed);
        List<CategoryFee> doubled = categories.stream().map(c -> new CategoryFee(c.clients() * 2, c.fee())).toList();
        BigDecimal average = Fees.weightedAverage(categories);
        assertEquals(average, Fees.weightedAverage(reversed));
        assertEquals(average, Fees.weightedAverage(doubled));
    }

    @Property
    void anUpliftIsWithinHalfAPennyOfTheExactFigureAndRoundTripsThroughThePercentChange(
            @ForAll("pence") long pence, @ForAll("percents") BigDecimal percent) {
        Money rate = Money.of(BigDecimal.valueOf(pence, 2));
        Money uplifted = Fees.uplift(rate, percent, RoundingMode.HALF_UP);
        BigDecimal exact = rate.amount().multiply(BigDecimal.valueOf(100).add(percent)).movePointLeft(2);
        assertTrue(uplifted.amount().subtract(exact).abs().compareTo(new BigDecimal("0.005")) <= 0);
        if (pence >= 100_00) {
            // from £100 the half penny moves the percentage by at most 0.005 points
            BigDecimal back = Fees.percentChange(rate, uplifted);
            assertTrue(back.subtract(percent).abs().compareTo(new BigDecimal("0.005001")) <= 0,
                    () -> rate + " +" + percent + "% = " + uplifted + " gives back " + back);
        }
    }

    @Provide
    Arbitrary<Long> pence() {
        return Arbitraries.longs().between(0, 10_000_000);
    }

    @Provide
    Arbitrary<BigDecimal> percents() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("100")).ofScale(2);
    }
}
