package dev.bcfkit.rules.calc;

import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.metrics.AgeBand;
import dev.bcfkit.core.metrics.Population;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The metric formulas of the returns ({@code [002:1225-1290]}): rates
 * per 100,000 of an ONS population for the calendar year, the reablement percentage and the
 * delayed-transfers monthly average. Rates are kept at {@value #SCALE} decimal places, rounded
 * {@link RoundingMode#HALF_UP} once, from the exact quotient; display rounding is separate
 * ({@link #round}), since the papers print the same rate as 13, 13.3 or 13.29
 * ({@code [002:1132-1140]}).
 */
public final class Rates {
    /** The decimal places rates and percentages are kept at, rounded HALF_UP. */
    public static final int SCALE = 6;
    /** The most decimal places {@link #round} rounds to. */
    public static final int MAX_PLACES = 20;

    private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_MONTHS = 12;

    private Rates() {
    }

    /**
     * A count per 100,000 population: {@code count / population x 100,000} at {@value #SCALE}
     * decimal places, HALF_UP. Southend's personal health budgets: 24 / 180,589 gives 13.289846,
     * printed 13.29 ({@code [002:1132-1140]}).
     *
     * @param count the count, 0 or more
     * @param population the population, more than 0
     * @return the rate per 100,000
     * @throws CalculationException if the count is negative or the population is not positive
     */
    public static BigDecimal per100k(long count, long population) {
        Inputs.nonNegative("count", count);
        if (population <= 0) {
            throw new CalculationException("population: expected more than 0 people, found " + population);
        }
        return BigDecimal.valueOf(count).multiply(HUNDRED_THOUSAND)
                .divide(BigDecimal.valueOf(population), SCALE, RoundingMode.HALF_UP);
    }

    /**
     * A count per 100,000 of a population, whatever its age band; the metric methods below check
     * the band. Southend Q4 2016/17: 24 PHBs / 182,046 (Mid 2017) gives 13.18 ({@code [002:2568]}).
     *
     * @param count the count, 0 or more
     * @param population the population; its count must be more than 0
     * @return the rate per 100,000 at {@value #SCALE} decimal places, HALF_UP
     * @throws CalculationException if the population is null or empty or the count negative
     */
    public static BigDecimal per100k(long count, Population population) {
        Inputs.present("population", population);
        if (population.count() <= 0) {
            throw new CalculationException("population: expected more than 0 people, found "
                    + Inputs.describe(population));
        }
        return per100k(count, population.count());
    }

    /**
     * The calendar year whose ONS projection is the denominator for a quarter: "population
     * projections are based on a calendar year" ({@code [002:1267]}, {@code [002:1273]}), and
     * January to March uses the new calendar year's figure ({@code [002:1153]}). So 2016/17 Q1-Q3
     * use 2016 and Q4 uses 2017 (Southend: "Mid 2016" 180,589 in Q1-Q3, "Mid 2017" 182,046 in
     * Q4, {@code [002:1140]}, {@code [002:2568]}).
     *
     * @param period the reporting period
     * @return the calendar year of the quarter's months
     * @throws CalculationException if the period is null
     */
    public static int populationYear(ReportingPeriod period) {
        return Inputs.present("period", period).calendarYear();
    }

    /**
     * Picks the denominator for a period and age band from the populations at hand: the one of
     * that band for {@link #populationYear(ReportingPeriod)} ({@code [002:1153]}). Several
     * entries for the same band and year are accepted only if they agree on the count.
     *
     * @param period the reporting period
     * @param band the age band the metric needs
     * @param available the populations at hand
     * @return the matching population
     * @throws CalculationException if none matches (the message names the band and year needed
     *     and lists what is available), if matches disagree, or an input is null
     */
    public static Population populationFor(ReportingPeriod period, AgeBand band, Collection<Population> available) {
        Inputs.present("period", period);
        Inputs.present("band", band);
        Inputs.present("available", available);
        int year = populationYear(period);
        List<Population> matches = new ArrayList<>();
        int i = 0;
        for (Population p : available) {
            Inputs.present("available[" + i++ + "]", p);
            if (p.ageBand() == band && p.calendarYear() == year) {
                matches.add(p);
            }
        }
        if (matches.isEmpty()) {
            throw new CalculationException("population: no population " + band.label() + " for calendar year "
                    + year + " (needed for " + period + "); available: "
                    + (available.isEmpty() ? "none" : available.stream().limit(20).map(Inputs::describe)
                            .collect(Collectors.joining(", "))));
        }
        long count = matches.get(0).count();
        for (Population p : matches) {
            if (p.count() != count) {
                throw new CalculationException("population: " + matches.size() + " populations " + band.label()
                        + " for calendar year " + year + " disagree: " + matches.stream().limit(20)
                                .map(Inputs::describe).collect(Collectors.joining(", ")));
            }
        }
        return matches.get(0);
    }

    /**
     * Non-elective admissions per 100,000 population, all ages ({@code [002:1267]}; Nottinghamshire
     * BCF1 "all-age, per 100,000 population", {@code [000:23]}).
     *
     * @param admissions the admissions, 0 or more
     * @param allAges the population of all ages
     * @return the rate at {@value #SCALE} decimal places, HALF_UP
     * @throws CalculationException if the population is not {@link AgeBand#ALL_AGES} or as for
     *     {@link #per100k(long, Population)}
     */
    public static BigDecimal nonElectiveAdmissionsPer100k(long admissions, Population allAges) {
        Inputs.nonNegative("admissions", admissions);
        return per100k(admissions, Inputs.population("allAges", allAges, AgeBand.ALL_AGES));
    }

    /**
     * Permanent admissions to residential and nursing care per 100,000 population aged 65+, an
     * annual measure ({@code [002:1078]}, {@code [002:1279]}; Nottinghamshire BCF2,
     * {@code [000:24]}).
     *
     * @param admissions the admissions, 0 or more
     * @param aged65Plus the population aged 65 and over
     * @return the rate at {@value #SCALE} decimal places, HALF_UP
     * @throws CalculationException if the population is not {@link AgeBand#AGED_65_PLUS} or as for
     *     {@link #per100k(long, Population)}
     */
    public static BigDecimal residentialAdmissionsPer100k(long admissions, Population aged65Plus) {
        Inputs.nonNegative("admissions", admissions);
        return per100k(admissions, Inputs.population("aged65Plus", aged65Plus, AgeBand.AGED_65_PLUS));
    }

    /**
     * The proportion of older people (65+) still at home 91 days after discharge from hospital
     * into reablement, as a percentage ({@code [002:2456]}; Nottinghamshire BCF3 "85%" target,
     * {@code [000:25]}): {@code stillAtHome / discharged x 100} at {@value #SCALE} decimal places,
     * HALF_UP.
     *
     * @param stillAtHomeAt91Days people still at home after 91 days, 0 to {@code discharged}
     * @param dischargedIntoReablement people discharged into reablement, more than 0
     * @return the percentage, 0 to 100
     * @throws CalculationException if a count is negative, none were discharged, or more are at
     *     home than were discharged
     */
    public static BigDecimal reablementPercent(long stillAtHomeAt91Days, long dischargedIntoReablement) {
        Inputs.nonNegative("stillAtHomeAt91Days", stillAtHomeAt91Days);
        if (dischargedIntoReablement <= 0) {
            throw new CalculationException("dischargedIntoReablement: expected more than 0 people, found "
                    + dischargedIntoReablement);
        }
        if (stillAtHomeAt91Days > dischargedIntoReablement) {
            throw new CalculationException("stillAtHomeAt91Days: expected at most the " + dischargedIntoReablement
                    + " discharged into reablement, found " + stillAtHomeAt91Days);
        }
        return BigDecimal.valueOf(stillAtHomeAt91Days).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(dischargedIntoReablement), SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Delayed transfers of care: delayed days per 100,000 population aged 18+, average per month
     * ({@code [002:989]} "per 100,000 population ... per month", {@code [002:1061]},
     * {@code [002:1271]}; Nottinghamshire BCF4 "(average per month)", {@code [000:26]}):
     * {@code sum of delayed days / months / population x 100,000}, computed as one exact quotient
     * and rounded once to {@value #SCALE} decimal places, HALF_UP. The average is over the months
     * given, so a quarter "to date" may have fewer than three.
     *
     * @param delayedDaysPerMonth the delayed days of each month, 1 to 12 months, each 0 or more
     * @param aged18Plus the population aged 18 and over
     * @return the monthly average per 100,000
     * @throws CalculationException if the list is null or empty, has more than 12 months, a null
     *     or negative month, or the population is not {@link AgeBand#AGED_18_PLUS} or is empty
     */
    public static BigDecimal dtocAveragePerMonth(List<Long> delayedDaysPerMonth, Population aged18Plus) {
        Inputs.present("delayedDaysPerMonth", delayedDaysPerMonth);
        if (delayedDaysPerMonth.isEmpty()) {
            throw new CalculationException("delayedDaysPerMonth: expected 1 to " + MAX_MONTHS
                    + " months, found none");
        }
        if (delayedDaysPerMonth.size() > MAX_MONTHS) {
            throw new CalculationException("delayedDaysPerMonth: expected 1 to " + MAX_MONTHS
                    + " months, found " + delayedDaysPerMonth.size());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < delayedDaysPerMonth.size(); i++) {
            Long days = Inputs.present("delayedDaysPerMonth[" + i + "]", delayedDaysPerMonth.get(i));
            sum = sum.add(BigDecimal.valueOf(Inputs.nonNegative("delayedDaysPerMonth[" + i + "]", days)));
        }
        Population population = nonEmpty(Inputs.population("aged18Plus", aged18Plus, AgeBand.AGED_18_PLUS));
        BigDecimal denominator = BigDecimal.valueOf(delayedDaysPerMonth.size())
                .multiply(BigDecimal.valueOf(population.count()));
        return sum.multiply(HUNDRED_THOUSAND).divide(denominator, SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The delayed-transfers monthly average of {@link #dtocAveragePerMonth} from figures keyed by
     * month, checking that every month falls inside the period's quarter (Q2 2017/18 is July to
     * September 2017; Q4 is January to March of the next calendar year, {@code [002:1153]}).
     * Months are taken in calendar order; months of the quarter that are absent are not counted.
     *
     * @param delayedDays delayed days per month, 1 to 3 months of the quarter, each 0 or more
     * @param period the quarter the figures report on
     * @param aged18Plus the population aged 18 and over
     * @return the monthly average per 100,000 at {@value #SCALE} decimal places, HALF_UP
     * @throws CalculationException "months outside the period" if a month is not in the quarter,
     *     or as for {@link #dtocAveragePerMonth}
     */
    public static BigDecimal dtocPerMonth(Map<YearMonth, Long> delayedDays, ReportingPeriod period,
            Population aged18Plus) {
        Inputs.present("delayedDays", delayedDays);
        Inputs.present("period", period);
        if (delayedDays.isEmpty()) {
            throw new CalculationException("delayedDays: expected 1 to 3 months of " + period + ", found none");
        }
        YearMonth first = YearMonth.from(period.firstDay());
        YearMonth last = YearMonth.from(period.lastDay());
        SortedSet<YearMonth> months = new TreeSet<>();
        SortedSet<YearMonth> outside = new TreeSet<>();
        for (YearMonth m : delayedDays.keySet()) {
            Inputs.present("delayedDays month", m);
            (m.isBefore(first) || m.isAfter(last) ? outside : months).add(m);
        }
        if (!outside.isEmpty()) {
            throw new CalculationException("delayedDays: months outside the period " + period + " ("
                    + monthName(period.firstDay()) + " to " + monthName(period.lastDay()) + "): "
                    + outside.stream().limit(20).map(YearMonth::toString).collect(Collectors.joining(", ")));
        }
        List<Long> days = new ArrayList<>();
        for (YearMonth m : months) {
            days.add(Inputs.present("delayedDays[" + m + "]", delayedDays.get(m)));
        }
        return dtocAveragePerMonth(days, aged18Plus);
    }

    /**
     * Delayed days per day per 100,000 population aged 18+, the other way the delayed-transfers
     * measure is expressed (a rate per day as well as per month):
     * {@code delayed days / days in period / population x 100,000}, one exact quotient rounded to
     * {@value #SCALE} decimal places, HALF_UP.
     *
     * @param delayedDays the delayed days over the period, 0 or more
     * @param daysInPeriod the days in the period, more than 0 (92 for July to September)
     * @param aged18Plus the population aged 18 and over
     * @return the average delayed days per day per 100,000
     * @throws CalculationException if the days are negative, the period has no days, or the
     *     population is not {@link AgeBand#AGED_18_PLUS} or is empty
     */
    public static BigDecimal dtocPerDay(long delayedDays, int daysInPeriod, Population aged18Plus) {
        Inputs.nonNegative("delayedDays", delayedDays);
        if (daysInPeriod <= 0) {
            throw new CalculationException("daysInPeriod: expected more than 0 days, found " + daysInPeriod);
        }
        Population population = nonEmpty(Inputs.population("aged18Plus", aged18Plus, AgeBand.AGED_18_PLUS));
        BigDecimal denominator = BigDecimal.valueOf(daysInPeriod).multiply(BigDecimal.valueOf(population.count()));
        return BigDecimal.valueOf(delayedDays).multiply(HUNDRED_THOUSAND)
                .divide(denominator, SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Rounds a rate for display, HALF_UP: 13.289846 to 2 places is 13.29 ({@code [002:1132-1140]}).
     *
     * @param value the value
     * @param places the decimal places, 0 to {@value #MAX_PLACES}
     * @return the rounded value with exactly {@code places} decimal places
     * @throws CalculationException if the value is null or unreasonably large, or places is out of range
     */
    public static BigDecimal round(BigDecimal value, int places) {
        Inputs.decimal("value", value);
        if (places < 0 || places > MAX_PLACES) {
            throw new CalculationException("places: expected 0 to " + MAX_PLACES + ", found " + places);
        }
        return value.setScale(places, RoundingMode.HALF_UP);
    }

    private static Population nonEmpty(Population population) {
        if (population.count() <= 0) {
            throw new CalculationException("population: expected more than 0 people, found "
                    + Inputs.describe(population));
        }
        return population;
    }

    private static String monthName(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + day.getYear();
    }
}
