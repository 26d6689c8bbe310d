package dev.bcfkit.core.plan;

import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.YesNo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * What a 2017-19 plan records of the improved BCF grant's conditions ({@code [002:473-485]},
 * Southend's report {@code [002:115-124]}, {@code [002:142-144]}): the planned uses by purpose,
 * and the recorded answers to conditions that are facts outside the figures. A blank answer is
 * {@code null}, never "No".
 *
 * @param uses the planned uses of the grant, each with its purpose
 * @param workingWithCcgAndProviders "work with the relevant Clinical Commissioning Group and
 *     providers to meet National Condition 4" ({@code [002:478]}), or null
 * @param quarterlyReports "provide quarterly reports as required by the Secretary of State"
 *     ({@code [002:480]}), or null
 * @param locallyAgreed the date the iBCF plan was locally agreed ("A grant condition for iBCF is
 *     that the iBCF is locally agreed", {@code [002:144]}), or null
 * @param spendingFrom the date spending of the grant starts, or null
 * @param section151Letter whether the Section 151 Officer's letter confirms the spending is
 *     "additional to prior plans for social care spending" ({@code [002:485]}), or null
 */
public record ImprovedBcfConditions(
        @NotNull List<@Valid ImprovedBcfUse> uses,
        YesNo workingWithCcgAndProviders,
        YesNo quarterlyReports,
        LocalDate locallyAgreed,
        LocalDate spendingFrom,
        YesNo section151Letter) {

    /**
     * @throws dev.bcfkit.core.BcfException if the list is null
     */
    public ImprovedBcfConditions {
        uses = Components.list("uses", uses);
    }
}
