package dev.bcfkit.core.plan;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import jakarta.validation.constraints.NotNull;

/**
 * A year's share of the money for NHS-commissioned out-of-hospital services, 2017-19 national
 * condition 3 ({@code [002:680-683]}): "Local areas should agree how they will use their share of
 * the £1.018 billion in 2017/18 and £1.037 billion in 2018/19 ... by funding NHS commissioned
 * out-of-hospital services ... Local areas can choose to put an appropriate proportion of their
 * share ... into a local risk-sharing agreement ... with the balance spent on NHS commissioned
 * out-of-hospital services".
 *
 * @param year the financial year
 * @param share the area's share of the national amount, or null if blank
 * @param commissioned the part spent on NHS-commissioned out-of-hospital services, or null
 * @param riskShare the part held in a local risk-sharing agreement, or null (none)
 */
public record OutOfHospitalShare(
        @NotNull FinancialYear year,
        @Nullable Money share,
        @Nullable Money commissioned,
        @Nullable Money riskShare) {
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

    /** Builds a {@link OutOfHospitalShare} by named setters, one per component. */
    public static final class Builder {
        private @Nullable FinancialYear year;
        private @Nullable Money share;
        private @Nullable Money commissioned;
        private @Nullable Money riskShare;

        private Builder() {
        }

        private Builder(OutOfHospitalShare from) {
            this.year = from.year;
            this.share = from.share;
            this.commissioned = from.commissioned;
            this.riskShare = from.riskShare;
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
         * @param share the area's share of the national amount, or null if blank
         * @return this builder
         */
        public Builder share(@Nullable Money share) {
            this.share = share;
            return this;
        }

        /**
         * @param commissioned the part spent on NHS-commissioned out-of-hospital services, or null
         * @return this builder
         */
        public Builder commissioned(@Nullable Money commissioned) {
            this.commissioned = commissioned;
            return this;
        }

        /**
         * @param riskShare the part held in a local risk-sharing agreement, or null (none)
         * @return this builder
         */
        public Builder riskShare(@Nullable Money riskShare) {
            this.riskShare = riskShare;
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
        public OutOfHospitalShare build() {
            return new OutOfHospitalShare(
                    year,
                    share,
                    commissioned,
                    riskShare);
        }
    }
}
