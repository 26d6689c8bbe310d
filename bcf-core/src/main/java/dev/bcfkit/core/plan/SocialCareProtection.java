package dev.bcfkit.core.plan;

import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.SortedMap;

/**
 * National condition a) "Protecting social care services" of the 2014 plan ({@code [003:592-626]}):
 * the local definition, how services will be protected, the allocations per planning unit and
 * the stated total ("Countywide Total £16,117,000", {@code [003:620]}), and the Care Bill funding
 * ({@code [003:626]}).
 *
 * @param localDefinition "Please outline your agreed local definition of protecting adult social care services", or null
 * @param howProtected "Please explain how local social care services will be protected within your plans", or null
 * @param allocations the allocation per planning unit
 * @param total the stated total per financial year
 * @param careBill the Care Bill new-duties funding, or null
 */
public record SocialCareProtection(
        @Size(max = 100_000) String localDefinition,
        @Size(max = 100_000) String howProtected,
        @NotNull List<@Valid PlanningUnitAllocation> allocations,
        @NotNull SortedMap<FinancialYear, Money> total,
        @Valid CareBillFunding careBill) {

    /**
     * @throws dev.bcfkit.core.BcfException if a collection is null
     */
    public SocialCareProtection {
        allocations = Components.list("allocations", allocations);
        total = Components.sortedMap("total", total);
    }

    /**
     * "this amounts to £1,946,000, with an additional £735,000 capital investment funding ... this
     * gives a grand total ... of £2,681,000" ({@code [003:626]}).
     *
     * @param revenue the revenue amount, or null
     * @param capital the capital amount, or null
     * @param statedTotal the grand total as stated, or null
     */
    public record CareBillFunding(Money revenue, Money capital, Money statedTotal) {
    }
}
