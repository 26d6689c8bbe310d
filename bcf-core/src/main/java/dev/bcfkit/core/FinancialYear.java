package dev.bcfkit.core;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English public-sector financial year, 1 April to 31 March, printed as the templates print
 * it: {@code 2017/18} ({@code [000:22]} "2017/18 Target"). Also reads {@code 2017-18}
 * (the policy framework's "2017-19", {@code [002:264]}) and {@code 17/18} (the HICM column
 * labels, {@code [000:221]} "Q2 17/18").
 *
 * @param startYear the calendar year in which the financial year starts (2017 for 2017/18)
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {
    /** The earliest start year the library accepts. */
    public static final int EARLIEST = 2000;
    /** The latest start year the library accepts. */
    public static final int LATEST = 2099;

    private static final Pattern FULL = Pattern.compile("(\\d{4})[/-](\\d{2})");
    private static final Pattern SHORT = Pattern.compile("(\\d{2})/(\\d{2})");

    /**
     * @param startYear the calendar year in which the financial year starts
     * @throws BcfException if the year is outside {@value #EARLIEST}-{@value #LATEST}
     */
    public FinancialYear {
        if (startYear < EARLIEST || startYear > LATEST) {
            throw new BcfException("financial year: expected a start year from " + EARLIEST + " to " + LATEST
                    + ", found " + startYear);
        }
    }

    /**
     * @param startYear the calendar year in which the financial year starts
     * @return the financial year
     */
    public static FinancialYear of(int startYear) {
        return new FinancialYear(startYear);
    }

    /**
     * Reads {@code 2017/18}, {@code 2017-18} or {@code 17/18}.
     *
     * @param text the financial year
     * @return the financial year
     * @throws BcfException if the text is not a financial year or its two years are not consecutive
     */
    public static FinancialYear parse(String text) {
        if (text != null && text.length() <= 7) {
            Matcher full = FULL.matcher(text);
            if (full.matches()) {
                return consecutive(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)), text);
            }
            Matcher shortForm = SHORT.matcher(text);
            if (shortForm.matches()) {
                return consecutive(2000 + Integer.parseInt(shortForm.group(1)),
                        Integer.parseInt(shortForm.group(2)), text);
            }
        }
        throw new BcfException("financial year: expected a year such as 2017/18, found \""
                + Text.abbreviate(text) + "\"");
    }

    private static FinancialYear consecutive(int start, int endTwoDigits, String text) {
        if ((start + 1) % 100 != endTwoDigits) {
            throw new BcfException("financial year: \"" + text + "\" does not name consecutive years"
                    + " (expected " + start + "/" + String.format("%02d", (start + 1) % 100) + ")");
        }
        return new FinancialYear(start);
    }

    /** @return 1 April of the start year */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    /** @return 31 March of the following year */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    /** @return the following financial year */
    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    /** @return the previous financial year */
    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    /** @return the short form used in template column labels, such as {@code 17/18} */
    public String shortLabel() {
        return String.format("%02d/%02d", startYear % 100, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    /** @return the year as the templates print it, such as {@code 2017/18} */
    @Override
    public String toString() {
        // Plain concatenation, not String.format, which was a sixth of the JSON reader's time
        // (benchmarks/RESULTS.md); 100 + 18 = "118" gives "18", 100 + 0 = "100" gives "00".
        return startYear + "/" + String.valueOf(100 + (startYear + 1) % 100).substring(1);
    }
}
