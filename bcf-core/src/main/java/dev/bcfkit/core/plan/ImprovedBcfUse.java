package dev.bcfkit.core.plan;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.funding.ImprovedBcfPurpose;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One planned use of the improved BCF grant in a 2017-19 plan, assigned to one of the grant's
 * three purposes ({@code [002:475]}), such as Southend's priorities "discharge to assess;
 * integrated discharge team; and trusted assessor" ({@code [002:129]}).
 *
 * @param year the financial year
 * @param purpose the purpose it serves, or null if blank
 * @param amount the amount planned, or null if blank
 * @param description what the money buys, or null
 */
public record ImprovedBcfUse(
        @NotNull FinancialYear year,
        @Nullable ImprovedBcfPurpose purpose,
        @Nullable Money amount,
        @Size(max = 100_000) @Nullable String description) {
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

    /** Builds a {@link ImprovedBcfUse} by named setters, one per component. */
    public static final class Builder {
        private @Nullable FinancialYear year;
        private @Nullable ImprovedBcfPurpose purpose;
        private @Nullable Money amount;
        private @Nullable String description;

        private Builder() {
        }

        private Builder(ImprovedBcfUse from) {
            this.year = from.year;
            this.purpose = from.purpose;
            this.amount = from.amount;
            this.description = from.description;
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
         * @param purpose the purpose it serves, or null if blank
         * @return this builder
         */
        public Builder purpose(@Nullable ImprovedBcfPurpose purpose) {
            this.purpose = purpose;
            return this;
        }

        /**
         * @param amount the amount planned, or null if blank
         * @return this builder
         */
        public Builder amount(@Nullable Money amount) {
            this.amount = amount;
            return this;
        }

        /**
         * @param description what the money buys, or null
         * @return this builder
         */
        public Builder description(@Nullable String description) {
            this.description = description;
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
        public ImprovedBcfUse build() {
            return new ImprovedBcfUse(
                    year,
                    purpose,
                    amount,
                    description);
        }
    }
}
