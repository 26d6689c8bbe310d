package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One metric block of a return. 2016/17: definition, progress drop-down and "Commentary on
 * progress" ({@code [002:1056-1082]}), and for the patient-experience metric "If no local defined
 * patient experience metric has been specified, please give details of the local defined patient
 * experience metric now being used" ({@code [002:1073]}). 2017-19: definition, assessment,
 * challenges, achievements and support needs ({@code [000:207]}).
 *
 * @param metric which metric
 * @param definition the pre-populated definition text, or null
 * @param assessment the drop-down value, or null if blank
 * @param commentary "Commentary on progress" (2016/17), or null
 * @param challenges "Challenges" (2017-19), or null
 * @param achievements "Achievements" (2017-19), or null
 * @param supportNeeds "Support Needs" (2017-19), or null
 * @param specifiedMetric the patient-experience metric now being used (2016/17), or null
 * @param figures target and actual where a paper gives them, or null
 */
public record MetricProgress(
        @NotNull MetricKind metric,
        @Size(max = 10_000) @Nullable String definition,
        @Nullable MetricAssessment assessment,
        @Size(max = 100_000) @Nullable String commentary,
        @Size(max = 100_000) @Nullable String challenges,
        @Size(max = 100_000) @Nullable String achievements,
        @Size(max = 100_000) @Nullable String supportNeeds,
        @Size(max = 10_000) @Nullable String specifiedMetric,
        @Valid @Nullable MetricFigures figures) {
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

    /** Builds a {@link MetricProgress} by named setters, one per component. */
    public static final class Builder {
        private @Nullable MetricKind metric;
        private @Nullable String definition;
        private @Nullable MetricAssessment assessment;
        private @Nullable String commentary;
        private @Nullable String challenges;
        private @Nullable String achievements;
        private @Nullable String supportNeeds;
        private @Nullable String specifiedMetric;
        private @Nullable MetricFigures figures;

        private Builder() {
        }

        private Builder(MetricProgress from) {
            this.metric = from.metric;
            this.definition = from.definition;
            this.assessment = from.assessment;
            this.commentary = from.commentary;
            this.challenges = from.challenges;
            this.achievements = from.achievements;
            this.supportNeeds = from.supportNeeds;
            this.specifiedMetric = from.specifiedMetric;
            this.figures = from.figures;
        }

        /**
         * @param metric which metric
         * @return this builder
         */
        public Builder metric(MetricKind metric) {
            this.metric = metric;
            return this;
        }

        /**
         * @param definition the pre-populated definition text, or null
         * @return this builder
         */
        public Builder definition(@Nullable String definition) {
            this.definition = definition;
            return this;
        }

        /**
         * @param assessment the drop-down value, or null if blank
         * @return this builder
         */
        public Builder assessment(@Nullable MetricAssessment assessment) {
            this.assessment = assessment;
            return this;
        }

        /**
         * @param commentary "Commentary on progress" (2016/17), or null
         * @return this builder
         */
        public Builder commentary(@Nullable String commentary) {
            this.commentary = commentary;
            return this;
        }

        /**
         * @param challenges "Challenges" (2017-19), or null
         * @return this builder
         */
        public Builder challenges(@Nullable String challenges) {
            this.challenges = challenges;
            return this;
        }

        /**
         * @param achievements "Achievements" (2017-19), or null
         * @return this builder
         */
        public Builder achievements(@Nullable String achievements) {
            this.achievements = achievements;
            return this;
        }

        /**
         * @param supportNeeds "Support Needs" (2017-19), or null
         * @return this builder
         */
        public Builder supportNeeds(@Nullable String supportNeeds) {
            this.supportNeeds = supportNeeds;
            return this;
        }

        /**
         * @param specifiedMetric the patient-experience metric now being used (2016/17), or null
         * @return this builder
         */
        public Builder specifiedMetric(@Nullable String specifiedMetric) {
            this.specifiedMetric = specifiedMetric;
            return this;
        }

        /**
         * @param figures target and actual where a paper gives them, or null
         * @return this builder
         */
        public Builder figures(@Nullable MetricFigures figures) {
            this.figures = figures;
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
        public MetricProgress build() {
            return new MetricProgress(
                    metric,
                    definition,
                    assessment,
                    commentary,
                    challenges,
                    achievements,
                    supportNeeds,
                    specifiedMetric,
                    figures);
        }
    }
}
