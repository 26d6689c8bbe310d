package dev.bcfkit.core.plan;

import org.jspecify.annotations.Nullable;
import java.util.Map;
import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * Section 1 a "Summary of Plan" of the 2014 planning template ({@code [003:13-23]}): the local
 * authority, the CCGs, boundary differences, the dates agreed and submitted, and the minimum
 * required and total agreed pooled budget per financial year.
 *
 * @param healthAndWellbeingBoard the board the plan belongs to
 * @param localAuthority the local authority
 * @param ccgs the Clinical Commissioning Groups, in plan order
 * @param boundaryDifferences the "Boundary Differences" text, or null
 * @param dateAgreedAtBoard "Date agreed at Health and Well-Being Board", or null
 * @param dateSubmitted "Date submitted", or null
 * @param minimumPooledBudget "Minimum required value of ITF pooled budget" per year
 * @param agreedPooledBudget "Total agreed value of pooled budget" per year
 */
public record PlanDetails(
        @Valid @Nullable HealthAndWellbeingBoard healthAndWellbeingBoard,
        @Valid @Nullable LocalAuthority localAuthority,
        @NotNull List<@Valid ClinicalCommissioningGroup> ccgs,
        @Size(max = 100_000) @Nullable String boundaryDifferences,
        @Nullable LocalDate dateAgreedAtBoard,
        @Nullable LocalDate dateSubmitted,
        @NotNull SortedMap<FinancialYear, Money> minimumPooledBudget,
        @NotNull SortedMap<FinancialYear, Money> agreedPooledBudget) {

    /**
     * @throws dev.bcfkit.core.BcfException if a collection is null
     */
    public PlanDetails {
        ccgs = Components.list("ccgs", ccgs);
        minimumPooledBudget = Components.sortedMap("minimumPooledBudget", minimumPooledBudget);
        agreedPooledBudget = Components.sortedMap("agreedPooledBudget", agreedPooledBudget);
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

    /** Builds a {@link PlanDetails} by named setters, one per component. */
    public static final class Builder {
        private @Nullable HealthAndWellbeingBoard healthAndWellbeingBoard;
        private @Nullable LocalAuthority localAuthority;
        private List<ClinicalCommissioningGroup> ccgs = List.of();
        private @Nullable String boundaryDifferences;
        private @Nullable LocalDate dateAgreedAtBoard;
        private @Nullable LocalDate dateSubmitted;
        private Map<FinancialYear, Money> minimumPooledBudget = Map.of();
        private Map<FinancialYear, Money> agreedPooledBudget = Map.of();

        private Builder() {
        }

        private Builder(PlanDetails from) {
            this.healthAndWellbeingBoard = from.healthAndWellbeingBoard;
            this.localAuthority = from.localAuthority;
            this.ccgs = from.ccgs;
            this.boundaryDifferences = from.boundaryDifferences;
            this.dateAgreedAtBoard = from.dateAgreedAtBoard;
            this.dateSubmitted = from.dateSubmitted;
            this.minimumPooledBudget = from.minimumPooledBudget;
            this.agreedPooledBudget = from.agreedPooledBudget;
        }

        /**
         * @param healthAndWellbeingBoard the board the plan belongs to
         * @return this builder
         */
        public Builder healthAndWellbeingBoard(@Nullable HealthAndWellbeingBoard healthAndWellbeingBoard) {
            this.healthAndWellbeingBoard = healthAndWellbeingBoard;
            return this;
        }

        /**
         * @param localAuthority the local authority
         * @return this builder
         */
        public Builder localAuthority(@Nullable LocalAuthority localAuthority) {
            this.localAuthority = localAuthority;
            return this;
        }

        /**
         * @param ccgs the Clinical Commissioning Groups, in plan order (copied; no entry may be null)
         * @return this builder
         */
        public Builder ccgs(ClinicalCommissioningGroup... ccgs) {
            this.ccgs = Components.copy("ccgs", ccgs);
            return this;
        }

        /**
         * @param ccgs the Clinical Commissioning Groups, in plan order (copied; no entry may be null)
         * @return this builder
         */
        public Builder ccgs(Iterable<? extends ClinicalCommissioningGroup> ccgs) {
            this.ccgs = Components.copy("ccgs", ccgs);
            return this;
        }

        /**
         * @param boundaryDifferences the "Boundary Differences" text, or null
         * @return this builder
         */
        public Builder boundaryDifferences(@Nullable String boundaryDifferences) {
            this.boundaryDifferences = boundaryDifferences;
            return this;
        }

        /**
         * @param dateAgreedAtBoard "Date agreed at Health and Well-Being Board", or null
         * @return this builder
         */
        public Builder dateAgreedAtBoard(@Nullable LocalDate dateAgreedAtBoard) {
            this.dateAgreedAtBoard = dateAgreedAtBoard;
            return this;
        }

        /**
         * @param dateSubmitted "Date submitted", or null
         * @return this builder
         */
        public Builder dateSubmitted(@Nullable LocalDate dateSubmitted) {
            this.dateSubmitted = dateSubmitted;
            return this;
        }

        /**
         * @param minimumPooledBudget "Minimum required value of ITF pooled budget" per year (copied; no key or value may be null)
         * @return this builder
         */
        public Builder minimumPooledBudget(Map<FinancialYear, Money> minimumPooledBudget) {
            this.minimumPooledBudget = Components.map("minimumPooledBudget", minimumPooledBudget);
            return this;
        }

        /**
         * @param agreedPooledBudget "Total agreed value of pooled budget" per year (copied; no key or value may be null)
         * @return this builder
         */
        public Builder agreedPooledBudget(Map<FinancialYear, Money> agreedPooledBudget) {
            this.agreedPooledBudget = Components.map("agreedPooledBudget", agreedPooledBudget);
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public PlanDetails build() {
            return new PlanDetails(
                    healthAndWellbeingBoard,
                    localAuthority,
                    ccgs,
                    boundaryDifferences,
                    dateAgreedAtBoard,
                    dateSubmitted,
                    Components.sortedMap("minimumPooledBudget", minimumPooledBudget),
                    Components.sortedMap("agreedPooledBudget", agreedPooledBudget));
        }
    }
}
