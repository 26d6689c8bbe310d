package dev.bcfkit.core.plan;

import org.jspecify.annotations.Nullable;
import java.util.Map;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.SortedMap;

/**
 * A planning unit's row of the protecting-social-care table ({@code [003:615-619]}: "North
 * Nottinghamshire £2,227,000 £2,227,000").
 *
 * @param planningUnit the planning unit (locality)
 * @param amounts the allocation per financial year
 */
public record PlanningUnitAllocation(
        @NotNull @Size(max = 500) String planningUnit,
        @NotNull SortedMap<FinancialYear, Money> amounts) {

    /**
     * @throws dev.bcfkit.core.BcfException if the map is null
     */
    public PlanningUnitAllocation {
        amounts = Components.sortedMap("amounts", amounts);
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

    /** Builds a {@link PlanningUnitAllocation} by named setters, one per component. */
    public static final class Builder {
        private @Nullable String planningUnit;
        private Map<FinancialYear, Money> amounts = Map.of();

        private Builder() {
        }

        private Builder(PlanningUnitAllocation from) {
            this.planningUnit = from.planningUnit;
            this.amounts = from.amounts;
        }

        /**
         * @param planningUnit the planning unit (locality)
         * @return this builder
         */
        public Builder planningUnit(String planningUnit) {
            this.planningUnit = planningUnit;
            return this;
        }

        /**
         * @param amounts the allocation per financial year (copied; no key or value may be null)
         * @return this builder
         */
        public Builder amounts(Map<FinancialYear, Money> amounts) {
            this.amounts = Components.map("amounts", amounts);
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
        public PlanningUnitAllocation build() {
            return new PlanningUnitAllocation(
                    planningUnit,
                    Components.sortedMap("amounts", amounts));
        }
    }
}
