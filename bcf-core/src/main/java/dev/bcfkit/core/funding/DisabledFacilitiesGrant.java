package dev.bcfkit.core.funding;

import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.DistrictCouncil;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * The Disabled Facilities Grant of a year and, in two-tier areas, what the county passes down:
 * "DFG funding allocated by central government should be passed down by the county to the
 * districts (in full, unless jointly agreed to do otherwise)" ({@code [002:467]}).
 *
 * @param year the financial year
 * @param allocation the grant allocated to the area, or null
 * @param passedToDistricts the amount passed to each district council
 * @param jointlyAgreedToRetain whether both tiers jointly agreed that the county keeps part of it
 */
public record DisabledFacilitiesGrant(
        @NotNull FinancialYear year,
        Money allocation,
        @NotNull Map<@Valid DistrictCouncil, Money> passedToDistricts,
        boolean jointlyAgreedToRetain) {

    /**
     * @throws dev.bcfkit.core.BcfException if the map is null
     */
    public DisabledFacilitiesGrant {
        passedToDistricts = Components.map("passedToDistricts", passedToDistricts);
    }

    /** @return the total passed to districts */
    public Money totalPassedToDistricts() {
        return Money.sum(passedToDistricts.values());
    }
}
