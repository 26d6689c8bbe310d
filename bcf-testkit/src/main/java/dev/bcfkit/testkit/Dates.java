package dev.bcfkit.testkit;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Dates in a range, shrinking towards the first day of the range.
 */
final class Dates {
    private Dates() {
    }

    /**
     * @param first the earliest date
     * @param last the latest date, not before {@code first}
     * @return dates from {@code first} to {@code last} inclusive
     */
    static Arbitrary<LocalDate> between(LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return Arbitraries.longs().between(0, days).map(first::plusDays);
    }
}
