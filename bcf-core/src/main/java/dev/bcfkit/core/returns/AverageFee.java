package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.Money;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One average-fee question of the 2018/19 additional iBCF section ({@code [004:177-181]}): the
 * rate for 2017/18, the rate for 2018/19, and "If rates not yet known, please provide the
 * estimated uplift as a percentage change between 2017/18 and 2018/19". "Please leave any
 * missing data cells as blank e.g. do not attempt to enter '0' or 'N/A'" ({@code [004:175]}):
 * a blank rate is null, never zero.
 *
 * @param serviceType which service
 * @param previousYearRate the 2017/18 rate, or null if blank
 * @param currentYearRate the 2018/19 rate, or null if blank
 * @param estimatedUpliftPercent the estimated uplift in per cent (2.5 for 2.5%), or null
 */
public record AverageFee(
        @NotNull FeeServiceType serviceType,
        @Nullable Money previousYearRate,
        @Nullable Money currentYearRate,
        @Nullable BigDecimal estimatedUpliftPercent) {
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

    /** Builds a {@link AverageFee} by named setters, one per component. */
    public static final class Builder {
        private @Nullable FeeServiceType serviceType;
        private @Nullable Money previousYearRate;
        private @Nullable Money currentYearRate;
        private @Nullable BigDecimal estimatedUpliftPercent;

        private Builder() {
        }

        private Builder(AverageFee from) {
            this.serviceType = from.serviceType;
            this.previousYearRate = from.previousYearRate;
            this.currentYearRate = from.currentYearRate;
            this.estimatedUpliftPercent = from.estimatedUpliftPercent;
        }

        /**
         * @param serviceType which service
         * @return this builder
         */
        public Builder serviceType(FeeServiceType serviceType) {
            this.serviceType = serviceType;
            return this;
        }

        /**
         * @param previousYearRate the 2017/18 rate, or null if blank
         * @return this builder
         */
        public Builder previousYearRate(@Nullable Money previousYearRate) {
            this.previousYearRate = previousYearRate;
            return this;
        }

        /**
         * @param currentYearRate the 2018/19 rate, or null if blank
         * @return this builder
         */
        public Builder currentYearRate(@Nullable Money currentYearRate) {
            this.currentYearRate = currentYearRate;
            return this;
        }

        /**
         * @param estimatedUpliftPercent the estimated uplift in per cent (2.5 for 2.5%), or null
         * @return this builder
         */
        public Builder estimatedUpliftPercent(@Nullable BigDecimal estimatedUpliftPercent) {
            this.estimatedUpliftPercent = estimatedUpliftPercent;
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
        public AverageFee build() {
            return new AverageFee(
                    serviceType,
                    previousYearRate,
                    currentYearRate,
                    estimatedUpliftPercent);
        }
    }
}
