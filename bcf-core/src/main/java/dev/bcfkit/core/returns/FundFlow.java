package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.constraints.Size;

/**
 * One grid of the income and expenditure tab, for income into or expenditure from the pooled
 * fund: plan, forecast and actual rows ({@code [002:1022-1036]}) and the comment the template
 * asks for when an annual total differs from the pooled fund or the quarter's actual differs from
 * its plan or forecast ({@code [002:1027]}, {@code [002:1628]}).
 *
 * @param plan the plan row
 * @param forecast the forecast row
 * @param actual the actual row ("Actual figures should be based on the best available information", {@code [002:1046]})
 * @param differenceComment the comment on differences, or null
 */
public record FundFlow(
        @Nullable QuarterlyFigures plan,
        @Nullable QuarterlyFigures forecast,
        @Nullable QuarterlyFigures actual,
        @Size(max = 100_000) @Nullable String differenceComment) {
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

    /** Builds a {@link FundFlow} by named setters, one per component. */
    public static final class Builder {
        private @Nullable QuarterlyFigures plan;
        private @Nullable QuarterlyFigures forecast;
        private @Nullable QuarterlyFigures actual;
        private @Nullable String differenceComment;

        private Builder() {
        }

        private Builder(FundFlow from) {
            this.plan = from.plan;
            this.forecast = from.forecast;
            this.actual = from.actual;
            this.differenceComment = from.differenceComment;
        }

        /**
         * @param plan the plan row
         * @return this builder
         */
        public Builder plan(@Nullable QuarterlyFigures plan) {
            this.plan = plan;
            return this;
        }

        /**
         * @param forecast the forecast row
         * @return this builder
         */
        public Builder forecast(@Nullable QuarterlyFigures forecast) {
            this.forecast = forecast;
            return this;
        }

        /**
         * @param actual the actual row ("Actual figures should be based on the best available information", {@code [002:1046]})
         * @return this builder
         */
        public Builder actual(@Nullable QuarterlyFigures actual) {
            this.actual = actual;
            return this;
        }

        /**
         * @param differenceComment the comment on differences, or null
         * @return this builder
         */
        public Builder differenceComment(@Nullable String differenceComment) {
            this.differenceComment = differenceComment;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public FundFlow build() {
            return new FundFlow(
                    plan,
                    forecast,
                    actual,
                    differenceComment);
        }
    }
}
