package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import java.util.Map;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.ReportingPeriod;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.SortedMap;

/**
 * The urgent and emergency care "Red Bag scheme" row of the HICM sheet ({@code [000:239-241]},
 * {@code [004:94-95]}): maturity per quarter, and "If there are no plans to implement such a
 * scheme, please provide a narrative on alternative mitigations in place to support improved
 * communications in hospital transfer arrangements for social care residents."
 *
 * @param maturity the maturity level per quarter column
 * @param alternativeMitigations the alternative mitigations, or null
 * @param challenges "Challenges", or null
 * @param achievements "Achievements / Impact", or null
 * @param supportNeeds "Support needs", or null
 */
public record RedBag(
        @NotNull SortedMap<ReportingPeriod, MaturityLevel> maturity,
        @Size(max = 100_000) @Nullable String alternativeMitigations,
        @Size(max = 100_000) @Nullable String challenges,
        @Size(max = 100_000) @Nullable String achievements,
        @Size(max = 100_000) @Nullable String supportNeeds) {

    /**
     * @throws dev.bcfkit.core.BcfException if the maturity map is null
     */
    public RedBag {
        maturity = Components.sortedMap("maturity", maturity);
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

    /** Builds a {@link RedBag} by named setters, one per component. */
    public static final class Builder {
        private Map<ReportingPeriod, MaturityLevel> maturity = Map.of();
        private @Nullable String alternativeMitigations;
        private @Nullable String challenges;
        private @Nullable String achievements;
        private @Nullable String supportNeeds;

        private Builder() {
        }

        private Builder(RedBag from) {
            this.maturity = from.maturity;
            this.alternativeMitigations = from.alternativeMitigations;
            this.challenges = from.challenges;
            this.achievements = from.achievements;
            this.supportNeeds = from.supportNeeds;
        }

        /**
         * @param maturity the maturity level per quarter column (copied; no key or value may be null)
         * @return this builder
         */
        public Builder maturity(Map<ReportingPeriod, MaturityLevel> maturity) {
            this.maturity = Components.map("maturity", maturity);
            return this;
        }

        /**
         * @param alternativeMitigations the alternative mitigations, or null
         * @return this builder
         */
        public Builder alternativeMitigations(@Nullable String alternativeMitigations) {
            this.alternativeMitigations = alternativeMitigations;
            return this;
        }

        /**
         * @param challenges "Challenges", or null
         * @return this builder
         */
        public Builder challenges(@Nullable String challenges) {
            this.challenges = challenges;
            return this;
        }

        /**
         * @param achievements "Achievements / Impact", or null
         * @return this builder
         */
        public Builder achievements(@Nullable String achievements) {
            this.achievements = achievements;
            return this;
        }

        /**
         * @param supportNeeds "Support needs", or null
         * @return this builder
         */
        public Builder supportNeeds(@Nullable String supportNeeds) {
            this.supportNeeds = supportNeeds;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public RedBag build() {
            return new RedBag(
                    Components.sortedMap("maturity", maturity),
                    alternativeMitigations,
                    challenges,
                    achievements,
                    supportNeeds);
        }
    }
}
