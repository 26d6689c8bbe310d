package dev.bcfkit.rules.calc;

import dev.bcfkit.core.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Average fees paid to external care providers, from the 2018/19 return's additional iBCF
 * questions ({@code [004:155-182]}): the average of detailed categories "weighted by the
 * proportion of clients that receive each detailed category" in four steps ({@code [004:166-171]}),
 * and the "estimated uplift as a percentage change between 2017/18 and 2018/19"
 * ({@code [004:175-180]}; Dorset: £20.00 an hour, £803 and £743 a week, 2.5%).
 */
public final class Fees {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

    private Fees() {
    }

    /**
     * A detailed category of a service type (such as "65+ residential with dementia"): the number
     * of clients receiving it and the fee paid for it ({@code [004:166]}).
     *
     * @param clients the number of clients, 0 or more
     * @param fee the fee per hour or per week, £0 or more
     */
    public record CategoryFee(long clients, Money fee) {
    }

    /**
     * The client-weighted average fee of a service type, exactly: the four steps of
     * {@code [004:168-171]} (each category's share of clients times its fee, summed) computed
     * without rounding the shares, as {@code sum(clients x fee) / sum(clients)}, rounded once to
     * {@value Rates#SCALE} decimal places, HALF_UP. 60 clients at £700 and 40 at £900 give
     * 780.000000.
     *
     * @param categories the detailed categories; at least one client in all
     * @return the weighted average fee in pounds
     * @throws CalculationException if the list is null or empty, a category or its fee is null, a
     *     count or fee is negative, or there are no clients at all
     */
    public static BigDecimal weightedAverage(List<CategoryFee> categories) {
        Weighted w = weigh(categories);
        return w.sum.divide(w.clients, Rates.SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The client-weighted average fee to pence, rounded once from the exact quotient (never from
     * the {@value Rates#SCALE}-place figure) with the caller's rounding mode.
     *
     * @param categories the detailed categories; at least one client in all
     * @param rounding how to round to pence
     * @return the weighted average fee
     * @throws CalculationException as for {@link #weightedAverage(List)}, if the rounding is null,
     *     or if it is {@link RoundingMode#UNNECESSARY} and the average is not a whole number of pence
     */
    public static Money weightedAverage(List<CategoryFee> categories, RoundingMode rounding) {
        Inputs.present("rounding", rounding);
        Weighted w = weigh(categories);
        try {
            return Money.of(w.sum.divide(w.clients, Money.MAX_SCALE, rounding));
        } catch (ArithmeticException e) {
            throw new CalculationException("rounding: the weighted average "
                    + w.sum.divide(w.clients, Rates.SCALE, RoundingMode.HALF_UP).toPlainString()
                    + " is not a whole number of pence, so it cannot be given with rounding " + rounding);
        }
    }

    /**
     * The percentage change from one year's fee to the next, {@code (to - from) / from x 100} at
     * {@value Rates#SCALE} decimal places, HALF_UP ({@code [004:175]}): £803 to £823.08 is 2.500623.
     *
     * @param from the earlier fee, more than £0
     * @param to the later fee, £0 or more
     * @return the change in per cent
     * @throws CalculationException if an input is null or negative, or {@code from} is zero
     */
    public static BigDecimal percentChange(Money from, Money to) {
        return change("from", from, "to", to);
    }

    /**
     * A fee uplifted by a percentage, to pence: {@code rate x (1 + percent / 100)}, computed
     * exactly and rounded once. Dorset 2018/19 at 2.5% ({@code [004:178-181]}), HALF_UP: £20.00
     * gives £20.50, £803 gives £823.08 (from 823.075), £743 gives £761.58 (from 761.575).
     *
     * @param rate the fee, £0 or more
     * @param percent the uplift in per cent, -100 or more (2.5 for 2.5%)
     * @param rounding how to round to pence
     * @return the uplifted fee
     * @throws CalculationException if an input is null, the rate is negative, the percent is below
     *     -100, or the rounding is {@link RoundingMode#UNNECESSARY} and the result has a fraction of a penny
     */
    public static Money uplift(Money rate, BigDecimal percent, RoundingMode rounding) {
        Inputs.nonNegative("rate", rate);
        Inputs.decimal("percent", percent);
        Inputs.present("rounding", rounding);
        if (percent.compareTo(MINUS_HUNDRED) < 0) {
            throw new CalculationException("percent: expected -100 or more, found " + percent.toPlainString());
        }
        BigDecimal exact = rate.amount().multiply(HUNDRED.add(percent)).movePointLeft(2);
        try {
            return Money.of(exact.setScale(Money.MAX_SCALE, rounding));
        } catch (ArithmeticException e) {
            throw new CalculationException("rounding: " + rate.format() + " uplifted by " + percent.toPlainString()
                    + "% is " + exact.toPlainString()
                    + ", not a whole number of pence, so it cannot be given with rounding " + rounding);
        }
    }

    /** The exact {@code (to - from) / from x 100} of two non-negative amounts, {@code from} not zero. */
    static BigDecimal change(String fromName, Money from, String toName, Money to) {
        Inputs.nonNegative(fromName, from);
        Inputs.nonNegative(toName, to);
        if (from.isZero()) {
            throw new CalculationException(fromName + ": a percentage change from " + from.format()
                    + " is undefined (to " + to.format() + ")");
        }
        return to.amount().subtract(from.amount()).multiply(HUNDRED)
                .divide(from.amount(), Rates.SCALE, RoundingMode.HALF_UP);
    }

    private static Weighted weigh(List<CategoryFee> categories) {
        Inputs.present("categories", categories);
        if (categories.isEmpty()) {
            throw new CalculationException("categories: expected at least one category, found none");
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal clients = BigDecimal.ZERO;
        for (int i = 0; i < categories.size(); i++) {
            String name = "categories[" + i + "]";
            CategoryFee c = Inputs.present(name, categories.get(i));
            Inputs.nonNegative(name + ".clients", c.clients());
            Inputs.nonNegative(name + ".fee", c.fee());
            BigDecimal n = BigDecimal.valueOf(c.clients());
            sum = sum.add(n.multiply(c.fee().amount()));
            clients = clients.add(n);
        }
        if (clients.signum() == 0) {
            throw new CalculationException("categories: expected at least one client in all, found 0 clients in "
                    + categories.size() + " categories");
        }
        return new Weighted(sum, clients);
    }

    private record Weighted(BigDecimal sum, BigDecimal clients) {
    }
}
