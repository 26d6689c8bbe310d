package dev.bcfkit.core.metrics;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A population denominator: an ONS mid-year projection for an age band and a calendar year
 * ({@code [002:1153]}: "Subnational Population Projections, Interim 2014-based (published May
 * 2016)"; {@code [002:1140]}: "Population (Mid 2016)" 180,589).
 *
 * @param ageBand the age band
 * @param calendarYear the calendar year of the mid-year figure
 * @param count the number of people; zero is representable and cannot give a rate
 * @param source where the figure comes from, or null
 */
public record Population(
        @NotNull AgeBand ageBand,
        int calendarYear,
        @PositiveOrZero long count,
        @Size(max = 500) @Nullable String source) {

    /**
     * A population with no stated source.
     *
     * @param ageBand the age band
     * @param calendarYear the calendar year
     * @param count the number of people
     * @return the population
     */
    public static Population of(AgeBand ageBand, int calendarYear, long count) {
        return new Population(ageBand, calendarYear, count, null);
    }
}
