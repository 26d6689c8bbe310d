package dev.bcfkit.core.funding;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One contribution to the pooled budget for a financial year.
 *
 * @param source where the money comes from
 * @param year the financial year
 * @param amount the amount, or null if blank
 * @param contributor the contributing body (a CCG or council), or null
 */
public record Contribution(
        @NotNull ContributionSource source,
        @NotNull FinancialYear year,
        @Nullable Money amount,
        @Size(max = 500) @Nullable String contributor) {
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

    /** Builds a {@link Contribution} by named setters, one per component. */
    public static final class Builder {
        private @Nullable ContributionSource source;
        private @Nullable FinancialYear year;
        private @Nullable Money amount;
        private @Nullable String contributor;

        private Builder() {
        }

        private Builder(Contribution from) {
            this.source = from.source;
            this.year = from.year;
            this.amount = from.amount;
            this.contributor = from.contributor;
        }

        /**
         * @param source where the money comes from
         * @return this builder
         */
        public Builder source(ContributionSource source) {
            this.source = source;
            return this;
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
         * @param amount the amount, or null if blank
         * @return this builder
         */
        public Builder amount(@Nullable Money amount) {
            this.amount = amount;
            return this;
        }

        /**
         * @param contributor the contributing body (a CCG or council), or null
         * @return this builder
         */
        public Builder contributor(@Nullable String contributor) {
            this.contributor = contributor;
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
        public Contribution build() {
            return new Contribution(
                    source,
                    year,
                    amount,
                    contributor);
        }
    }
}
