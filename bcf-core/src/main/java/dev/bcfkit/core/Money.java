package dev.bcfkit.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount of money in pounds sterling (GBP), as entered in the BCF templates: whole
 * pounds in the income and expenditure grids ("rounded to the nearest whole number",
 * {@code [002:1048]}) and pence in the average-fee table ({@code [004:178]}, "£ 20.00").
 *
 * <p>Invariants, checked in the factory before any arithmetic, so that a hostile value such as
 * {@code 1e-100000000} or {@code 1e999999999} is refused at once instead of being computed with:
 * the scale is between 0 and 2 (pounds or pence, never a fraction of a penny, never a negative
 * scale) and the amount has at most {@value #MAX_INTEGER_DIGITS} integer digits. Sums of such
 * amounts are exact and may exceed that bound.
 *
 * <p>Negative amounts are representable: a negative figure in a return is something the rules
 * report ({@code [002:1195]}: numeric cells run from 0), not something the model refuses.
 *
 * <p>Equality is by value: {@code 2.0} equals {@code 2.00}. Rounding happens only through
 * methods that take a {@link RoundingMode}.
 */
public final class Money implements Comparable<Money> {
    /** The most integer digits an amount from outside may have (up to £999 trillion). */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** The finest scale: pence. */
    public static final int MAX_SCALE = 2;
    /** The only currency the BCF uses. */
    public static final String CURRENCY = "GBP";
    /** Zero pounds. */
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * An amount in pounds.
     *
     * @param amount the amount; scale 0 to 2 and at most {@value #MAX_INTEGER_DIGITS} integer digits
     * @return the money
     * @throws BcfException if the amount is null, has a negative scale, a fraction of a penny or too many digits
     */
    public static Money of(BigDecimal amount) {
        if (amount == null) {
            throw new BcfException("amount: expected an amount in pounds, found null");
        }
        int scale = amount.scale();
        if (scale < 0) {
            throw new BcfException("amount: expected pounds and pence, found an exponent form with negative scale "
                    + scale + " (write the amount out in full)");
        }
        if (scale > MAX_SCALE) {
            throw new BcfException("amount: expected at most 2 decimal places (pence), found " + scale
                    + " decimal places" + (scale <= 40 ? " in " + amount.toPlainString() : ""));
        }
        int integerDigits = amount.precision() - scale;
        if (integerDigits > MAX_INTEGER_DIGITS) {
            throw new BcfException("amount: expected at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point, found " + integerDigits);
        }
        return new Money(amount);
    }

    /**
     * An amount in whole pounds.
     *
     * @param pounds the whole pounds
     * @return the money
     */
    public static Money pounds(long pounds) {
        return of(BigDecimal.valueOf(pounds));
    }

    /**
     * Parses a plain decimal amount such as {@code "13131049"} or {@code "20.00"}.
     *
     * @param text the amount, digits with an optional sign and up to two decimals
     * @return the money
     * @throws BcfException if the text is not such an amount
     */
    public static Money parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_INTEGER_DIGITS + MAX_SCALE + 2
                || !text.matches("-?\\d+(\\.\\d{1,2})?")) {
            throw new BcfException("amount: expected pounds such as 13131049 or 20.00, found \""
                    + Text.abbreviate(text) + "\"");
        }
        return of(new BigDecimal(text));
    }

    /**
     * An amount in pounds and the currency it is given in; only GBP is accepted.
     *
     * @param amount the amount
     * @param currencyCode the ISO 4217 code
     * @return the money
     * @throws BcfException if the currency is not GBP
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        if (!CURRENCY.equals(currencyCode)) {
            throw new BcfException("currency: the Better Care Fund is in pounds sterling (GBP), found \""
                    + Text.abbreviate(currencyCode) + "\"");
        }
        return of(amount);
    }

    /**
     * The exact sum of amounts.
     *
     * @param amounts the amounts; none may be null
     * @return their sum, zero for none
     */
    public static Money sum(Iterable<Money> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Money m : amounts) {
            total = total.add(Objects.requireNonNull(m, "amount").amount);
        }
        return new Money(total);
    }

    /** @return the exact amount in pounds, with the scale it was given in */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * @param other an amount
     * @return this plus {@code other}, exactly
     */
    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /**
     * @param other an amount
     * @return this minus {@code other}, exactly
     */
    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** @return the amount with its sign flipped, exactly */
    public Money negate() {
        return new Money(amount.negate());
    }

    /** @return the absolute amount */
    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    /**
     * Multiplies by a factor (an uplift such as 1.0179) and rounds to the given scale.
     *
     * @param factor the factor
     * @param scale 0 for whole pounds, 2 for pence
     * @param rounding how to round, named by the caller
     * @return the rounded product
     */
    public Money times(BigDecimal factor, int scale, RoundingMode rounding) {
        checkScale(scale);
        return new Money(amount.multiply(factor).setScale(scale, rounding));
    }

    /**
     * Rounds to whole pounds or pence.
     *
     * @param scale 0 for whole pounds, 2 for pence
     * @param rounding how to round, named by the caller
     * @return the rounded amount
     */
    public Money round(int scale, RoundingMode rounding) {
        checkScale(scale);
        return new Money(amount.setScale(scale, rounding));
    }

    private static void checkScale(int scale) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw new BcfException("scale: expected 0 (pounds) to 2 (pence), found " + scale);
        }
    }

    /** @return -1, 0 or 1 as this amount is negative, zero or positive */
    public int signum() {
        return amount.signum();
    }

    /** @return whether the amount is zero, at any scale */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * @param other an amount
     * @return whether this amount is less than {@code other}
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * @param other an amount
     * @return whether this amount is greater than {@code other}
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode();
    }

    /**
     * The amount as the templates print it: {@code £13,131,049}, {@code £20.00}, {@code -£1}.
     *
     * @return the formatted amount
     */
    public String format() {
        DecimalFormat f = new DecimalFormat(amount.scale() > 0 ? "#,##0.00" : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.UK));
        String digits = f.format(amount.abs());
        return (amount.signum() < 0 ? "-£" : "£") + digits;
    }

    /** @return the plain decimal amount, such as {@code 13131049} or {@code 20.00} */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
