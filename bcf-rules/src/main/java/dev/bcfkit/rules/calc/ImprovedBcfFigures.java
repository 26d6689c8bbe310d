package dev.bcfkit.rules.calc;

import com.google.common.collect.ImmutableList;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Figures of the improved Better Care Fund (iBCF), the grant for adult social care paid to local
 * authorities and pooled into the BCF ({@code [002:469-485]}): totals and growth of local
 * allocations (Nottinghamshire £16.06m + £21.56m + £26.51m = £64.13m, {@code [000:42]}; Southend
 * £3.99M, £5.429M, £6.744M, {@code [002:128]}) and the national profile before and after the
 * Spring Budget 2017 ({@code [002:471]}).
 */
public final class ImprovedBcfFigures {

    /**
     * One year of the national iBCF profile, in £ billion ({@code [002:471]}): "The Government's
     * Spending Review in 2015 announced new money for the BCF of £105m for 2017-18, £825m for
     * 2018-19 and £1.5bn for 2019-20. The Spring Budget 2017 subsequently increased this to
     * £1.115bn for 2017-18, £1.499bn for 2018-19 and £1.837bn for 2019-20."
     *
     * @param year the financial year
     * @param spendingReview2015 the amount announced at the 2015 Spending Review, £bn
     * @param afterSpringBudget2017 the amount after the Spring Budget 2017, £bn
     */
    public record NationalAllocation(FinancialYear year, BigDecimal spendingReview2015,
            BigDecimal afterSpringBudget2017) {
        /**
         * @param year the financial year
         * @param spendingReview2015 the 2015 Spending Review amount, £bn
         * @param afterSpringBudget2017 the amount after the Spring Budget 2017, £bn
         * @throws CalculationException if a component is null
         */
        public NationalAllocation {
            Inputs.present("year", year);
            Inputs.decimal("spendingReview2015", spendingReview2015);
            Inputs.decimal("afterSpringBudget2017", afterSpringBudget2017);
        }

        /**
         * The increase made by the Spring Budget 2017, derived exactly from {@code [002:471]}:
         * 1.010, 0.674 and 0.337 £bn.
         *
         * @return after minus before, £bn
         */
        public BigDecimal springBudgetIncrement() {
            return afterSpringBudget2017.subtract(spendingReview2015);
        }
    }

    /** 2017-18: £105m, then £1.115bn ({@code [002:471]}). */
    public static final NationalAllocation NATIONAL_2017_18 = new NationalAllocation(FinancialYear.of(2017),
            new BigDecimal("0.105"), new BigDecimal("1.115"));
    /** 2018-19: £825m, then £1.499bn ({@code [002:471]}). */
    public static final NationalAllocation NATIONAL_2018_19 = new NationalAllocation(FinancialYear.of(2018),
            new BigDecimal("0.825"), new BigDecimal("1.499"));
    /** 2019-20: £1.5bn, then £1.837bn ({@code [002:471]}). */
    public static final NationalAllocation NATIONAL_2019_20 = new NationalAllocation(FinancialYear.of(2019),
            new BigDecimal("1.5"), new BigDecimal("1.837"));

    private static final ImmutableList<NationalAllocation> NATIONAL = ImmutableList.of(NATIONAL_2017_18, NATIONAL_2018_19,
            NATIONAL_2019_20);

    private ImprovedBcfFigures() {
    }

    /**
     * The national profile, 2017-18 to 2019-20 in order ({@code [002:471]}).
     *
     * @return the three years
     */
    public static ImmutableList<NationalAllocation> national() {
        return NATIONAL;
    }

    /**
     * The national profile for one year ({@code [002:471]}).
     *
     * @param year 2017/18, 2018/19 or 2019/20
     * @return that year's allocation
     * @throws CalculationException if the year is null or outside the profile
     */
    public static NationalAllocation national(FinancialYear year) {
        Inputs.present("year", year);
        for (NationalAllocation a : NATIONAL) {
            if (a.year().equals(year)) {
                return a;
            }
        }
        throw new CalculationException("year: the national iBCF profile covers "
                + NATIONAL.stream().map(a -> a.year().toString()).collect(Collectors.joining(", "))
                + ", found " + year);
    }

    /**
     * The total Spring Budget 2017 increment over the three years, exactly 2.021 £bn; the paper
     * rounds it to "an additional £2 billion over three years" ({@code [002:399]}).
     *
     * @return the sum of the yearly increments, £bn
     */
    public static BigDecimal springBudgetIncrementTotal() {
        return NATIONAL.stream().map(NationalAllocation::springBudgetIncrement).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /**
     * The exact total of yearly allocations: Nottinghamshire £16,060,000 + £21,560,000 +
     * £26,510,000 = £64,130,000, "an additional £64.13m over three years" ({@code [000:42]}).
     *
     * @param allocations the allocations; none null
     * @return their sum, £0 for none
     * @throws CalculationException if the collection or an allocation is null
     */
    public static Money total(Collection<Money> allocations) {
        Inputs.present("allocations", allocations);
        Money sum = Money.ZERO;
        int i = 0;
        for (Money m : allocations) {
            sum = sum.plus(Inputs.money("allocations[" + i++ + "]", m));
        }
        return sum;
    }

    /**
     * Year-on-year growth of an allocation in per cent, {@code (to - from) / from x 100} at
     * {@value Rates#SCALE} decimal places, HALF_UP: Southend £3.99M to £5.429M is 36.065163%, then
     * to £6.744M is 24.221772% ({@code [002:128]}).
     *
     * @param from the earlier allocation, more than £0
     * @param to the later allocation, £0 or more
     * @return the growth in per cent
     * @throws CalculationException if an input is null or negative, or {@code from} is zero
     */
    public static BigDecimal growthPercent(Money from, Money to) {
        return Fees.change("from", from, "to", to);
    }
}
