package dev.bcfkit.core.plan;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import jakarta.validation.constraints.NotNull;

/**
 * What a year's NHS (CCG minimum) contribution keeps for purposes earmarked before 2017: "the NHS
 * contribution to the BCF includes funding to support the implementation of the Care Act 2014.
 * Funding previously earmarked for reablement (£300m) and for the provision of carers' breaks
 * (£130m) also remains in the NHS allocation" ({@code [002:419]}, {@code [002:427]}).
 *
 * @param year the financial year
 * @param reablement the area's reablement funding kept in the NHS contribution, or null if blank
 * @param carersBreaks the area's carers' breaks funding kept in the NHS contribution, or null
 * @param careActDuties the funding for Care Act 2014 duties in the NHS contribution, or null
 */
public record NhsContributionUse(
        @NotNull FinancialYear year,
        @Nullable Money reablement,
        @Nullable Money carersBreaks,
        @Nullable Money careActDuties) {
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

    /** Builds a {@link NhsContributionUse} by named setters, one per component. */
    public static final class Builder {
        private @Nullable FinancialYear year;
        private @Nullable Money reablement;
        private @Nullable Money carersBreaks;
        private @Nullable Money careActDuties;

        private Builder() {
        }

        private Builder(NhsContributionUse from) {
            this.year = from.year;
            this.reablement = from.reablement;
            this.carersBreaks = from.carersBreaks;
            this.careActDuties = from.careActDuties;
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
         * @param reablement the area's reablement funding kept in the NHS contribution, or null if blank
         * @return this builder
         */
        public Builder reablement(@Nullable Money reablement) {
            this.reablement = reablement;
            return this;
        }

        /**
         * @param carersBreaks the area's carers' breaks funding kept in the NHS contribution, or null
         * @return this builder
         */
        public Builder carersBreaks(@Nullable Money carersBreaks) {
            this.carersBreaks = carersBreaks;
            return this;
        }

        /**
         * @param careActDuties the funding for Care Act 2014 duties in the NHS contribution, or null
         * @return this builder
         */
        public Builder careActDuties(@Nullable Money careActDuties) {
            this.careActDuties = careActDuties;
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
        public NhsContributionUse build() {
            return new NhsContributionUse(
                    year,
                    reablement,
                    carersBreaks,
                    careActDuties);
        }
    }
}
