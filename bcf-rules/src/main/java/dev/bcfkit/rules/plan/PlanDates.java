package dev.bcfkit.rules.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates in plan messages, printed as the template prints them: {@code 02/04/2014}
 * ({@code [003:18]}, "Date agreed at Health and Well-Being Board: 02/04/2014").
 */
final class PlanDates {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private PlanDates() {
    }

    /**
     * @param date a date, not null
     * @return the date as dd/MM/yyyy
     */
    static String format(LocalDate date) {
        return UK.format(date);
    }
}
