package dev.bcfkit.core.plan;

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
        @Valid HealthAndWellbeingBoard healthAndWellbeingBoard,
        @Valid LocalAuthority localAuthority,
        @NotNull List<@Valid ClinicalCommissioningGroup> ccgs,
        @Size(max = 100_000) String boundaryDifferences,
        LocalDate dateAgreedAtBoard,
        LocalDate dateSubmitted,
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
}
