package dev.bcfkit.core.returns;

import dev.bcfkit.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The 2016/17 income and expenditure tab: "Plan, forecast, and actual figures for total income
 * into, and total expenditure from, the fund for each quarter to year end (in both cases the
 * yearend figures should equal the total pooled fund)" ({@code [002:1011]}).
 *
 * @param pooledFund the total pooled fund, pre-populated and "rounded to the nearest whole number"
 *     ({@code [002:1048]}), or null
 * @param income the income grid
 * @param expenditure the expenditure grid
 * @param financialCommentary "Commentary on progress against financial plan" ({@code [002:1042]}), or null
 * @param previouslyReturned the "Previously returned data" snapshot shown from Q2 ({@code [002:1613]}), or null
 */
public record IncomeAndExpenditure(
        Money pooledFund,
        @Valid FundFlow income,
        @Valid FundFlow expenditure,
        @Size(max = 100_000) String financialCommentary,
        @Valid PreviouslyReturned previouslyReturned) {

    /**
     * The read-only "Previously returned data" grids of a 2016/17 Q2-Q4 return
     * ({@code [002:1613]}, {@code [002:1999]}, {@code [002:2383]}).
     *
     * @param income the income grid as previously returned
     * @param expenditure the expenditure grid as previously returned
     */
    public record PreviouslyReturned(@Valid FundFlow income, @Valid FundFlow expenditure) {
    }
}
