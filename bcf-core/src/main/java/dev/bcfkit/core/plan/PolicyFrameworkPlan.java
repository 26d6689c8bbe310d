package dev.bcfkit.core.plan;

import org.jspecify.annotations.Nullable;
import java.util.Map;
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
        @Valid @Nullable HealthAndWellbeingBoard healthAndWellbeingBoard,
        @Valid @Nullable LocalAuthority localAuthority,
        @NotNull List<@Valid ClinicalCommissioningGroup> ccgs,
        @NotNull List<@Valid SignOff> signOffs,
        @Nullable YesNo housingAuthoritiesInvolved,
        @NotNull SortedMap<FinancialYear, Money> minimumPooledFund,
        @NotNull SortedMap<FinancialYear, Money> ccgMinimumContribution,
        @NotNull List<@Valid Contribution> contributions,
        @Nullable YesNo pooledViaSection75,
        @Nullable LocalDate expectedPoolingDate,
        @Valid @Nullable SocialCareContribution socialCare,
        @Nullable YesNo alternativeBaseline,
        @Nullable YesNo alternativeBaselineAgreed,
        @NotNull List<@Valid NhsContributionUse> nhsContributionUses,
        @NotNull List<@Valid OutOfHospitalShare> outOfHospital,
        @Size(max = 1_000_000) @Nullable String transfersOfCare,
        @Valid @Nullable ImprovedBcf improvedBcf,
        @Valid @Nullable ImprovedBcfConditions improvedBcfConditions,
        @NotNull List<@Valid DisabledFacilitiesGrant> disabledFacilitiesGrants,
        @Size(max = 1_000_000) @Nullable String disabledFacilitiesGrantUse,
        @Size(max = 1_000_000) @Nullable String integrationBy2020) implements BcfDocument {

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

    /**
     * A builder with every component blank (collections empty); {@link Builder#build()} runs this
     * record's constructor, so it makes the same checks.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this record's components, to change some and build a copy
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link PolicyFrameworkPlan} by named setters, one per component. */
    public static final class Builder {
        private @Nullable HealthAndWellbeingBoard healthAndWellbeingBoard;
        private @Nullable LocalAuthority localAuthority;
        private List<ClinicalCommissioningGroup> ccgs = List.of();
        private List<SignOff> signOffs = List.of();
        private @Nullable YesNo housingAuthoritiesInvolved;
        private Map<FinancialYear, Money> minimumPooledFund = Map.of();
        private Map<FinancialYear, Money> ccgMinimumContribution = Map.of();
        private List<Contribution> contributions = List.of();
        private @Nullable YesNo pooledViaSection75;
        private @Nullable LocalDate expectedPoolingDate;
        private @Nullable SocialCareContribution socialCare;
        private @Nullable YesNo alternativeBaseline;
        private @Nullable YesNo alternativeBaselineAgreed;
        private List<NhsContributionUse> nhsContributionUses = List.of();
        private List<OutOfHospitalShare> outOfHospital = List.of();
        private @Nullable String transfersOfCare;
        private @Nullable ImprovedBcf improvedBcf;
        private @Nullable ImprovedBcfConditions improvedBcfConditions;
        private List<DisabledFacilitiesGrant> disabledFacilitiesGrants = List.of();
        private @Nullable String disabledFacilitiesGrantUse;
        private @Nullable String integrationBy2020;

        private Builder() {
        }

        private Builder(PolicyFrameworkPlan from) {
            this.healthAndWellbeingBoard = from.healthAndWellbeingBoard;
            this.localAuthority = from.localAuthority;
            this.ccgs = from.ccgs;
            this.signOffs = from.signOffs;
            this.housingAuthoritiesInvolved = from.housingAuthoritiesInvolved;
            this.minimumPooledFund = from.minimumPooledFund;
            this.ccgMinimumContribution = from.ccgMinimumContribution;
            this.contributions = from.contributions;
            this.pooledViaSection75 = from.pooledViaSection75;
            this.expectedPoolingDate = from.expectedPoolingDate;
            this.socialCare = from.socialCare;
            this.alternativeBaseline = from.alternativeBaseline;
            this.alternativeBaselineAgreed = from.alternativeBaselineAgreed;
            this.nhsContributionUses = from.nhsContributionUses;
            this.outOfHospital = from.outOfHospital;
            this.transfersOfCare = from.transfersOfCare;
            this.improvedBcf = from.improvedBcf;
            this.improvedBcfConditions = from.improvedBcfConditions;
            this.disabledFacilitiesGrants = from.disabledFacilitiesGrants;
            this.disabledFacilitiesGrantUse = from.disabledFacilitiesGrantUse;
            this.integrationBy2020 = from.integrationBy2020;
        }

        /**
         * @param healthAndWellbeingBoard the board
         * @return this builder
         */
        public Builder healthAndWellbeingBoard(@Nullable HealthAndWellbeingBoard healthAndWellbeingBoard) {
            this.healthAndWellbeingBoard = healthAndWellbeingBoard;
            return this;
        }

        /**
         * @param localAuthority the local authority, whose tier decides the DFG pass-down rule
         * @return this builder
         */
        public Builder localAuthority(@Nullable LocalAuthority localAuthority) {
            this.localAuthority = localAuthority;
            return this;
        }

        /**
         * @param ccgs the Clinical Commissioning Groups of the area (copied; no entry may be null)
         * @return this builder
         */
        public Builder ccgs(ClinicalCommissioningGroup... ccgs) {
            this.ccgs = Components.copy("ccgs", ccgs);
            return this;
        }

        /**
         * @param ccgs the Clinical Commissioning Groups of the area (copied; no entry may be null)
         * @return this builder
         */
        public Builder ccgs(Iterable<? extends ClinicalCommissioningGroup> ccgs) {
            this.ccgs = Components.copy("ccgs", ccgs);
            return this;
        }

        /**
         * @param signOffs the plan's sign-offs (copied; no entry may be null)
         * @return this builder
         */
        public Builder signOffs(SignOff... signOffs) {
            this.signOffs = Components.copy("signOffs", signOffs);
            return this;
        }

        /**
         * @param signOffs the plan's sign-offs (copied; no entry may be null)
         * @return this builder
         */
        public Builder signOffs(Iterable<? extends SignOff> signOffs) {
            this.signOffs = Components.copy("signOffs", signOffs);
            return this;
        }

        /**
         * @param housingAuthoritiesInvolved whether local housing authority representatives were involved in developing and agreeing the plan ({@code [002:672]}), or null
         * @return this builder
         */
        public Builder housingAuthoritiesInvolved(@Nullable YesNo housingAuthoritiesInvolved) {
            this.housingAuthoritiesInvolved = housingAuthoritiesInvolved;
            return this;
        }

        /**
         * @param minimumPooledFund the minimum of the pooled fund per year, from the BCF allocations spreadsheet ({@code [002:670]}) (copied; no key or value may be null)
         * @return this builder
         */
        public Builder minimumPooledFund(Map<FinancialYear, Money> minimumPooledFund) {
            this.minimumPooledFund = Components.map("minimumPooledFund", minimumPooledFund);
            return this;
        }

        /**
         * @param ccgMinimumContribution the area's minimum CCG contribution per year ({@code [002:415]}) (copied; no key or value may be null)
         * @return this builder
         */
        public Builder ccgMinimumContribution(Map<FinancialYear, Money> ccgMinimumContribution) {
            this.ccgMinimumContribution = Components.map("ccgMinimumContribution", ccgMinimumContribution);
            return this;
        }

        /**
         * @param contributions the contributions to the pool, by source and year (copied; no entry may be null)
         * @return this builder
         */
        public Builder contributions(Contribution... contributions) {
            this.contributions = Components.copy("contributions", contributions);
            return this;
        }

        /**
         * @param contributions the contributions to the pool, by source and year (copied; no entry may be null)
         * @return this builder
         */
        public Builder contributions(Iterable<? extends Contribution> contributions) {
            this.contributions = Components.copy("contributions", contributions);
            return this;
        }

        /**
         * @param pooledViaSection75 whether the funds are pooled via a s.75 agreement, or null
         * @return this builder
         */
        public Builder pooledViaSection75(@Nullable YesNo pooledViaSection75) {
            this.pooledViaSection75 = pooledViaSection75;
            return this;
        }

        /**
         * @param expectedPoolingDate when pooling will happen, if not yet, or null
         * @return this builder
         */
        public Builder expectedPoolingDate(@Nullable LocalDate expectedPoolingDate) {
            this.expectedPoolingDate = expectedPoolingDate;
            return this;
        }

        /**
         * @param socialCare the NHS contribution to adult social care, or null
         * @return this builder
         */
        public Builder socialCare(@Nullable SocialCareContribution socialCare) {
            this.socialCare = socialCare;
            return this;
        }

        /**
         * @param alternativeBaseline whether the social-care baseline is an alternative to the assured 2016/17 figures ({@code [002:673]}), or null
         * @return this builder
         */
        public Builder alternativeBaseline(@Nullable YesNo alternativeBaseline) {
            this.alternativeBaseline = alternativeBaseline;
            return this;
        }

        /**
         * @param alternativeBaselineAgreed whether the Integration Partnership Board agreed the alternative baseline, or null
         * @return this builder
         */
        public Builder alternativeBaselineAgreed(@Nullable YesNo alternativeBaselineAgreed) {
            this.alternativeBaselineAgreed = alternativeBaselineAgreed;
            return this;
        }

        /**
         * @param nhsContributionUses what each year's NHS contribution keeps for reablement, carers' breaks and Care Act duties (copied; no entry may be null)
         * @return this builder
         */
        public Builder nhsContributionUses(NhsContributionUse... nhsContributionUses) {
            this.nhsContributionUses = Components.copy("nhsContributionUses", nhsContributionUses);
            return this;
        }

        /**
         * @param nhsContributionUses what each year's NHS contribution keeps for reablement, carers' breaks and Care Act duties (copied; no entry may be null)
         * @return this builder
         */
        public Builder nhsContributionUses(Iterable<? extends NhsContributionUse> nhsContributionUses) {
            this.nhsContributionUses = Components.copy("nhsContributionUses", nhsContributionUses);
            return this;
        }

        /**
         * @param outOfHospital each year's share for NHS-commissioned out-of-hospital services (copied; no entry may be null)
         * @return this builder
         */
        public Builder outOfHospital(OutOfHospitalShare... outOfHospital) {
            this.outOfHospital = Components.copy("outOfHospital", outOfHospital);
            return this;
        }

        /**
         * @param outOfHospital each year's share for NHS-commissioned out-of-hospital services (copied; no entry may be null)
         * @return this builder
         */
        public Builder outOfHospital(Iterable<? extends OutOfHospitalShare> outOfHospital) {
            this.outOfHospital = Components.copy("outOfHospital", outOfHospital);
            return this;
        }

        /**
         * @param transfersOfCare condition 4: how local partners will work together to fund and implement the High Impact Change Model for managing transfers of care ({@code [002:684]}), or null
         * @return this builder
         */
        public Builder transfersOfCare(@Nullable String transfersOfCare) {
            this.transfersOfCare = transfersOfCare;
            return this;
        }

        /**
         * @param improvedBcf the improved BCF grant, or null
         * @return this builder
         */
        public Builder improvedBcf(@Nullable ImprovedBcf improvedBcf) {
            this.improvedBcf = improvedBcf;
            return this;
        }

        /**
         * @param improvedBcfConditions the improved BCF's planned uses and recorded conditions, or null
         * @return this builder
         */
        public Builder improvedBcfConditions(@Nullable ImprovedBcfConditions improvedBcfConditions) {
            this.improvedBcfConditions = improvedBcfConditions;
            return this;
        }

        /**
         * @param disabledFacilitiesGrants the DFG per year (copied; no entry may be null)
         * @return this builder
         */
        public Builder disabledFacilitiesGrants(DisabledFacilitiesGrant... disabledFacilitiesGrants) {
            this.disabledFacilitiesGrants = Components.copy("disabledFacilitiesGrants", disabledFacilitiesGrants);
            return this;
        }

        /**
         * @param disabledFacilitiesGrants the DFG per year (copied; no entry may be null)
         * @return this builder
         */
        public Builder disabledFacilitiesGrants(Iterable<? extends DisabledFacilitiesGrant> disabledFacilitiesGrants) {
            this.disabledFacilitiesGrants = Components.copy("disabledFacilitiesGrants", disabledFacilitiesGrants);
            return this;
        }

        /**
         * @param disabledFacilitiesGrantUse how the DFG will be used over the two years, or null
         * @return this builder
         */
        public Builder disabledFacilitiesGrantUse(@Nullable String disabledFacilitiesGrantUse) {
            this.disabledFacilitiesGrantUse = disabledFacilitiesGrantUse;
            return this;
        }

        /**
         * @param integrationBy2020 how the area expects to progress to further integration by 2020, or null
         * @return this builder
         */
        public Builder integrationBy2020(@Nullable String integrationBy2020) {
            this.integrationBy2020 = integrationBy2020;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public PolicyFrameworkPlan build() {
            return new PolicyFrameworkPlan(
                    healthAndWellbeingBoard,
                    localAuthority,
                    ccgs,
                    signOffs,
                    housingAuthoritiesInvolved,
                    Components.sortedMap("minimumPooledFund", minimumPooledFund),
                    Components.sortedMap("ccgMinimumContribution", ccgMinimumContribution),
                    contributions,
                    pooledViaSection75,
                    expectedPoolingDate,
                    socialCare,
                    alternativeBaseline,
                    alternativeBaselineAgreed,
                    nhsContributionUses,
                    outOfHospital,
                    transfersOfCare,
                    improvedBcf,
                    improvedBcfConditions,
                    disabledFacilitiesGrants,
                    disabledFacilitiesGrantUse,
                    integrationBy2020);
        }
    }
}
