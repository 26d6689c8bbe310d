package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.YesNo;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The section 75 pooled-budget question: "Have the funds been pooled via a s.75 pooled
 * budget?" and "If the answer to the above is 'No' please indicate when this will happen
 * (DD/MM/YYYY)" ({@code [002:881-882]}, {@code [000:202-203]}). From 2016/17 Q2 the first
 * answer is pre-populated and a confirmation is added ({@code [002:1445-1449]}).
 *
 * @param pooledViaSection75 whether the funds have been pooled via a s.75 pooled budget, or null
 * @param confirmedNowPooled "If it had not been previously stated that the funds had been pooled can you
 *     confirm that they have now?" (2016/17 Q2-Q4), or null
 * @param expectedPoolingDate when pooling will happen, if not yet, or null
 * @param explanation an explanation where the template has one (2017-19), or null
 */
public record BudgetArrangements(
        @Nullable YesNo pooledViaSection75,
        @Nullable YesNo confirmedNowPooled,
        @Nullable LocalDate expectedPoolingDate,
        @Size(max = 100_000) @Nullable String explanation) {
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

    /** Builds a {@link BudgetArrangements} by named setters, one per component. */
    public static final class Builder {
        private @Nullable YesNo pooledViaSection75;
        private @Nullable YesNo confirmedNowPooled;
        private @Nullable LocalDate expectedPoolingDate;
        private @Nullable String explanation;

        private Builder() {
        }

        private Builder(BudgetArrangements from) {
            this.pooledViaSection75 = from.pooledViaSection75;
            this.confirmedNowPooled = from.confirmedNowPooled;
            this.expectedPoolingDate = from.expectedPoolingDate;
            this.explanation = from.explanation;
        }

        /**
         * @param pooledViaSection75 whether the funds have been pooled via a s.75 pooled budget, or null
         * @return this builder
         */
        public Builder pooledViaSection75(@Nullable YesNo pooledViaSection75) {
            this.pooledViaSection75 = pooledViaSection75;
            return this;
        }

        /**
         * @param confirmedNowPooled "If it had not been previously stated that the funds had been pooled can you confirm that they have now?" (2016/17 Q2-Q4), or null
         * @return this builder
         */
        public Builder confirmedNowPooled(@Nullable YesNo confirmedNowPooled) {
            this.confirmedNowPooled = confirmedNowPooled;
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
         * @param explanation an explanation where the template has one (2017-19), or null
         * @return this builder
         */
        public Builder explanation(@Nullable String explanation) {
            this.explanation = explanation;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public BudgetArrangements build() {
            return new BudgetArrangements(
                    pooledViaSection75,
                    confirmedNowPooled,
                    expectedPoolingDate,
                    explanation);
        }
    }
}
