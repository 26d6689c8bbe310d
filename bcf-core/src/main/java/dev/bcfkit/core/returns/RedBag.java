package dev.bcfkit.core.returns;

import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.ReportingPeriod;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.SortedMap;

/**
 * The urgent and emergency care "Red Bag scheme" row of the HICM sheet ({@code [000:239-241]},
 * {@code [004:94-95]}): maturity per quarter, and "If there are no plans to implement such a
 * scheme, please provide a narrative on alternative mitigations in place to support improved
 * communications in hospital transfer arrangements for social care residents."
 *
 * @param maturity the maturity level per quarter column
 * @param alternativeMitigations the alternative mitigations, or null
 * @param challenges "Challenges", or null
 * @param achievements "Achievements / Impact", or null
 * @param supportNeeds "Support needs", or null
 */
public record RedBag(
        @NotNull SortedMap<ReportingPeriod, MaturityLevel> maturity,
        @Size(max = 100_000) String alternativeMitigations,
        @Size(max = 100_000) String challenges,
        @Size(max = 100_000) String achievements,
        @Size(max = 100_000) String supportNeeds) {

    /**
     * @throws dev.bcfkit.core.BcfException if the maturity map is null
     */
    public RedBag {
        maturity = Components.sortedMap("maturity", maturity);
    }
}
