package dev.bcfkit.core.funding;

import org.jspecify.annotations.Nullable;
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
        @Valid @Nullable HealthAndWellbeingBoard healthAndWellbeingBoard,
        @Valid @Nullable LocalAuthority localAuthority,
        @NotNull List<@Valid Contribution> contributions,
        @Nullable YesNo pooledViaSection75,
        @Nullable LocalDate expectedPoolingDate,
        @Valid @Nullable SocialCareContribution socialCare,
        @Valid @Nullable ImprovedBcf improvedBcf,
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

    /** Builds a {@link PooledBudget} by named setters, one per component. */
    public static final class Builder {
        private @Nullable HealthAndWellbeingBoard healthAndWellbeingBoard;
        private @Nullable LocalAuthority localAuthority;
        private List<Contribution> contributions = List.of();
        private @Nullable YesNo pooledViaSection75;
        private @Nullable LocalDate expectedPoolingDate;
        private @Nullable SocialCareContribution socialCare;
        private @Nullable ImprovedBcf improvedBcf;
        private List<DisabledFacilitiesGrant> disabledFacilitiesGrants = List.of();

        private Builder() {
        }

        private Builder(PooledBudget from) {
            this.healthAndWellbeingBoard = from.healthAndWellbeingBoard;
            this.localAuthority = from.localAuthority;
            this.contributions = from.contributions;
            this.pooledViaSection75 = from.pooledViaSection75;
            this.expectedPoolingDate = from.expectedPoolingDate;
            this.socialCare = from.socialCare;
            this.improvedBcf = from.improvedBcf;
            this.disabledFacilitiesGrants = from.disabledFacilitiesGrants;
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
         * @param contributions the contributions, by source and year (copied; no entry may be null)
         * @return this builder
         */
        public Builder contributions(Contribution... contributions) {
            this.contributions = Components.copy("contributions", contributions);
            return this;
        }

        /**
         * @param contributions the contributions, by source and year (copied; no entry may be null)
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
         * @param improvedBcf the improved BCF grant, or null
         * @return this builder
         */
        public Builder improvedBcf(@Nullable ImprovedBcf improvedBcf) {
            this.improvedBcf = improvedBcf;
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
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public PooledBudget build() {
            return new PooledBudget(
                    healthAndWellbeingBoard,
                    localAuthority,
                    contributions,
                    pooledViaSection75,
                    expectedPoolingDate,
                    socialCare,
                    improvedBcf,
                    disabledFacilitiesGrants);
        }
    }
}
