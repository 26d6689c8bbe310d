package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.metrics.AgeBand;
import dev.bcfkit.core.metrics.Population;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RatesTest {

    private static final Population MID_2016 = new Population(AgeBand.ALL_AGES, 2016, 180_589, "Mid 2016");
    private static final Population MID_2017 = new Population(AgeBand.ALL_AGES, 2017, 182_046, "Mid 2017");
    private static final Population ADULTS = Population.of(AgeBand.AGED_18_PLUS, 2017, 600_000);
    private static final Population OLDER = Population.of(AgeBand.AGED_65_PLUS, 2017, 150_000);

    private static ReportingPeriod period(String text) {
        return ReportingPeriod.parse(text);
    }

    private static String refused(Executable call) {
        return assertThrows(CalculationException.class, call).getMessage();
    }

    @Test
    void southendPersonalHealthBudgetsPer100k() {
        // [002:1132-1140] 24 PHBs, Population (Mid 2016) 180,589 -> 13.29 (Q1 2016/17)
        BigDecimal q1 = Rates.per100k(24, MID_2016);
        assertEquals(new BigDecimal("13.289846"), q1);
        assertEquals(new BigDecimal("13.29"), Rates.round(q1, 2));
        // the Q2 and Q3 returns print one decimal place, Q1 none
        assertEquals(new BigDecimal("13.3"), Rates.round(q1, 1));
        assertEquals(new BigDecimal("13"), Rates.round(q1, 0));
        // [002:2568] Q4: Population (Mid 2017) 182,046 -> 13.18
        BigDecimal q4 = Rates.per100k(24, MID_2017);
        assertEquals(new BigDecimal("13.183481"), q4);
        assertEquals(new BigDecimal("13.18"), Rates.round(q4, 2));
        assertEquals(q1, Rates.per100k(24, 180_589));
        assertEquals(Rates.SCALE, q1.scale());
    }

    @Test
    void populationYearIsTheCalendarYearOfTheQuarter() {
        // [002:1153] the January-March quarter uses the next calendar year's projection
        assertEquals(2016, Rates.populationYear(period("2016/17 Q1")));
        assertEquals(2016, Rates.populationYear(period("2016/17 Q2")));
        assertEquals(2016, Rates.populationYear(period("2016/17 Q3")));
        assertEquals(2017, Rates.populationYear(period("2016/17 Q4")));
        assertEquals(2017, Rates.populationYear(period("Q2 17/18 (Current)")));
    }

    @Test
    void populationForPicksTheBandAndCalendarYear() {
        List<Population> available = List.of(MID_2016, MID_2017, ADULTS, OLDER);
        assertSame(MID_2016, Rates.populationFor(period("2016/17 Q3"), AgeBand.ALL_AGES, available));
        assertSame(MID_2017, Rates.populationFor(period("2016/17 Q4"), AgeBand.ALL_AGES, available));
        assertSame(OLDER, Rates.populationFor(period("2017/18 Q2"), AgeBand.AGED_65_PLUS, available));
        // the same figure listed twice is not ambiguous
        assertEquals(MID_2016, Rates.populationFor(period("2016/17 Q1"), AgeBand.ALL_AGES,
                List.of(MID_2016, Population.of(AgeBand.ALL_AGES, 2016, 180_589))));
    }

    @Test
    void populationForNamesWhatIsMissing() {
        String message = refused(() -> Rates.populationFor(period("2017/18 Q4"), AgeBand.AGED_18_PLUS,
                List.of(ADULTS, MID_2016)));
        assertTrue(message.contains("aged 18+") && message.contains("2018") && message.contains("2017/18 Q4")
                && message.contains("population aged 18+ for 2017 of 600000"), message);
        assertTrue(refused(() -> Rates.populationFor(period("2016/17 Q1"), AgeBand.ALL_AGES, List.of()))
                .contains("available: none"));
        String disagree = refused(() -> Rates.populationFor(period("2016/17 Q1"), AgeBand.ALL_AGES,
                List.of(MID_2016, Population.of(AgeBand.ALL_AGES, 2016, 180_000))));
        assertTrue(disagree.contains("disagree") && disagree.contains("180589") && disagree.contains("180000"),
                disagree);
        assertTrue(refused(() -> Rates.populationFor(period("2016/17 Q1"), AgeBand.ALL_AGES,
                Arrays.asList(MID_2016, null))).startsWith("available[1]:"));
        assertTrue(refused(() -> Rates.populationFor(null, AgeBand.ALL_AGES, List.of())).startsWith("period:"));
    }

    @Test
    void metricRatesCheckTheirAgeBand() {
        assertEquals(new BigDecimal("11934.835455"),
                Rates.nonElectiveAdmissionsPer100k(21_553, MID_2016));
        assertEquals(new BigDecimal("493.333333"), Rates.residentialAdmissionsPer100k(740, OLDER));

        String wrongBand = refused(() -> Rates.nonElectiveAdmissionsPer100k(100, OLDER));
        assertTrue(wrongBand.startsWith("allAges:") && wrongBand.contains("all ages")
                && wrongBand.contains("aged 65+"), wrongBand);
        assertTrue(refused(() -> Rates.residentialAdmissionsPer100k(100, MID_2016)).startsWith("aged65Plus:"));
        assertTrue(refused(() -> Rates.dtocAveragePerMonth(List.of(1L), OLDER)).startsWith("aged18Plus:"));
        assertTrue(refused(() -> Rates.dtocPerDay(1, 92, MID_2016)).startsWith("aged18Plus:"));
        // the plain rate does not care about the band
        assertEquals(new BigDecimal("66.666667"), Rates.per100k(100, OLDER));
    }

    @Test
    void populationZeroAndNegativeCountsAreRefused() {
        assertEquals("population: expected more than 0 people, found 0", refused(() -> Rates.per100k(5, 0)));
        assertTrue(refused(() -> Rates.per100k(5, -3)).contains("-3"));
        assertEquals("count: expected 0 or more, found -1", refused(() -> Rates.per100k(-1, 1000)));
        Population empty = Population.of(AgeBand.ALL_AGES, 2016, 0);
        assertTrue(refused(() -> Rates.per100k(5, empty)).contains("population all ages for 2016 of 0"));
        assertTrue(refused(() -> Rates.nonElectiveAdmissionsPer100k(5, empty)).contains("of 0"));
        assertTrue(refused(() -> Rates.dtocAveragePerMonth(List.of(5L),
                Population.of(AgeBand.AGED_18_PLUS, 2017, 0))).contains("of 0"));
        assertTrue(refused(() -> Rates.nonElectiveAdmissionsPer100k(-7, MID_2016)).contains("-7"));
        assertTrue(refused(() -> Rates.residentialAdmissionsPer100k(-7, OLDER)).contains("-7"));
        assertTrue(refused(() -> Rates.per100k(5, (Population) null)).startsWith("population:"));
        assertEquals(new BigDecimal("0.000000"), Rates.per100k(0, 1));
    }

    @Test
    void reablementPercentage() {
        // Nottinghamshire BCF3: 84% against 85% ([000:25])
        assertEquals(new BigDecimal("84.000000"), Rates.reablementPercent(840, 1000));
        assertEquals(new BigDecimal("82.352941"), Rates.reablementPercent(700, 850));
        assertEquals(new BigDecimal("100.000000"), Rates.reablementPercent(5, 5));

        assertTrue(refused(() -> Rates.reablementPercent(0, 0)).startsWith("dischargedIntoReablement:"));
        assertTrue(refused(() -> Rates.reablementPercent(1, -4)).contains("-4"));
        assertTrue(refused(() -> Rates.reablementPercent(-1, 4)).startsWith("stillAtHomeAt91Days:"));
        String more = refused(() -> Rates.reablementPercent(11, 10));
        assertTrue(more.contains("11") && more.contains("10"), more);
    }

    @Test
    void delayedTransfersAveragePerMonth() {
        // (3,000 + 3,100 + 3,200) / 3 months / 600,000 x 100,000 = 516.666667
        assertEquals(new BigDecimal("516.666667"),
                Rates.dtocAveragePerMonth(List.of(3_000L, 3_100L, 3_200L), ADULTS));
        assertEquals(Rates.per100k(3_100, ADULTS), Rates.dtocAveragePerMonth(List.of(3_100L), ADULTS));
        assertEquals(new BigDecimal("0.000000"), Rates.dtocAveragePerMonth(List.of(0L, 0L), ADULTS));
    }

    @Test
    void delayedTransfersAveragePerMonthRefusesBrokenInput() {
        assertTrue(refused(() -> Rates.dtocAveragePerMonth(List.of(), ADULTS)).contains("found none"));
        List<Long> thirteen = new ArrayList<>(Collections.nCopies(13, 10L));
        assertTrue(refused(() -> Rates.dtocAveragePerMonth(thirteen, ADULTS)).contains("found 13"));
        assertEquals("delayedDaysPerMonth[1]: expected 0 or more, found -5",
                refused(() -> Rates.dtocAveragePerMonth(List.of(10L, -5L), ADULTS)));
        assertTrue(refused(() -> Rates.dtocAveragePerMonth(Arrays.asList(10L, null), ADULTS))
                .startsWith("delayedDaysPerMonth[1]:"));
        assertTrue(refused(() -> Rates.dtocAveragePerMonth(null, ADULTS)).startsWith("delayedDaysPerMonth:"));
    }

    @Test
    void delayedTransfersByMonthMustFallInTheQuarter() {
        Map<YearMonth, Long> q2 = new LinkedHashMap<>();
        q2.put(YearMonth.of(2017, 9), 3_200L);
        q2.put(YearMonth.of(2017, 7), 3_000L);
        q2.put(YearMonth.of(2017, 8), 3_100L);
        assertEquals(new BigDecimal("516.666667"), Rates.dtocPerMonth(q2, period("2017/18 Q2"), ADULTS));

        // Q4 2016/17 is January to March 2017
        Map<YearMonth, Long> q4 = Map.of(YearMonth.of(2017, 1), 600L, YearMonth.of(2017, 3), 1_200L);
        assertEquals(new BigDecimal("150.000000"), Rates.dtocPerMonth(q4, period("2016/17 Q4"), ADULTS));

        Map<YearMonth, Long> wrong = Map.of(YearMonth.of(2017, 7), 3_000L, YearMonth.of(2017, 10), 1L,
                YearMonth.of(2016, 9), 1L);
        String message = refused(() -> Rates.dtocPerMonth(wrong, period("2017/18 Q2"), ADULTS));
        assertTrue(message.contains("months outside the period 2017/18 Q2") && message.contains("2016-09, 2017-10")
                && message.contains("July 2017 to September 2017"), message);
        // the same months of the previous financial year are outside too
        assertTrue(refused(() -> Rates.dtocPerMonth(Map.of(YearMonth.of(2017, 1), 1L), period("2017/18 Q4"),
                ADULTS)).contains("months outside the period"));
        assertTrue(refused(() -> Rates.dtocPerMonth(Map.of(), period("2017/18 Q2"), ADULTS))
                .contains("found none"));
        Map<YearMonth, Long> nullMonth = new HashMap<>();
        nullMonth.put(null, 1L);
        assertTrue(refused(() -> Rates.dtocPerMonth(nullMonth, period("2017/18 Q2"), ADULTS))
                .startsWith("delayedDays month:"));
        Map<YearMonth, Long> nullDays = new HashMap<>();
        nullDays.put(YearMonth.of(2017, 8), null);
        assertTrue(refused(() -> Rates.dtocPerMonth(nullDays, period("2017/18 Q2"), ADULTS))
                .startsWith("delayedDays[2017-08]:"));
    }

    @Test
    void delayedTransfersPerDay() {
        // 9,300 delayed days over the 92 days of July-September, per 100,000 of 600,000 adults
        assertEquals(new BigDecimal("16.847826"), Rates.dtocPerDay(9_300, 92, ADULTS));
        assertTrue(refused(() -> Rates.dtocPerDay(9_300, 0, ADULTS)).startsWith("daysInPeriod:"));
        assertTrue(refused(() -> Rates.dtocPerDay(-1, 92, ADULTS)).startsWith("delayedDays:"));
    }

    @Test
    void roundingIsHalfUpAndBounded() {
        assertEquals(new BigDecimal("0.13"), Rates.round(new BigDecimal("0.125"), 2));
        assertEquals(new BigDecimal("-0.13"), Rates.round(new BigDecimal("-0.125"), 2));
        assertEquals(new BigDecimal("2.50"), Rates.round(new BigDecimal("2.5"), 2));
        assertEquals("places: expected 0 to 20, found -1", refused(() -> Rates.round(BigDecimal.ONE, -1)));
        assertEquals("places: expected 0 to 20, found 21", refused(() -> Rates.round(BigDecimal.ONE, 21)));
        assertEquals(new BigDecimal("3"), Rates.round(new BigDecimal("2.5"), 0));
        assertEquals(new BigDecimal("0.12500000000000000000"), Rates.round(new BigDecimal("0.125"), Rates.MAX_PLACES));
        assertTrue(refused(() -> Rates.round(null, 2)).startsWith("value:"));
        assertTrue(refused(() -> Rates.round(new BigDecimal("1E-1000000000"), 2)).contains("1E-1000000000"));
    }

    @Test
    void largeCountsDoNotOverflow() {
        assertEquals(new BigDecimal("100000.000000"), Rates.per100k(Long.MAX_VALUE, Long.MAX_VALUE));
        Population huge = Population.of(AgeBand.AGED_18_PLUS, 2017, Long.MAX_VALUE);
        assertEquals(new BigDecimal("100000.000000"),
                Rates.dtocAveragePerMonth(List.of(Long.MAX_VALUE, Long.MAX_VALUE), huge));
    }
}
