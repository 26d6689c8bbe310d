package dev.bcfkit.examples.cli;

import dev.bcfkit.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the numbers given on the command line: plain decimals only (no exponents, no thousands
 * separators, no currency sign), so that {@code 1e999999999} or a typo is refused with a message
 * that names the option and quotes the value, before any calculator sees it.
 */
final class Numbers {
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1," + Money.MAX_INTEGER_DIGITS + "}(\\.\\d{1,2})?");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

    /** The largest population a rate may be computed for: 100 million people. */
    static final long MAX_POPULATION = 100_000_000L;

    private Numbers() {
    }

    /**
     * @param command the command, for the message
     * @param option the option or argument name, for the message
     * @param text the value as typed
     * @return the amount in pounds
     * @throws UsageException if it is not pounds with at most two decimals
     */
    static Money money(String command, String option, String text) {
        if (text == null || !AMOUNT.matcher(text).matches()) {
            throw bad(command, option, "an amount in pounds such as 13131049 or 20.00", text);
        }
        return Money.of(new BigDecimal(text));
    }

    /**
     * @param command the command, for the message
     * @param option the option or argument name, for the message
     * @param text the value as typed
     * @return the whole number
     * @throws UsageException if it is not a whole number
     */
    static long whole(String command, String option, String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            throw bad(command, option, "a whole number such as 24", text);
        }
        return Long.parseLong(text);
    }

    /**
     * @param command the command, for the message
     * @param option the option or argument name, for the message
     * @param text the value as typed
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return the whole number
     * @throws UsageException if it is not a whole number in range
     */
    static int whole(String command, String option, String text, int min, int max) {
        long n = whole(command, option, text);
        if (n < min || n > max) {
            throw bad(command, option, "a whole number from " + min + " to " + max, text);
        }
        return (int) n;
    }

    /**
     * Reads a population: a whole number of people from 1 to {@value #MAX_POPULATION}. No rate
     * has a denominator of none or fewer, and none of more people than the country has (England
     * has about 56 million; derived bound, with room to spare).
     *
     * @param command the command, for the message
     * @param option the option name, for the message
     * @param text the value as typed
     * @return the population
     * @throws UsageException if it is not a whole number in that range
     */
    static long population(String command, String option, String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            throw bad(command, option, "a number of people such as 180589", text);
        }
        long n = Long.parseLong(text);
        if (n < 1 || n > MAX_POPULATION) {
            throw bad(command, option, "a number of people from 1 to " + MAX_POPULATION, text);
        }
        return n;
    }

    /**
     * @param command the command, for the message
     * @param option the option or argument name, for the message
     * @param text the value as typed
     * @return the decimal, with the scale typed
     * @throws UsageException if it is not a plain decimal
     */
    static BigDecimal decimal(String command, String option, String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw bad(command, option, "a decimal number such as 613.7", text);
        }
        return new BigDecimal(text);
    }

    /**
     * @param command the command, for the message
     * @param option the option name, for the message
     * @param text comma-separated whole numbers, such as {@code 1200,1350,1100}
     * @return the numbers, in order
     * @throws UsageException if any item is not a whole number
     */
    static List<Long> wholeList(String command, String option, String text) {
        List<Long> list = new ArrayList<>();
        String[] items = text.split(",", -1);
        if (items.length > 1000) {
            throw bad(command, option, "at most 1000 comma-separated whole numbers", text);
        }
        for (String item : items) {
            if (!WHOLE.matcher(item.strip()).matches()) {
                throw bad(command, option, "comma-separated whole numbers such as 1200,1350,1100", text);
            }
            list.add(Long.parseLong(item.strip()));
        }
        return list;
    }

    private static UsageException bad(String command, String option, String expected, String text) {
        return new UsageException(command + ": " + option + ": expected " + expected + ", found \""
                + Terminal.oneLine(dev.bcfkit.core.Text.abbreviate(text)) + "\"");
    }
}
