package dev.bcfkit.core.outcomes;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.metrics.Direction;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One row of a local outcome table, as Mid-Nottinghamshire's Table 1 prints it
 * ({@code [001:37-41]}): "Outcome area", "Performance target to be met by BT Programme by
 * 2018/19" (a percentage reduction), "Target for October 2016", "Actual performance October 2016"
 * and "Trend since April 2016". Figures are kept as printed (25 for "25%", 8000 for "8,000
 * attendances", with the counted thing, "attendances", as the unit); the trend is the printed
 * sentence. Every component may be blank (null): the rules report what is missing.
 *
 * @param outcomeArea the outcome, such as "Reduction in admissions to residential and nursing homes", or null
 * @param reductionTargetPercent the percentage reduction to be met by the target year, such as 25, or null
 * @param interimTarget the target for the interim period, such as 28, or null
 * @param actual the actual performance in the interim period, such as 25, or null
 * @param unit what the figures count, as printed, such as "admissions", or null
 * @param direction which way is better ("Low is good for all the indicators", {@code [001:29]}), or null
 * @param trend the printed trend, such as "Admissions are consistently lower than target", or null
 */
public record LocalOutcome(
        @Size(max = 500) @Nullable String outcomeArea,
        @Nullable BigDecimal reductionTargetPercent,
        @Nullable BigDecimal interimTarget,
        @Nullable BigDecimal actual,
        @Size(max = 100) @Nullable String unit,
        @Nullable Direction direction,
        @Size(max = 10_000) @Nullable String trend) {
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

    /** Builds a {@link LocalOutcome} by named setters, one per component. */
    public static final class Builder {
        private @Nullable String outcomeArea;
        private @Nullable BigDecimal reductionTargetPercent;
        private @Nullable BigDecimal interimTarget;
        private @Nullable BigDecimal actual;
        private @Nullable String unit;
        private @Nullable Direction direction;
        private @Nullable String trend;

        private Builder() {
        }

        private Builder(LocalOutcome from) {
            this.outcomeArea = from.outcomeArea;
            this.reductionTargetPercent = from.reductionTargetPercent;
            this.interimTarget = from.interimTarget;
            this.actual = from.actual;
            this.unit = from.unit;
            this.direction = from.direction;
            this.trend = from.trend;
        }

        /**
         * @param outcomeArea the outcome, such as "Reduction in admissions to residential and nursing homes", or null
         * @return this builder
         */
        public Builder outcomeArea(@Nullable String outcomeArea) {
            this.outcomeArea = outcomeArea;
            return this;
        }

        /**
         * @param reductionTargetPercent the percentage reduction to be met by the target year, such as 25, or null
         * @return this builder
         */
        public Builder reductionTargetPercent(@Nullable BigDecimal reductionTargetPercent) {
            this.reductionTargetPercent = reductionTargetPercent;
            return this;
        }

        /**
         * @param interimTarget the target for the interim period, such as 28, or null
         * @return this builder
         */
        public Builder interimTarget(@Nullable BigDecimal interimTarget) {
            this.interimTarget = interimTarget;
            return this;
        }

        /**
         * @param actual the actual performance in the interim period, such as 25, or null
         * @return this builder
         */
        public Builder actual(@Nullable BigDecimal actual) {
            this.actual = actual;
            return this;
        }

        /**
         * @param unit what the figures count, as printed, such as "admissions", or null
         * @return this builder
         */
        public Builder unit(@Nullable String unit) {
            this.unit = unit;
            return this;
        }

        /**
         * @param direction which way is better ("Low is good for all the indicators", {@code [001:29]}), or null
         * @return this builder
         */
        public Builder direction(@Nullable Direction direction) {
            this.direction = direction;
            return this;
        }

        /**
         * @param trend the printed trend, such as "Admissions are consistently lower than target", or null
         * @return this builder
         */
        public Builder trend(@Nullable String trend) {
            this.trend = trend;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public LocalOutcome build() {
            return new LocalOutcome(
                    outcomeArea,
                    reductionTargetPercent,
                    interimTarget,
                    actual,
                    unit,
                    direction,
                    trend);
        }
    }
}
