package dev.bcfkit.core.metrics;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A metric's target and actual where a paper gives them, each with the unit it is reported in,
 * and the rating and trend the paper printed: Nottinghamshire's "Performance against BCF
 * performance metrics" ({@code [000:20-26]}: REF, indicator, 2017/18 target, 2017/18 to date, RAG
 * and trend). Values are kept with the unit the paper declares (percentages as 84, not 0.84); the
 * period qualifiers such as "Q2" and "YTD" are kept as text.
 *
 * <p>A unit is the one the paper prints, or null where it prints none: the figure is then read in
 * the metric's own unit ({@link MetricKind#unit()}), as {@link #targetUnitOr} and
 * {@link #actualUnitOr} give it. The same metric may be reported in different units by different
 * boards (a count of admissions, or a rate per 100,000; delayed days, or a rate per 100,000 per
 * month), so a target and an actual in different units cannot be compared.
 *
 * @param reference the paper's reference such as "BCF3", or null
 * @param target the target, or null
 * @param targetUnit the unit the target is reported in, or null if the paper states none
 * @param targetPeriod the target's period qualifier such as "Q2", or null
 * @param actual the actual, or null
 * @param actualUnit the unit the actual is reported in, or null if the paper states none
 * @param actualPeriod the actual's period qualifier such as "YTD", or null
 * @param reportedRag the rating the paper printed, or null
 * @param reportedTrend the trend the paper printed, or null
 * @param mitigatingActions "Summary of mitigating actions", or null
 */
public record MetricFigures(
        @Size(max = 50) @Nullable String reference,
        @Nullable BigDecimal target,
        @Nullable MetricUnit targetUnit,
        @Size(max = 50) @Nullable String targetPeriod,
        @Nullable BigDecimal actual,
        @Nullable MetricUnit actualUnit,
        @Size(max = 50) @Nullable String actualPeriod,
        @Nullable Rag reportedRag,
        @Nullable Trend reportedTrend,
        @Size(max = 100_000) @Nullable String mitigatingActions) {

    /**
     * Figures whose units the paper does not state (both units null).
     *
     * @param reference the paper's reference such as "BCF3", or null
     * @param target the target, or null
     * @param targetPeriod the target's period qualifier such as "Q2", or null
     * @param actual the actual, or null
     * @param actualPeriod the actual's period qualifier such as "YTD", or null
     * @param reportedRag the rating the paper printed, or null
     * @param reportedTrend the trend the paper printed, or null
     * @param mitigatingActions "Summary of mitigating actions", or null
     */
    public MetricFigures(String reference, BigDecimal target, String targetPeriod, BigDecimal actual,
            String actualPeriod, Rag reportedRag, Trend reportedTrend, String mitigatingActions) {
        this(reference, target, null, targetPeriod, actual, null, actualPeriod, reportedRag, reportedTrend,
                mitigatingActions);
    }

    /**
     * @param metricUnit the metric's own unit, used when the paper states none
     * @return the target's unit as reported, else {@code metricUnit}
     */
    public MetricUnit targetUnitOr(MetricUnit metricUnit) {
        return targetUnit != null ? targetUnit : metricUnit;
    }

    /**
     * @param metricUnit the metric's own unit, used when the paper states none
     * @return the actual's unit as reported, else {@code metricUnit}
     */
    public MetricUnit actualUnitOr(MetricUnit metricUnit) {
        return actualUnit != null ? actualUnit : metricUnit;
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

    /** Builds a {@link MetricFigures} by named setters, one per component. */
    public static final class Builder {
        private @Nullable String reference;
        private @Nullable BigDecimal target;
        private @Nullable MetricUnit targetUnit;
        private @Nullable String targetPeriod;
        private @Nullable BigDecimal actual;
        private @Nullable MetricUnit actualUnit;
        private @Nullable String actualPeriod;
        private @Nullable Rag reportedRag;
        private @Nullable Trend reportedTrend;
        private @Nullable String mitigatingActions;

        private Builder() {
        }

        private Builder(MetricFigures from) {
            this.reference = from.reference;
            this.target = from.target;
            this.targetUnit = from.targetUnit;
            this.targetPeriod = from.targetPeriod;
            this.actual = from.actual;
            this.actualUnit = from.actualUnit;
            this.actualPeriod = from.actualPeriod;
            this.reportedRag = from.reportedRag;
            this.reportedTrend = from.reportedTrend;
            this.mitigatingActions = from.mitigatingActions;
        }

        /**
         * @param reference the paper's reference such as "BCF3", or null
         * @return this builder
         */
        public Builder reference(@Nullable String reference) {
            this.reference = reference;
            return this;
        }

        /**
         * @param target the target, or null
         * @return this builder
         */
        public Builder target(@Nullable BigDecimal target) {
            this.target = target;
            return this;
        }

        /**
         * @param targetUnit the unit the target is reported in, or null if the paper states none
         * @return this builder
         */
        public Builder targetUnit(@Nullable MetricUnit targetUnit) {
            this.targetUnit = targetUnit;
            return this;
        }

        /**
         * @param targetPeriod the target's period qualifier such as "Q2", or null
         * @return this builder
         */
        public Builder targetPeriod(@Nullable String targetPeriod) {
            this.targetPeriod = targetPeriod;
            return this;
        }

        /**
         * @param actual the actual, or null
         * @return this builder
         */
        public Builder actual(@Nullable BigDecimal actual) {
            this.actual = actual;
            return this;
        }

        /**
         * @param actualUnit the unit the actual is reported in, or null if the paper states none
         * @return this builder
         */
        public Builder actualUnit(@Nullable MetricUnit actualUnit) {
            this.actualUnit = actualUnit;
            return this;
        }

        /**
         * @param actualPeriod the actual's period qualifier such as "YTD", or null
         * @return this builder
         */
        public Builder actualPeriod(@Nullable String actualPeriod) {
            this.actualPeriod = actualPeriod;
            return this;
        }

        /**
         * @param reportedRag the rating the paper printed, or null
         * @return this builder
         */
        public Builder reportedRag(@Nullable Rag reportedRag) {
            this.reportedRag = reportedRag;
            return this;
        }

        /**
         * @param reportedTrend the trend the paper printed, or null
         * @return this builder
         */
        public Builder reportedTrend(@Nullable Trend reportedTrend) {
            this.reportedTrend = reportedTrend;
            return this;
        }

        /**
         * @param mitigatingActions "Summary of mitigating actions", or null
         * @return this builder
         */
        public Builder mitigatingActions(@Nullable String mitigatingActions) {
            this.mitigatingActions = mitigatingActions;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public MetricFigures build() {
            return new MetricFigures(
                    reference,
                    target,
                    targetUnit,
                    targetPeriod,
                    actual,
                    actualUnit,
                    actualPeriod,
                    reportedRag,
                    reportedTrend,
                    mitigatingActions);
        }
    }
}
