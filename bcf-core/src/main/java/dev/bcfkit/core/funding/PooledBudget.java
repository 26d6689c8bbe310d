package dev.bcfkit.core.funding;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.YesNo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A Health and Wellbeing Board's BCF pooled budget under the 2017-19 Policy Framework
 * ({@code [002:395-517]}, Annex A {@code [002:667-688]}): the contributions by source and year,
 * the section 75 confirmation ("A requirement that the BCF is transferred into one or more pooled
 * funds established under section 75 of the NHS Act 2006", {@code [002:460]}), the NHS
 * contribution to adult social care, the improved BCF grant and the Disabled Facilities Grant.
 *
 * @param healthAndWellbeingBoard the board
 * @param localAuthority the local authority, whose tier decides the DFG pass-down rule
 * @param contributions the contributions, by source and year
 * @param pooledViaSection75 whether the funds are pooled via a s.75 agreement, or null
 * @param expectedPoolingDate when pooling will happen, if not yet, or null
 * @param socialCare the NHS contribution to adult social care, or null
 * @param improvedBcf the improved BCF grant, or null
 * @param disabledFacilitiesGrants the DFG per year
 */
public record PooledBudget(
        @Valid HealthAndWellbeingBoard healthAndWellbeingBoard,
        @Valid LocalAuthority localAuthority,
        @NotNull List<@Valid Contribution> contributions,
        YesNo pooledViaSection75,
        LocalDate expectedPoolingDate,
        @Valid SocialCareContribution socialCare,
        @Valid ImprovedBcf improvedBcf,
        @NotNull List<@Valid DisabledFacilitiesGrant> disabledFacilitiesGrants) implements BcfDocument {

    /**
     * @throws dev.bcfkit.core.BcfException if a list is null
     */
    public PooledBudget {
        contributions = Components.list("contributions", contributions);
        disabledFacilitiesGrants = Components.list("disabledFacilitiesGrants", disabledFacilitiesGrants);
    }

    /** @return the template edition, always {@link dev.bcfkit.core.Edition#POOLED_BUDGET_2017_19} */
    @Override
    public dev.bcfkit.core.Edition edition() {
        return dev.bcfkit.core.Edition.POOLED_BUDGET_2017_19;
    }

    /** @return {@link DocumentKind#POOLED_BUDGET} */
    @Override
    public DocumentKind kind() {
        return DocumentKind.POOLED_BUDGET;
    }
}
