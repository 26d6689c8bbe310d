package dev.bcfkit.core.plan;

import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.SortedMap;

/**
 * A planning unit's row of the protecting-social-care table ({@code [003:615-619]}: "North
 * Nottinghamshire £2,227,000 £2,227,000").
 *
 * @param planningUnit the planning unit (locality)
 * @param amounts the allocation per financial year
 */
public record PlanningUnitAllocation(
        @NotNull @Size(max = 500) String planningUnit,
        @NotNull SortedMap<FinancialYear, Money> amounts) {

    /**
     * @throws dev.bcfkit.core.BcfException if the map is null
     */
    public PlanningUnitAllocation {
        amounts = Components.sortedMap("amounts", amounts);
    }
}
