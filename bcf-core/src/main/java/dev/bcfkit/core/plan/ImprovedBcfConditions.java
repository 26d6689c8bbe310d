package dev.bcfkit.core.plan;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.YesNo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * What a 2017-19 plan records of the improved BCF grant's conditions ({@code [002:473-485]},
 * Southend's report {@code [002:115-124]}, {@code [002:142-144]}): the planned uses by purpose,
 * and the recorded answers to conditions that are facts outside the figures. A blank answer is
 * {@code null}, never "No".
 *
 * @param uses the planned uses of the grant, each with its purpose
 * @param workingWithCcgAndProviders "work with the relevant Clinical Commissioning Group and
 *     providers to meet National Condition 4" ({@code [002:478]}), or null
 * @param quarterlyReports "provide quarterly reports as required by the Secretary of State"
 *     ({@code [002:480]}), or null
 * @param locallyAgreed the date the iBCF plan was locally agreed ("A grant condition for iBCF is
 *     that the iBCF is locally agreed", {@code [002:144]}), or null
 * @param spendingFrom the date spending of the grant starts, or null
 * @param section151Letter whether the Section 151 Officer's letter confirms the spending is
 *     "additional to prior plans for social care spending" ({@code [002:485]}), or null
 */
public record ImprovedBcfConditions(
        @NotNull List<@Valid ImprovedBcfUse> uses,
        @Nullable YesNo workingWithCcgAndProviders,
        @Nullable YesNo quarterlyReports,
        @Nullable LocalDate locallyAgreed,
        @Nullable LocalDate spendingFrom,
        @Nullable YesNo section151Letter) {

    /**
     * @throws dev.bcfkit.core.BcfException if the list is null
     */
    public ImprovedBcfConditions {
        uses = Components.list("uses", uses);
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

    /** Builds a {@link ImprovedBcfConditions} by named setters, one per component. */
    public static final class Builder {
        private List<ImprovedBcfUse> uses = List.of();
        private @Nullable YesNo workingWithCcgAndProviders;
        private @Nullable YesNo quarterlyReports;
        private @Nullable LocalDate locallyAgreed;
        private @Nullable LocalDate spendingFrom;
        private @Nullable YesNo section151Letter;

        private Builder() {
        }

        private Builder(ImprovedBcfConditions from) {
            this.uses = from.uses;
            this.workingWithCcgAndProviders = from.workingWithCcgAndProviders;
            this.quarterlyReports = from.quarterlyReports;
            this.locallyAgreed = from.locallyAgreed;
            this.spendingFrom = from.spendingFrom;
            this.section151Letter = from.section151Letter;
        }

        /**
         * @param uses the planned uses of the grant, each with its purpose (copied; no entry may be null)
         * @return this builder
         */
        public Builder uses(ImprovedBcfUse... uses) {
            this.uses = Components.copy("uses", uses);
            return this;
        }

        /**
         * @param uses the planned uses of the grant, each with its purpose (copied; no entry may be null)
         * @return this builder
         */
        public Builder uses(Iterable<? extends ImprovedBcfUse> uses) {
            this.uses = Components.copy("uses", uses);
            return this;
        }

        /**
         * @param workingWithCcgAndProviders "work with the relevant Clinical Commissioning Group and providers to meet National Condition 4" ({@code [002:478]}), or null
         * @return this builder
         */
        public Builder workingWithCcgAndProviders(@Nullable YesNo workingWithCcgAndProviders) {
            this.workingWithCcgAndProviders = workingWithCcgAndProviders;
            return this;
        }

        /**
         * @param quarterlyReports "provide quarterly reports as required by the Secretary of State" ({@code [002:480]}), or null
         * @return this builder
         */
        public Builder quarterlyReports(@Nullable YesNo quarterlyReports) {
            this.quarterlyReports = quarterlyReports;
            return this;
        }

        /**
         * @param locallyAgreed the date the iBCF plan was locally agreed ("A grant condition for iBCF is that the iBCF is locally agreed", {@code [002:144]}), or null
         * @return this builder
         */
        public Builder locallyAgreed(@Nullable LocalDate locallyAgreed) {
            this.locallyAgreed = locallyAgreed;
            return this;
        }

        /**
         * @param spendingFrom the date spending of the grant starts, or null
         * @return this builder
         */
        public Builder spendingFrom(@Nullable LocalDate spendingFrom) {
            this.spendingFrom = spendingFrom;
            return this;
        }

        /**
         * @param section151Letter whether the Section 151 Officer's letter confirms the spending is "additional to prior plans for social care spending" ({@code [002:485]}), or null
         * @return this builder
         */
        public Builder section151Letter(@Nullable YesNo section151Letter) {
            this.section151Letter = section151Letter;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public ImprovedBcfConditions build() {
            return new ImprovedBcfConditions(
                    uses,
                    workingWithCcgAndProviders,
                    quarterlyReports,
                    locallyAgreed,
                    spendingFrom,
                    section151Letter);
        }
    }
}
