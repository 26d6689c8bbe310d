package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.ReportingPeriod;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.SortedMap;

/**
 * One change's row of the High Impact Change Model sheet: maturity per quarter column, the
 * rationale for Mature or Exemplary, and the narratives ({@code [000:221]}: "Q2 17/18 (Current)
 * · Q3 17/18 (Planned) · Q4 17/18 (Planned) · If 'Mature' or 'Exemplary', please provide further
 * rationale ... · Challenges · Milestones met during the quarter / Observed impact · Support
 * needs"). Which column is current is decided by the return's own period, not by the column's
 * label ({@code [004:94]} labels the current Red Bag quarter "(Planned)").
 *
 * @param change which change
 * @param maturity the maturity level per quarter column (earlier, current and planned quarters)
 * @param rationale the rationale for Mature or Exemplary, or null
 * @param challenges "Challenges", or null
 * @param milestones "Milestones met during the quarter / Observed impact", or null
 * @param supportNeeds "Support needs", or null
 */
public record ChangeAssessment(
        @NotNull HighImpactChange change,
        @NotNull SortedMap<ReportingPeriod, MaturityLevel> maturity,
        @Size(max = 100_000) @Nullable String rationale,
        @Size(max = 100_000) @Nullable String challenges,
        @Size(max = 100_000) @Nullable String milestones,
        @Size(max = 100_000) @Nullable String supportNeeds) {

    /**
     * @throws dev.bcfkit.core.BcfException if the maturity map is null
     */
    public ChangeAssessment {
        maturity = Components.sortedMap("maturity", maturity);
    }

    /**
     * @param change which change
     * @param maturity maturity per quarter
     * @param rationale the rationale or null
     * @param challenges challenges or null
     * @param milestones milestones or null
     * @param supportNeeds support needs or null
     * @return the row
     */
    public static ChangeAssessment of(HighImpactChange change, Map<ReportingPeriod, MaturityLevel> maturity,
            @Nullable String rationale, @Nullable String challenges, @Nullable String milestones,
            @Nullable String supportNeeds) {
        return new ChangeAssessment(change, new java.util.TreeMap<>(maturity), rationale, challenges, milestones,
                supportNeeds);
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

    /** Builds a {@link ChangeAssessment} by named setters, one per component. */
    public static final class Builder {
        private @Nullable HighImpactChange change;
        private Map<ReportingPeriod, MaturityLevel> maturity = Map.of();
        private @Nullable String rationale;
        private @Nullable String challenges;
        private @Nullable String milestones;
        private @Nullable String supportNeeds;

        private Builder() {
        }

        private Builder(ChangeAssessment from) {
            this.change = from.change;
            this.maturity = from.maturity;
            this.rationale = from.rationale;
            this.challenges = from.challenges;
            this.milestones = from.milestones;
            this.supportNeeds = from.supportNeeds;
        }

        /**
         * @param change which change
         * @return this builder
         */
        public Builder change(HighImpactChange change) {
            this.change = change;
            return this;
        }

        /**
         * @param maturity the maturity level per quarter column (earlier, current and planned quarters) (copied; no key or value may be null)
         * @return this builder
         */
        public Builder maturity(Map<ReportingPeriod, MaturityLevel> maturity) {
            this.maturity = Components.map("maturity", maturity);
            return this;
        }

        /**
         * @param rationale the rationale for Mature or Exemplary, or null
         * @return this builder
         */
        public Builder rationale(@Nullable String rationale) {
            this.rationale = rationale;
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
         * @param milestones "Milestones met during the quarter / Observed impact", or null
         * @return this builder
         */
        public Builder milestones(@Nullable String milestones) {
            this.milestones = milestones;
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
         * A required component left unset reaches the constructor as null: the model represents
         * such a record and the validator reports the missing value, as for a document read from a file.
         *
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        @SuppressWarnings("NullAway")
        public ChangeAssessment build() {
            return new ChangeAssessment(
                    change,
                    Components.sortedMap("maturity", maturity),
                    rationale,
                    challenges,
                    milestones,
                    supportNeeds);
        }
    }
}
