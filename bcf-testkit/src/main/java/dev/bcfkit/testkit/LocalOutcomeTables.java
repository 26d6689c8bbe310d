package dev.bcfkit.testkit;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.outcomes.LocalOutcome;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid local outcome tables, shaped like the Mid-Nottinghamshire Better Together Alliance's
 * Table 1 ({@code [001:35-41]}): one to eight "Reduction in" outcomes, low is good
 * ({@code [001:29]}), each with a reduction target above 0% and at most 100%, an interim target
 * and an actual counted in admissions, attendances or bed days, and a trend sentence that names
 * what its row counts and agrees with the figures ("lower than target" below it, "above target"
 * above it, "on target" at it). Valid means no WARNING: an actual above its interim target is a
 * missed target, an INFO finding, which a valid table may have.
 */
final class LocalOutcomeTables {
    /** What the rows count, as Table 1 prints it ({@code [001:38-41]}). */
    static final List<String> UNITS = List.of("admissions", "attendances", "bed days");

    private LocalOutcomeTables() {
    }

    /** @return valid tables */
    static Arbitrary<LocalOutcomeTable> tables() {
        return rows().list().ofMinSize(1).ofMaxSize(8).map(rows -> new LocalOutcomeTable(
                "Mid-Nottinghamshire Better Together Alliance", "Urgent and Proactive Care", LocalDate.of(2017, 3, 13),
                FinancialYear.of(2018), "October 2016", "April 2016", rows));
    }

    /** @return valid rows */
    static Arbitrary<LocalOutcome> rows() {
        Arbitrary<BigDecimal> reduction = Arbitraries.integers().between(1, 1000).map(t -> BigDecimal.valueOf(t, 1));
        Arbitrary<Integer> target = Arbitraries.integers().between(1, 100_000);
        Arbitrary<Integer> actual = Arbitraries.integers().between(0, 200_000);
        return Combinators.combine(Arbitraries.of(UNITS), reduction, target, actual).as((unit, r, t, a) ->
                new LocalOutcome("Reduction in " + unit, r, BigDecimal.valueOf(t), BigDecimal.valueOf(a), unit,
                        Direction.LOWER_IS_BETTER, trend(unit, a.compareTo(t))));
    }

    /**
     * @param unit what the row counts
     * @param actualAgainstTarget the sign of actual minus target
     * @return a trend sentence that agrees with it: "Bed days are consistently lower than target"
     */
    static String trend(String unit, int actualAgainstTarget) {
        String subject = unit.substring(0, 1).toUpperCase(Locale.ROOT) + unit.substring(1);
        return subject + (actualAgainstTarget < 0 ? " are consistently lower than target"
                : actualAgainstTarget > 0 ? " are above target" : " are on target");
    }
}
