package dev.bcfkit.core.returns;

import jakarta.validation.constraints.Size;

/**
 * One grid of the income and expenditure tab, for income into or expenditure from the pooled
 * fund: plan, forecast and actual rows ({@code [002:1022-1036]}) and the comment the template
 * asks for when an annual total differs from the pooled fund or the quarter's actual differs from
 * its plan or forecast ({@code [002:1027]}, {@code [002:1628]}).
 *
 * @param plan the plan row
 * @param forecast the forecast row
 * @param actual the actual row ("Actual figures should be based on the best available information", {@code [002:1046]})
 * @param differenceComment the comment on differences, or null
 */
public record FundFlow(
        QuarterlyFigures plan,
        QuarterlyFigures forecast,
        QuarterlyFigures actual,
        @Size(max = 100_000) String differenceComment) {
}
