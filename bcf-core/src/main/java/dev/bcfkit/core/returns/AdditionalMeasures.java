package dev.bcfkit.core.returns;

import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.YesNo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The 2016/17 "Additional Measures" tab ({@code [002:1084-1153]}): NHS Number use, Open APIs,
 * the digital integrated care record pilot, personal health budgets and integrated care teams.
 * Its 67 counted questions are 12 + 36 + 12 + 1 + 4 + 2 ({@code [002:870-876]}).
 *
 * @param nhsNumberOnCorrespondence Measure 1, row 1: "NHS Number is used as the consistent identifier on all
 *     relevant correspondence ...", by setting
 * @param nhsNumberRetrieval Measure 1, row 2: "Staff in this setting can retrieve relevant information ...
 *     using the NHS Number", by setting
 * @param dataSharing Measure 2: the From x To matrix of how information is shared ("Shared via Open API",
 *     "Not currently shared digitally", ...), by from-setting then to-setting
 * @param openApiProgress Measure 2: progress towards Open APIs per setting
 * @param integratedCareRecordPilot Measure 3: "Is there a Digital Integrated Care Record pilot currently
 *     underway ...?", or null
 * @param personalHealthBudgets Measure 4, or null
 * @param integratedCareTeams Measure 5, or null
 */
public record AdditionalMeasures(
        @NotNull Map<CareSetting, YesNo> nhsNumberOnCorrespondence,
        @NotNull Map<CareSetting, YesNo> nhsNumberRetrieval,
        @NotNull Map<CareSetting, Map<CareSetting, String>> dataSharing,
        @NotNull Map<CareSetting, @Valid OpenApiProgress> openApiProgress,
        @Size(max = 500) String integratedCareRecordPilot,
        @Valid PersonalHealthBudgets personalHealthBudgets,
        @Valid IntegratedCareTeams integratedCareTeams) {

    /**
     * @throws dev.bcfkit.core.BcfException if a map is null
     */
    public AdditionalMeasures {
        nhsNumberOnCorrespondence = Components.sortedMap("nhsNumberOnCorrespondence", nhsNumberOnCorrespondence);
        nhsNumberRetrieval = Components.sortedMap("nhsNumberRetrieval", nhsNumberRetrieval);
        java.util.TreeMap<CareSetting, Map<CareSetting, String>> rows = new java.util.TreeMap<>();
        for (Map.Entry<CareSetting, Map<CareSetting, String>> e
                : Components.sortedMap("dataSharing", dataSharing).entrySet()) {
            rows.put(e.getKey(), Components.sortedMap("dataSharing/" + e.getKey(), e.getValue()));
        }
        dataSharing = java.util.Collections.unmodifiableSortedMap(rows);
        openApiProgress = Components.sortedMap("openApiProgress", openApiProgress);
    }

    /**
     * "Please indicate progress towards instillation [sic] of Open APIs" ({@code [002:1119-1123]}).
     *
     * @param status "Progress status", such as "In development", or null
     * @param projectedGoLive "Projected 'go-live' date (dd/mm/yy)" as entered, or "Live", or null
     */
    public record OpenApiProgress(@Size(max = 200) String status, @Size(max = 50) String projectedGoLive) {
    }

    /**
     * Measure 4, "Number of Personal Health Budgets per 100,000 population" ({@code [002:1132-1140]}).
     *
     * @param total "Total number of PHBs in place at the end of the quarter", or null
     * @param newInQuarter "Number of new PHBs put in place during the quarter", or null
     * @param stoppedInQuarter "Number of existing PHBs stopped during the quarter", or null
     * @param percentInContinuingHealthcare "what proportion are in receipt of NHS Continuing Healthcare (%)", or null
     * @param ratePer100kShown the calculated rate as the template showed it (13, 13.3), or null
     * @param population the pre-populated population, or null
     * @param populationLabel the population's label, such as "Mid 2016", or null
     */
    public record PersonalHealthBudgets(
            Long total,
            Long newInQuarter,
            Long stoppedInQuarter,
            BigDecimal percentInContinuingHealthcare,
            BigDecimal ratePer100kShown,
            Long population,
            @Size(max = 50) String populationLabel) {

        /**
         * The number of PHBs in place at the start of the quarter that the three counts imply:
         * those in place at the end, less those put in place during the quarter, plus those
         * stopped during it ({@code [002:1134-1137]}; derived, the template does not print it).
         * Southend's 24 at the end, 7 new and 17 stopped imply 34 at the start. A return's opening
         * total should equal the previous quarter's {@link #total()}.
         *
         * @return the implied opening total (negative when the counts cannot all be right), or null
         *     unless all three counts are given or if it lies beyond the range of a {@code long}
         */
        public Long openingTotal() {
            if (total == null || newInQuarter == null || stoppedInQuarter == null) {
                return null;
            }
            BigDecimal opening = BigDecimal.valueOf(total).subtract(BigDecimal.valueOf(newInQuarter))
                    .add(BigDecimal.valueOf(stoppedInQuarter));
            try {
                return opening.longValueExact();
            } catch (ArithmeticException beyondLong) {
                return null;
            }
        }
    }

    /**
     * Measure 5, "Use and prevalence of Multi-Disciplinary/Integrated Care Teams" ({@code [002:1142-1149]}).
     *
     * @param nonAcute the answer for the non-acute setting, or null
     * @param acute the answer for the acute setting, or null
     */
    public record IntegratedCareTeams(@Size(max = 200) String nonAcute, @Size(max = 200) String acute) {
    }
}
