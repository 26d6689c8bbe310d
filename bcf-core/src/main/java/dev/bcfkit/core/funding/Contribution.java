package dev.bcfkit.core.funding;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One contribution to the pooled budget for a financial year.
 *
 * @param source where the money comes from
 * @param year the financial year
 * @param amount the amount, or null if blank
 * @param contributor the contributing body (a CCG or council), or null
 */
public record Contribution(
        @NotNull ContributionSource source,
        @NotNull FinancialYear year,
        Money amount,
        @Size(max = 500) String contributor) {
}
