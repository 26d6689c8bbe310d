package dev.bcfkit.core.funding;

import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import jakarta.validation.constraints.NotNull;
import java.util.SortedMap;

/**
 * The improved Better Care Fund grant to the local authority ({@code [002:469-485]}): its yearly
 * allocations and their stated multi-year total ("an additional £64.13m over three years - with
 * £16.06m in 2017/18, £21.56m in 2018/19 and £26.51m in 2019/20", {@code [000:42]}), the amount
 * pooled into the BCF ("pool the grant funding into the local BCF, unless an area has written
 * Ministerial exemption", {@code [002:477]}), and the in-year spending forecast ("Of the total
 * £16,059,934 ... £15,499,646 is on track to be spent ... £560,287 has therefore been identified
 * as one-off funding", {@code [000:53]}).
 *
 * @param allocations the allocation per financial year
 * @param statedTotal the multi-year total as stated, or null
 * @param pooled the amount pooled into the BCF per financial year
 * @param ministerialExemption whether the area has a written Ministerial exemption from pooling
 * @param spendForecast the in-year spending forecast, or null
 */
public record ImprovedBcf(
        @NotNull SortedMap<FinancialYear, Money> allocations,
        Money statedTotal,
        @NotNull SortedMap<FinancialYear, Money> pooled,
        boolean ministerialExemption,
        SpendForecast spendForecast) {

    /**
     * @throws dev.bcfkit.core.BcfException if a map is null
     */
    public ImprovedBcf {
        allocations = Components.sortedMap("allocations", allocations);
        pooled = Components.sortedMap("pooled", pooled);
    }

    /**
     * A year's iBCF against its forecast spend and the one-off funding left ({@code [000:53]}).
     *
     * @param year the financial year
     * @param allocation the year's grant, or null
     * @param forecastSpend the spend forecast against the plan, or null
     * @param oneOffAvailable the remainder identified as one-off funding, as stated, or null
     */
    public record SpendForecast(
            @NotNull FinancialYear year, Money allocation, Money forecastSpend, Money oneOffAvailable) {
    }
}
