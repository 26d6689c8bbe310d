package dev.bcfkit.core.plan;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import jakarta.validation.constraints.NotNull;

/**
 * What a year's NHS (CCG minimum) contribution keeps for purposes earmarked before 2017: "the NHS
 * contribution to the BCF includes funding to support the implementation of the Care Act 2014.
 * Funding previously earmarked for reablement (£300m) and for the provision of carers' breaks
 * (£130m) also remains in the NHS allocation" ({@code [002:419]}, {@code [002:427]}).
 *
 * @param year the financial year
 * @param reablement the area's reablement funding kept in the NHS contribution, or null if blank
 * @param carersBreaks the area's carers' breaks funding kept in the NHS contribution, or null
 * @param careActDuties the funding for Care Act 2014 duties in the NHS contribution, or null
 */
public record NhsContributionUse(
        @NotNull FinancialYear year,
        Money reablement,
        Money carersBreaks,
        Money careActDuties) {
}
