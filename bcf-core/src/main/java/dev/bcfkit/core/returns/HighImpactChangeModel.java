package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The 2017-19 "High Impact Change Model" sheet: the eight changes and the Red Bag scheme
 * ({@code [000:218-242]}, {@code [004:62-95]}). National condition 4 requires areas to implement
 * the model ({@code [002:684]}); "This model is not designed to be a performance management tool"
 * ({@code [002:2783]}), so the library records maturity and checks the template's own rules only.
 *
 * @param changes the change rows, normally eight in template order
 * @param redBag the Red Bag row, or null
 */
public record HighImpactChangeModel(@NotNull List<@Valid ChangeAssessment> changes, @Valid @Nullable RedBag redBag) {

    /**
     * @throws dev.bcfkit.core.BcfException if the list is null
     */
    public HighImpactChangeModel {
        changes = Components.list("changes", changes);
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

    /** Builds a {@link HighImpactChangeModel} by named setters, one per component. */
    public static final class Builder {
        private List<ChangeAssessment> changes = List.of();
        private @Nullable RedBag redBag;

        private Builder() {
        }

        private Builder(HighImpactChangeModel from) {
            this.changes = from.changes;
            this.redBag = from.redBag;
        }

        /**
         * @param changes the change rows, normally eight in template order (copied; no entry may be null)
         * @return this builder
         */
        public Builder changes(ChangeAssessment... changes) {
            this.changes = Components.copy("changes", changes);
            return this;
        }

        /**
         * @param changes the change rows, normally eight in template order (copied; no entry may be null)
         * @return this builder
         */
        public Builder changes(Iterable<? extends ChangeAssessment> changes) {
            this.changes = Components.copy("changes", changes);
            return this;
        }

        /**
         * @param redBag the Red Bag row, or null
         * @return this builder
         */
        public Builder redBag(@Nullable RedBag redBag) {
            this.redBag = redBag;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public HighImpactChangeModel build() {
            return new HighImpactChangeModel(
                    changes,
                    redBag);
        }
    }
}
