package dev.bcfkit.core.returns;

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
        @Size(max = 100_000) String rationale,
        @Size(max = 100_000) String challenges,
        @Size(max = 100_000) String milestones,
        @Size(max = 100_000) String supportNeeds) {

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
            String rationale, String challenges, String milestones, String supportNeeds) {
        return new ChangeAssessment(change, new java.util.TreeMap<>(maturity), rationale, challenges, milestones,
                supportNeeds);
    }
}
