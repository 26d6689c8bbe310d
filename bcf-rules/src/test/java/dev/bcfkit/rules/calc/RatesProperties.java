package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.metrics.AgeBand;
import dev.bcfkit.core.metrics.Population;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class RatesProperties {

    /** Half a unit in the last kept place: the most one HALF_UP rounding to SCALE can move a value. */
    private static final BigDecimal HALF_ULP = new BigDecimal("0.0000005");

    @Property
    void per100kScalesLinearlyInTheCount(@ForAll @LongRange(min = 0, max = 10_000_000) long count,
            @ForAll @IntRange(min = 1, max = 1000) int k,
            @ForAll @LongRange(min = 1, max = 100_000_000) long population) {
        BigDecimal once = Rates.per100k(count, population);
        BigDecimal scaled = Rates.per100k(count * k, population);
        // each side is within half a unit of the exact rate; k x once is within k halves of k x exact
        BigDecimal bound = HALF_ULP.multiply(BigDecimal.valueOf(k + 1L));
        assertTrue(scaled.subtract(once.multiply(BigDecimal.valueOf(k))).abs().compareTo(bound) <= 0,
                () -> count + " x " + k + " over " + population + ": " + once + " vs " + scaled);
    }

    @Property
    void per100kScalesInverselyInThePopulation(@ForAll @LongRange(min = 0, max = 10_000_000) long count,
            @ForAll @IntRange(min = 1, max = 1000) int k,
            @ForAll @LongRange(min = 1, max = 10_000_000) long population) {
        BigDecimal once = Rates.per100k(count, population);
        BigDecimal larger = Rates.per100k(count, population * k);
        BigDecimal bound = HALF_ULP.multiply(BigDecimal.valueOf(k + 1L));
        assertTrue(larger.multiply(BigDecimal.valueOf(k)).subtract(once).abs().compareTo(bound) <= 0,
                () -> count + " over " + population + " x " + k + ": " + once + " vs " + larger);
    }

    @Property
    void ratesAreKeptAtSixPlacesAndNeverNegative(@ForAll @LongRange(min = 0) long count,
            @ForAll @LongRange(min = 1) long population) {
        BigDecimal rate = Rates.per100k(count, population);
        assertEquals(Rates.SCALE, rate.scale());
        assertTrue(rate.signum() >= 0);
    }

    @Property
    void populationYearIsTheStartYearExceptForJanuaryToMarch(
            @ForAll @IntRange(min = FinancialYear.EARLIEST, max = FinancialYear.LATEST) int start,
            @ForAll Quarter quarter) {
        ReportingPeriod period = ReportingPeriod.of(FinancialYear.of(start), quarter);
        assertEquals(quarter == Quarter.Q4 ? start + 1 : start, Rates.populationYear(period));
        assertEquals(Rates.populationYear(period), period.firstDay().getYear());
    }

    @Property(tries = 300)
    void aMonthlyAverageOfEqualMonthsIsTheRateOfOneMonth(@ForAll @LongRange(min = 0, max = 1_000_000) long days,
            @ForAll @IntRange(min = 1, max = 12) int months,
            @ForAll @LongRange(min = 1, max = 100_000_000) long adults) {
        Population population = Population.of(AgeBand.AGED_18_PLUS, 2017, adults);
        assertEquals(Rates.per100k(days, population),
                Rates.dtocAveragePerMonth(Collections.nCopies(months, days), population));
    }

    @Property(tries = 300)
    void theMonthlyAverageLiesBetweenTheBestAndWorstMonth(
            @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 1_000_000) Long> days,
            @ForAll @LongRange(min = 1, max = 100_000_000) long adults) {
        Population population = Population.of(AgeBand.AGED_18_PLUS, 2017, adults);
        BigDecimal average = Rates.dtocAveragePerMonth(days, population);
        long min = days.stream().mapToLong(Long::longValue).min().orElseThrow();
        long max = days.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(average.compareTo(Rates.per100k(min, population)) >= 0, days::toString);
        assertTrue(average.compareTo(Rates.per100k(max, population)) <= 0, days::toString);
    }

    @Property
    void reablementIsAPercentageBetweenZeroAndAHundred(
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE - 1) long discharged,
            @ForAll @LongRange(min = 0) long atHome) {
        long stillAtHome = atHome % (discharged + 1);
        BigDecimal percent = Rates.reablementPercent(stillAtHome, discharged);
        assertTrue(percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0, percent::toString);
    }

    /**
     * Issue 12: a personal-health-budget population of 0, a negative one or 9.2e18 never makes a
     * calculator throw anything but a {@link CalculationException} naming the population; a
     * positive one, however large, gives a rate.
     */
    @Property
    void anyPopulationGivesARateOrAClearRefusal(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long count,
            @ForAll long population) {
        try {
            BigDecimal rate = Rates.per100k(count, population);
            assertTrue(population > 0, "a rate for " + population);
            assertTrue(rate.signum() >= 0);
        } catch (CalculationException e) {
            assertTrue(population <= 0, e.getMessage());
            assertEquals("population: expected more than 0 people, found " + population, e.getMessage());
        }
        try {
            BigDecimal rate = Rates.per100k(count, Population.of(AgeBand.ALL_AGES, 2016, population));
            assertTrue(population > 0 && rate.signum() >= 0);
        } catch (CalculationException e) {
            assertTrue(population <= 0, e.getMessage());
            assertTrue(e.getMessage().startsWith("population: expected more than 0 people, found "), e.getMessage());
        }
    }

    @Property
    void theLargestPopulationGivesATinyRateNotAnError(@ForAll @LongRange(min = 0, max = 1_000_000) long count) {
        BigDecimal rate = Rates.per100k(count, Long.MAX_VALUE); // 9.2e18 people
        assertEquals(0, rate.compareTo(BigDecimal.ZERO.setScale(Rates.SCALE)));
    }
}
