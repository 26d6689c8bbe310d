package dev.bcfkit.core.funding;

import org.jspecify.annotations.Nullable;
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
        @Nullable Money allocation,
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

    /** Builds a {@link DisabledFacilitiesGrant} by named setters, one per component. */
    public static final class Builder {
        private @Nullable FinancialYear year;
        private @Nullable Money allocation;
        private Map<DistrictCouncil, Money> passedToDistricts = Map.of();
        private boolean jointlyAgreedToRetain;

        private Builder() {
        }

        private Builder(DisabledFacilitiesGrant from) {
            this.year = from.year;
            this.allocation = from.allocation;
            this.passedToDistricts = from.passedToDistricts;
            this.jointlyAgreedToRetain = from.jointlyAgreedToRetain;
        }

        /**
         * @param year the financial year
         * @return this builder
         */
        public Builder year(FinancialYear year) {
            this.year = year;
            return this;
        }

        /**
         * @param allocation the grant allocated to the area, or null
         * @return this builder
         */
        public Builder allocation(@Nullable Money allocation) {
            this.allocation = allocation;
            return this;
        }

        /**
         * @param passedToDistricts the amount passed to each district council (copied; no key or value may be null)
         * @return this builder
         */
        public Builder passedToDistricts(Map<DistrictCouncil, Money> passedToDistricts) {
            this.passedToDistricts = Components.map("passedToDistricts", passedToDistricts);
            return this;
        }

        /**
         * @param jointlyAgreedToRetain whether both tiers jointly agreed that the county keeps part of it
         * @return this builder
         */
        public Builder jointlyAgreedToRetain(boolean jointlyAgreedToRetain) {
            this.jointlyAgreedToRetain = jointlyAgreedToRetain;
            return this;
        }

        /**
         * A required component left unset reaches the constructor as null: the model represents
         * such a record and the validator reports the missing value, as for a document read from a file.
         *
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        @SuppressWarnings("NullAway")
        public DisabledFacilitiesGrant build() {
            return new DisabledFacilitiesGrant(
                    year,
                    allocation,
                    passedToDistricts,
                    jointlyAgreedToRetain);
        }
    }
}
