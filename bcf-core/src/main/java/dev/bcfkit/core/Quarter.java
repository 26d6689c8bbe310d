package dev.bcfkit.core;

import java.time.Month;

/**
 * A quarter of the financial year, as in the column labels "Q1 2016/17" ... "Q4 2016/17"
 * ({@code [002:1022]}). Q4 is January to March of the following calendar year, which is why it
 * uses the next calendar year's population ({@code [002:1153]}).
 */
public enum Quarter {
    /** April to June. */
    Q1(Month.APRIL),
    /** July to September. */
    Q2(Month.JULY),
    /** October to December. */
    Q3(Month.OCTOBER),
    /** January to March of the following calendar year. */
    Q4(Month.JANUARY);

    private final Month firstMonth;

    Quarter(Month firstMonth) {
        this.firstMonth = firstMonth;
    }

    /** @return the first calendar month of the quarter */
    public Month firstMonth() {
        return firstMonth;
    }

    /** @return the last calendar month of the quarter */
    public Month lastMonth() {
        return firstMonth.plus(2);
    }

    /** @return 1 to 4 */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * Reads {@code Q1} to {@code Q4} (case-insensitive).
     *
     * @param text the quarter
     * @return the quarter
     * @throws BcfException if the text is not a quarter
     */
    public static Quarter parse(String text) {
        if (text != null && text.length() == 2 && (text.charAt(0) == 'Q' || text.charAt(0) == 'q')) {
            char d = text.charAt(1);
            if (d >= '1' && d <= '4') {
                return values()[d - '1'];
            }
        }
        throw new BcfException("quarter: expected Q1, Q2, Q3 or Q4, found \"" + Text.abbreviate(text) + "\"");
    }

    /**
     * @param number 1 to 4
     * @return the quarter
     * @throws BcfException if the number is outside 1-4
     */
    public static Quarter of(int number) {
        if (number < 1 || number > 4) {
            throw new BcfException("quarter: expected 1 to 4, found " + number);
        }
        return values()[number - 1];
    }
}
