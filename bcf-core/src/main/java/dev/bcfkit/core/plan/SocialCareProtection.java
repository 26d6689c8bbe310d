package dev.bcfkit.core.plan;

import org.jspecify.annotations.Nullable;
import java.util.Map;
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
        @Size(max = 100_000) @Nullable String localDefinition,
        @Size(max = 100_000) @Nullable String howProtected,
        @NotNull List<@Valid PlanningUnitAllocation> allocations,
        @NotNull SortedMap<FinancialYear, Money> total,
        @Valid @Nullable CareBillFunding careBill) {

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
    public record CareBillFunding(@Nullable Money revenue, @Nullable Money capital, @Nullable Money statedTotal) {
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

        /** Builds a {@link CareBillFunding} by named setters, one per component. */
        public static final class Builder {
            private @Nullable Money revenue;
            private @Nullable Money capital;
            private @Nullable Money statedTotal;

            private Builder() {
            }

            private Builder(CareBillFunding from) {
                this.revenue = from.revenue;
                this.capital = from.capital;
                this.statedTotal = from.statedTotal;
            }

            /**
             * @param revenue the revenue amount, or null
             * @return this builder
             */
            public Builder revenue(@Nullable Money revenue) {
                this.revenue = revenue;
                return this;
            }

            /**
             * @param capital the capital amount, or null
             * @return this builder
             */
            public Builder capital(@Nullable Money capital) {
                this.capital = capital;
                return this;
            }

            /**
             * @param statedTotal the grand total as stated, or null
             * @return this builder
             */
            public Builder statedTotal(@Nullable Money statedTotal) {
                this.statedTotal = statedTotal;
                return this;
            }

            /**
             * @return the record, made by its canonical constructor
             * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
             */
            public CareBillFunding build() {
                return new CareBillFunding(
                        revenue,
                        capital,
                        statedTotal);
            }
        }
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

    /** Builds a {@link SocialCareProtection} by named setters, one per component. */
    public static final class Builder {
        private @Nullable String localDefinition;
        private @Nullable String howProtected;
        private List<PlanningUnitAllocation> allocations = List.of();
        private Map<FinancialYear, Money> total = Map.of();
        private @Nullable CareBillFunding careBill;

        private Builder() {
        }

        private Builder(SocialCareProtection from) {
            this.localDefinition = from.localDefinition;
            this.howProtected = from.howProtected;
            this.allocations = from.allocations;
            this.total = from.total;
            this.careBill = from.careBill;
        }

        /**
         * @param localDefinition "Please outline your agreed local definition of protecting adult social care services", or null
         * @return this builder
         */
        public Builder localDefinition(@Nullable String localDefinition) {
            this.localDefinition = localDefinition;
            return this;
        }

        /**
         * @param howProtected "Please explain how local social care services will be protected within your plans", or null
         * @return this builder
         */
        public Builder howProtected(@Nullable String howProtected) {
            this.howProtected = howProtected;
            return this;
        }

        /**
         * @param allocations the allocation per planning unit (copied; no entry may be null)
         * @return this builder
         */
        public Builder allocations(PlanningUnitAllocation... allocations) {
            this.allocations = Components.copy("allocations", allocations);
            return this;
        }

        /**
         * @param allocations the allocation per planning unit (copied; no entry may be null)
         * @return this builder
         */
        public Builder allocations(Iterable<? extends PlanningUnitAllocation> allocations) {
            this.allocations = Components.copy("allocations", allocations);
            return this;
        }

        /**
         * @param total the stated total per financial year (copied; no key or value may be null)
         * @return this builder
         */
        public Builder total(Map<FinancialYear, Money> total) {
            this.total = Components.map("total", total);
            return this;
        }

        /**
         * @param careBill the Care Bill new-duties funding, or null
         * @return this builder
         */
        public Builder careBill(@Nullable CareBillFunding careBill) {
            this.careBill = careBill;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public SocialCareProtection build() {
            return new SocialCareProtection(
                    localDefinition,
                    howProtected,
                    allocations,
                    Components.sortedMap("total", total),
                    careBill);
        }
    }
}
