package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.funding.ImprovedBcfPurpose;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a 2017/18 or 2018/19 return's board report records of the improved Better Care Fund: how
 * the grant is being used, each use under one of the grant's three purposes ({@code [002:117]},
 * {@code [000:45-49]}), and the quarterly progress reports made on it ("provide quarterly reports
 * as required by the Secretary of State", {@code [002:121]}; "Quarterly national progress reports
 * are required against the plan for the 2017 Improved Better Care Fund ... Two progress reports
 * have been submitted to date", {@code [000:52]}). The return templates themselves print no such
 * table ({@code [000:182-254]}, {@code [004:3-182]}); the section holds what a board records
 * alongside its return, and is blank (null) where nothing is recorded.
 *
 * @param uses the uses of the grant, in the order recorded
 * @param progressReportsSubmitted how many quarterly iBCF progress reports have been submitted to
 *     date, or null
 */
public record ImprovedBcfProgress(
        @NotNull List<@Valid Use> uses,
        @Nullable Integer progressReportsSubmitted) {

    /**
     * @throws dev.bcfkit.core.BcfException if the list is null
     */
    public ImprovedBcfProgress {
        uses = Components.list("uses", uses);
    }

    /**
     * One use of the grant, such as "Supporting Hospital Discharge to manage additional winter
     * pressures" ({@code [000:57]}).
     *
     * @param description what the grant is used for, or null
     * @param purpose which of the three purposes it serves, or null if not recorded
     * @param amount the amount, or null
     */
    public record Use(@Size(max = 2_000) @Nullable String description, @Nullable ImprovedBcfPurpose purpose, @Nullable Money amount) {
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

        /** Builds a {@link Use} by named setters, one per component. */
        public static final class Builder {
            private @Nullable String description;
            private @Nullable ImprovedBcfPurpose purpose;
            private @Nullable Money amount;

            private Builder() {
            }

            private Builder(Use from) {
                this.description = from.description;
                this.purpose = from.purpose;
                this.amount = from.amount;
            }

            /**
             * @param description what the grant is used for, or null
             * @return this builder
             */
            public Builder description(@Nullable String description) {
                this.description = description;
                return this;
            }

            /**
             * @param purpose which of the three purposes it serves, or null if not recorded
             * @return this builder
             */
            public Builder purpose(@Nullable ImprovedBcfPurpose purpose) {
                this.purpose = purpose;
                return this;
            }

            /**
             * @param amount the amount, or null
             * @return this builder
             */
            public Builder amount(@Nullable Money amount) {
                this.amount = amount;
                return this;
            }

            /**
             * @return the record, made by its canonical constructor
             * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
             */
            public Use build() {
                return new Use(
                        description,
                        purpose,
                        amount);
            }
        }
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

    /** Builds a {@link ImprovedBcfProgress} by named setters, one per component. */
    public static final class Builder {
        private List<Use> uses = List.of();
        private @Nullable Integer progressReportsSubmitted;

        private Builder() {
        }

        private Builder(ImprovedBcfProgress from) {
            this.uses = from.uses;
            this.progressReportsSubmitted = from.progressReportsSubmitted;
        }

        /**
         * @param uses the uses of the grant, in the order recorded (copied; no entry may be null)
         * @return this builder
         */
        public Builder uses(Use... uses) {
            this.uses = Components.copy("uses", uses);
            return this;
        }

        /**
         * @param uses the uses of the grant, in the order recorded (copied; no entry may be null)
         * @return this builder
         */
        public Builder uses(Iterable<? extends Use> uses) {
            this.uses = Components.copy("uses", uses);
            return this;
        }

        /**
         * @param progressReportsSubmitted how many quarterly iBCF progress reports have been submitted to date, or null
         * @return this builder
         */
        public Builder progressReportsSubmitted(@Nullable Integer progressReportsSubmitted) {
            this.progressReportsSubmitted = progressReportsSubmitted;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public ImprovedBcfProgress build() {
            return new ImprovedBcfProgress(
                    uses,
                    progressReportsSubmitted);
        }
    }
}
