package dev.bcfkit.core.plan;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.funding.ImprovedBcfPurpose;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One planned use of the improved BCF grant in a 2017-19 plan, assigned to one of the grant's
 * three purposes ({@code [002:475]}), such as Southend's priorities "discharge to assess;
 * integrated discharge team; and trusted assessor" ({@code [002:129]}).
 *
 * @param year the financial year
 * @param purpose the purpose it serves, or null if blank
 * @param amount the amount planned, or null if blank
 * @param description what the money buys, or null
 */
public record ImprovedBcfUse(
        @NotNull FinancialYear year,
        ImprovedBcfPurpose purpose,
        Money amount,
        @Size(max = 100_000) String description) {
}
