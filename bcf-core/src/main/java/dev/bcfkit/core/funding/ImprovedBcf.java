package dev.bcfkit.core.funding;

import org.jspecify.annotations.Nullable;
import java.util.Map;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import jakarta.validation.constraints.NotNull;
import java.util.SortedMap;

/**
 * The improved Better Care Fund grant to the local authority ({@code [002:469-485]}): its yearly
 * allocations and their stated multi-year total ("an additional £64.13m over three years - with
 * £16.06m in 2017/18, £21.56m in 2018/19 and £26.51m in 2019/20", {@code [000:42]}), the amount
 * pooled into the BCF ("pool the grant funding into the local BCF, unless an area has written
 * Ministerial exemption", {@code [002:477]}), and the in-year spending forecast ("Of the total
 * £16,059,934 ... £15,499,646 is on track to be spent ... £560,287 has therefore been identified
 * as one-off funding", {@code [000:53]}).
 *
 * @param allocations the allocation per financial year
 * @param statedTotal the multi-year total as stated, or null
 * @param pooled the amount pooled into the BCF per financial year
 * @param ministerialExemption whether the area has a written Ministerial exemption from pooling
 * @param spendForecast the in-year spending forecast, or null
 */
public record ImprovedBcf(
        @NotNull SortedMap<FinancialYear, Money> allocations,
        @Nullable Money statedTotal,
        @NotNull SortedMap<FinancialYear, Money> pooled,
        boolean ministerialExemption,
        @Nullable SpendForecast spendForecast) {

    /**
     * @throws dev.bcfkit.core.BcfException if a map is null
     */
    public ImprovedBcf {
        allocations = Components.sortedMap("allocations", allocations);
        pooled = Components.sortedMap("pooled", pooled);
    }

    /**
     * A year's iBCF against its forecast spend and the one-off funding left ({@code [000:53]}).
     *
     * @param year the financial year
     * @param allocation the year's grant, or null
     * @param forecastSpend the spend forecast against the plan, or null
     * @param oneOffAvailable the remainder identified as one-off funding, as stated, or null
     */
    public record SpendForecast(
            @NotNull FinancialYear year, @Nullable Money allocation, @Nullable Money forecastSpend, @Nullable Money oneOffAvailable) {
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

        /** Builds a {@link SpendForecast} by named setters, one per component. */
        public static final class Builder {
            private @Nullable FinancialYear year;
            private @Nullable Money allocation;
            private @Nullable Money forecastSpend;
            private @Nullable Money oneOffAvailable;

            private Builder() {
            }

            private Builder(SpendForecast from) {
                this.year = from.year;
                this.allocation = from.allocation;
                this.forecastSpend = from.forecastSpend;
                this.oneOffAvailable = from.oneOffAvailable;
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
             * @param allocation the year's grant, or null
             * @return this builder
             */
            public Builder allocation(@Nullable Money allocation) {
                this.allocation = allocation;
                return this;
            }

            /**
             * @param forecastSpend the spend forecast against the plan, or null
             * @return this builder
             */
            public Builder forecastSpend(@Nullable Money forecastSpend) {
                this.forecastSpend = forecastSpend;
                return this;
            }

            /**
             * @param oneOffAvailable the remainder identified as one-off funding, as stated, or null
             * @return this builder
             */
            public Builder oneOffAvailable(@Nullable Money oneOffAvailable) {
                this.oneOffAvailable = oneOffAvailable;
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
            public SpendForecast build() {
                return new SpendForecast(
                        year,
                        allocation,
                        forecastSpend,
                        oneOffAvailable);
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

    /** Builds a {@link ImprovedBcf} by named setters, one per component. */
    public static final class Builder {
        private Map<FinancialYear, Money> allocations = Map.of();
        private @Nullable Money statedTotal;
        private Map<FinancialYear, Money> pooled = Map.of();
        private boolean ministerialExemption;
        private @Nullable SpendForecast spendForecast;

        private Builder() {
        }

        private Builder(ImprovedBcf from) {
            this.allocations = from.allocations;
            this.statedTotal = from.statedTotal;
            this.pooled = from.pooled;
            this.ministerialExemption = from.ministerialExemption;
            this.spendForecast = from.spendForecast;
        }

        /**
         * @param allocations the allocation per financial year (copied; no key or value may be null)
         * @return this builder
         */
        public Builder allocations(Map<FinancialYear, Money> allocations) {
            this.allocations = Components.map("allocations", allocations);
            return this;
        }

        /**
         * @param statedTotal the multi-year total as stated, or null
         * @return this builder
         */
        public Builder statedTotal(@Nullable Money statedTotal) {
            this.statedTotal = statedTotal;
            return this;
        }

        /**
         * @param pooled the amount pooled into the BCF per financial year (copied; no key or value may be null)
         * @return this builder
         */
        public Builder pooled(Map<FinancialYear, Money> pooled) {
            this.pooled = Components.map("pooled", pooled);
            return this;
        }

        /**
         * @param ministerialExemption whether the area has a written Ministerial exemption from pooling
         * @return this builder
         */
        public Builder ministerialExemption(boolean ministerialExemption) {
            this.ministerialExemption = ministerialExemption;
            return this;
        }

        /**
         * @param spendForecast the in-year spending forecast, or null
         * @return this builder
         */
        public Builder spendForecast(@Nullable SpendForecast spendForecast) {
            this.spendForecast = spendForecast;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public ImprovedBcf build() {
            return new ImprovedBcf(
                    Components.sortedMap("allocations", allocations),
                    statedTotal,
                    Components.sortedMap("pooled", pooled),
                    ministerialExemption,
                    spendForecast);
        }
    }
}
