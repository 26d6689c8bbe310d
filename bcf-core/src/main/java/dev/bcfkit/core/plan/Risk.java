package dev.bcfkit.core.plan;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.constraints.Size;

/**
 * A row of section 4 "Risks" ({@code [003:681-718]}): the risk, its rating as impact and
 * likelihood, and the mitigating actions, grouped by planning unit.
 *
 * @param planningUnit the planning unit the risk belongs to, or null
 * @param description the risk, or null
 * @param impact the impact level, or null
 * @param likelihood the likelihood level, or null
 * @param mitigatingActions the mitigating actions, or null
 */
public record Risk(
        @Size(max = 500) @Nullable String planningUnit,
        @Size(max = 100_000) @Nullable String description,
        @Nullable RiskLevel impact,
        @Nullable RiskLevel likelihood,
        @Size(max = 100_000) @Nullable String mitigatingActions) {
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

    /** Builds a {@link Risk} by named setters, one per component. */
    public static final class Builder {
        private @Nullable String planningUnit;
        private @Nullable String description;
        private @Nullable RiskLevel impact;
        private @Nullable RiskLevel likelihood;
        private @Nullable String mitigatingActions;

        private Builder() {
        }

        private Builder(Risk from) {
            this.planningUnit = from.planningUnit;
            this.description = from.description;
            this.impact = from.impact;
            this.likelihood = from.likelihood;
            this.mitigatingActions = from.mitigatingActions;
        }

        /**
         * @param planningUnit the planning unit the risk belongs to, or null
         * @return this builder
         */
        public Builder planningUnit(@Nullable String planningUnit) {
            this.planningUnit = planningUnit;
            return this;
        }

        /**
         * @param description the risk, or null
         * @return this builder
         */
        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        /**
         * @param impact the impact level, or null
         * @return this builder
         */
        public Builder impact(@Nullable RiskLevel impact) {
            this.impact = impact;
            return this;
        }

        /**
         * @param likelihood the likelihood level, or null
         * @return this builder
         */
        public Builder likelihood(@Nullable RiskLevel likelihood) {
            this.likelihood = likelihood;
            return this;
        }

        /**
         * @param mitigatingActions the mitigating actions, or null
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
        public Risk build() {
            return new Risk(
                    planningUnit,
                    description,
                    impact,
                    likelihood,
                    mitigatingActions);
        }
    }
}
