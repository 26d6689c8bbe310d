package dev.bcfkit.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quarter a return reports on: a financial year and a quarter. Prints as {@code 2017/18 Q2}
 * and also reads the template's column labels {@code Q2 17/18}, with or without the
 * "(Current)" and "(Planned)" suffixes ({@code [000:221]}, {@code [004:79]}).
 *
 * @param year the financial year
 * @param quarter the quarter of that year
 */
public record ReportingPeriod(FinancialYear year, Quarter quarter) implements Comparable<ReportingPeriod> {
    private static final Pattern CANONICAL = Pattern.compile("(\\d{4}[/-]\\d{2}) (Q[1-4])");
    private static final Pattern LABEL = Pattern.compile("(Q[1-4]) (\\d{2}/\\d{2})(?: \\((?:Current|Planned)\\))?");

    /**
     * @param year the financial year
     * @param quarter the quarter of that year
     */
    public ReportingPeriod {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(quarter, "quarter");
    }

    /**
     * @param year the financial year
     * @param quarter the quarter
     * @return the period
     */
    public static ReportingPeriod of(FinancialYear year, Quarter quarter) {
        return new ReportingPeriod(year, quarter);
    }

    /**
     * Reads {@code 2017/18 Q2} or a template label such as {@code Q2 17/18 (Current)}.
     *
     * @param text the period
     * @return the period
     * @throws BcfException if the text is neither form
     */
    public static ReportingPeriod parse(String text) {
        if (text != null && text.length() <= 30) {
            Matcher m = CANONICAL.matcher(text);
            if (m.matches()) {
                return new ReportingPeriod(FinancialYear.parse(m.group(1)), Quarter.parse(m.group(2)));
            }
            m = LABEL.matcher(text);
            if (m.matches()) {
                return new ReportingPeriod(FinancialYear.parse(m.group(2)), Quarter.parse(m.group(1)));
            }
        }
        throw new BcfException("period: expected a period such as 2017/18 Q2, found \""
                + Text.abbreviate(text) + "\"");
    }

    /** @return the first day of the quarter */
    public LocalDate firstDay() {
        return LocalDate.of(calendarYear(), quarter.firstMonth(), 1);
    }

    /** @return the last day of the quarter */
    public LocalDate lastDay() {
        LocalDate lastMonthStart = LocalDate.of(calendarYear(), quarter.lastMonth(), 1);
        return lastMonthStart.withDayOfMonth(lastMonthStart.lengthOfMonth());
    }

    /**
     * The calendar year the quarter's months fall in, which is also the year of the ONS
     * population projection to use: "population projections are based on a calendar year"
     * ({@code [002:1267]}), and the January-March quarter uses the next calendar year's figure
     * ({@code [002:1153]}: "updated to the mid-year 2016 estimates as we have moved into the new
     * calendar year").
     *
     * @return the calendar year of the quarter's months
     */
    public int calendarYear() {
        return quarter == Quarter.Q4 ? year.startYear() + 1 : year.startYear();
    }

    /** @return the quarter after this one */
    public ReportingPeriod next() {
        return quarter == Quarter.Q4 ? new ReportingPeriod(year.next(), Quarter.Q1)
                : new ReportingPeriod(year, Quarter.of(quarter.number() + 1));
    }

    /** @return the quarter before this one */
    public ReportingPeriod previous() {
        return quarter == Quarter.Q1 ? new ReportingPeriod(year.previous(), Quarter.Q4)
                : new ReportingPeriod(year, Quarter.of(quarter.number() - 1));
    }

    /** @return the template's column label, such as {@code Q2 17/18} */
    public String templateLabel() {
        return quarter + " " + year.shortLabel();
    }

    @Override
    public int compareTo(ReportingPeriod o) {
        int c = year.compareTo(o.year);
        return c != 0 ? c : quarter.compareTo(o.quarter);
    }

    /** @return the canonical form, such as {@code 2017/18 Q2} */
    @Override
    public String toString() {
        return year + " " + quarter;
    }
}
