package dev.bcfkit.core.plan;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A scheme, or a theme of schemes, of the plan's "Description of planned changes" with its key
 * success factors ({@code [003:243-326]}: "These schemes are broadly defined across six themes").
 * The 2014 Part 1 gives no funding per scheme ({@code [003:328]}).
 *
 * @param name the scheme or theme, such as "Accelerating Discharge"
 * @param successFactors its key success factors, in plan order
 * @param inPooledBudget whether it is delivered through the pooled budget; false for "Other Schemes
 *     Additionally Supporting BCF outcomes" ({@code [003:330-334]}); null if not stated
 */
public record Scheme(
        @NotNull @Size(max = 1_000) String name,
        @NotNull List<@Size(max = 10_000) String> successFactors,
        @Nullable Boolean inPooledBudget) {

    /**
     * @throws dev.bcfkit.core.BcfException if the list is null
     */
    public Scheme {
        successFactors = Components.list("successFactors", successFactors);
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

    /** Builds a {@link Scheme} by named setters, one per component. */
    public static final class Builder {
        private @Nullable String name;
        private List<String> successFactors = List.of();
        private @Nullable Boolean inPooledBudget;

        private Builder() {
        }

        private Builder(Scheme from) {
            this.name = from.name;
            this.successFactors = from.successFactors;
            this.inPooledBudget = from.inPooledBudget;
        }

        /**
         * @param name the scheme or theme, such as "Accelerating Discharge"
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param successFactors its key success factors, in plan order (copied; no entry may be null)
         * @return this builder
         */
        public Builder successFactors(String... successFactors) {
            this.successFactors = Components.copy("successFactors", successFactors);
            return this;
        }

        /**
         * @param successFactors its key success factors, in plan order (copied; no entry may be null)
         * @return this builder
         */
        public Builder successFactors(Iterable<? extends String> successFactors) {
            this.successFactors = Components.copy("successFactors", successFactors);
            return this;
        }

        /**
         * @param inPooledBudget whether it is delivered through the pooled budget; false for "Other Schemes Additionally Supporting BCF outcomes" ({@code [003:330-334]}); null if not stated
         * @return this builder
         */
        public Builder inPooledBudget(@Nullable Boolean inPooledBudget) {
            this.inPooledBudget = inPooledBudget;
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
        public Scheme build() {
            return new Scheme(
                    name,
                    successFactors,
                    inPooledBudget);
        }
    }
}
