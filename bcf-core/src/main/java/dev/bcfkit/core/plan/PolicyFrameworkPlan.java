package dev.bcfkit.core.plan;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.Contribution;
import dev.bcfkit.core.funding.DisabledFacilitiesGrant;
import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.funding.SocialCareContribution;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * A BCF plan for 2017-19 under the Integration and Better Care Fund Policy Framework
 * ({@code [002:395-517]}; the national conditions, Annex A {@code [002:667-688]}; integration by
 * 2020, {@code [002:626]}). The papers print no completed 2017-19 plan, only the framework and
 * Southend's reports on preparing one ({@code [002:33-184]}, {@code [002:2617-2730]}), so this
 * record holds what the framework asks a plan to show, each answer blank ({@code null} or empty)
 * until given.
 *
 * <p>A plan holds what a 2017-19 pooled budget holds, under the same member names (the
 * contributions, the s.75 pool, the NHS contribution to adult social care, the improved BCF and
 * the Disabled Facilities Grant; {@link #pooledBudget()}), and adds what only a plan shows:
 * <ul>
 *   <li>condition 1, plans jointly agreed: the CCGs, the sign-offs by the board, the council and
 *       every CCG ({@code [002:461]}, {@code [002:671]}), the minimum of the pooled fund
 *       ({@code [002:670]}), the housing authorities' involvement ({@code [002:672]}), how the DFG
 *       will be used ({@code [002:672]});</li>
 *   <li>condition 2: whether the baseline is an alternative one agreed by the Integration
 *       Partnership Board ({@code [002:673]});</li>
 *   <li>the area's CCG minimum contribution ({@code [002:415]}, {@code [002:670]}) and what it
 *       keeps for reablement, carers' breaks and Care Act duties ({@code [002:419]});</li>
 *   <li>condition 3, the share for NHS-commissioned out-of-hospital services or a risk share
 *       ({@code [002:680-683]});</li>
 *   <li>condition 4, managing transfers of care: how partners will fund and implement the High
 *       Impact Change Model ({@code [002:684]});</li>
 *   <li>the improved BCF's conditions ({@code [002:473-485]});</li>
 *   <li>progress to further integration by 2020 ({@code [002:626]}).</li>
 * </ul>
 *
 * @param healthAndWellbeingBoard the board
 * @param localAuthority the local authority, whose tier decides the DFG pass-down rule
 * @param ccgs the Clinical Commissioning Groups of the area
 * @param signOffs the plan's sign-offs
 * @param housingAuthoritiesInvolved whether local housing authority representatives were
 *     involved in developing and agreeing the plan ({@code [002:672]}), or null
 * @param minimumPooledFund the minimum of the pooled fund per year, from the BCF allocations
 *     spreadsheet ({@code [002:670]})
 * @param ccgMinimumContribution the area's minimum CCG contribution per year ({@code [002:415]})
 * @param contributions the contributions to the pool, by source and year
 * @param pooledViaSection75 whether the funds are pooled via a s.75 agreement, or null
 * @param expectedPoolingDate when pooling will happen, if not yet, or null
 * @param socialCare the NHS contribution to adult social care, or null
 * @param alternativeBaseline whether the social-care baseline is an alternative to the assured
 *     2016/17 figures ({@code [002:673]}), or null
 * @param alternativeBaselineAgreed whether the Integration Partnership Board agreed the
 *     alternative baseline, or null
 * @param nhsContributionUses what each year's NHS contribution keeps for reablement, carers'
 *     breaks and Care Act duties
 * @param outOfHospital each year's share for NHS-commissioned out-of-hospital services
 * @param transfersOfCare condition 4: how local partners will work together to fund and implement the
 *     High Impact Change Model for managing transfers of care ({@code [002:684]}), or null
 * @param improvedBcf the improved BCF grant, or null
 * @param improvedBcfConditions the improved BCF's planned uses and recorded conditions, or null
 * @param disabledFacilitiesGrants the DFG per year
 * @param disabledFacilitiesGrantUse how the DFG will be used over the two years, or null
 * @param integrationBy2020 how the area expects to progress to further integration by 2020, or null
 */
public record PolicyFrameworkPlan(
        @Valid HealthAndWellbeingBoard healthAndWellbeingBoard,
        @Valid LocalAuthority localAuthority,
        @NotNull List<@Valid ClinicalCommissioningGroup> ccgs,
        @NotNull List<@Valid SignOff> signOffs,
        YesNo housingAuthoritiesInvolved,
        @NotNull SortedMap<FinancialYear, Money> minimumPooledFund,
        @NotNull SortedMap<FinancialYear, Money> ccgMinimumContribution,
        @NotNull List<@Valid Contribution> contributions,
        YesNo pooledViaSection75,
        LocalDate expectedPoolingDate,
        @Valid SocialCareContribution socialCare,
        YesNo alternativeBaseline,
        YesNo alternativeBaselineAgreed,
        @NotNull List<@Valid NhsContributionUse> nhsContributionUses,
        @NotNull List<@Valid OutOfHospitalShare> outOfHospital,
        @Size(max = 1_000_000) String transfersOfCare,
        @Valid ImprovedBcf improvedBcf,
        @Valid ImprovedBcfConditions improvedBcfConditions,
        @NotNull List<@Valid DisabledFacilitiesGrant> disabledFacilitiesGrants,
        @Size(max = 1_000_000) String disabledFacilitiesGrantUse,
        @Size(max = 1_000_000) String integrationBy2020) implements BcfDocument {

    /**
     * @throws dev.bcfkit.core.BcfException if a collection is null
     */
    public PolicyFrameworkPlan {
        ccgs = Components.list("ccgs", ccgs);
        signOffs = Components.list("signOffs", signOffs);
        minimumPooledFund = Components.sortedMap("minimumPooledFund", minimumPooledFund);
        ccgMinimumContribution = Components.sortedMap("ccgMinimumContribution", ccgMinimumContribution);
        contributions = Components.list("contributions", contributions);
        nhsContributionUses = Components.list("nhsContributionUses", nhsContributionUses);
        outOfHospital = Components.list("outOfHospital", outOfHospital);
        disabledFacilitiesGrants = Components.list("disabledFacilitiesGrants", disabledFacilitiesGrants);
    }

    /**
     * The plan's pooled budget: the members a 2017-19 pooled budget has, under the same names, so
     * that what is said of a pooled budget (and where, as a JSON pointer) is said of the plan.
     *
     * @return the pooled budget the plan holds
     */
    public PooledBudget pooledBudget() {
        return new PooledBudget(healthAndWellbeingBoard, localAuthority, contributions, pooledViaSection75,
                expectedPoolingDate, socialCare, improvedBcf, disabledFacilitiesGrants);
    }

    /** @return the template edition, always {@link Edition#PLAN_2017_19} */
    @Override
    public Edition edition() {
        return Edition.PLAN_2017_19;
    }

    /** @return {@link DocumentKind#PLAN} */
    @Override
    public DocumentKind kind() {
        return DocumentKind.PLAN;
    }
}
