package dev.bcfkit.core.plan;

import dev.bcfkit.core.YesNo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Section 3 "National conditions" b) to d) of the 2014 plan ({@code [003:628-679]}); a) is
 * {@link SocialCareProtection}. The answers are narrative; d) also asks for two proportions that
 * Nottinghamshire did not give ({@code [003:667]}).
 *
 * @param sevenDayServices b) "7 day services to support discharge" ({@code [003:630]}), or null
 * @param dataSharing c) "Data sharing" ({@code [003:647-663]}), or null
 * @param jointAssessment d) "Joint assessment and accountable lead professional" ({@code [003:665-679]}), or null
 */
public record PlanConditions(
        @Size(max = 100_000) String sevenDayServices,
        @Valid DataSharing dataSharing,
        @Valid JointAssessment jointAssessment) {

    /**
     * The four data-sharing confirmations ({@code [003:649-661]}).
     *
     * @param nhsNumberAsPrimaryIdentifier "Please confirm that you are using the NHS Number as the primary identifier", or null
     * @param nhsNumberCommitment "If you are not currently using the NHS Number ... when by", or null
     * @param openApis "committed to adopting systems that are based upon Open APIs", or null
     * @param informationGovernance "committed to ensuring that the appropriate IG Controls will be in place", or null
     * @param nhsNumberPrimaryConfirmed whether the plan confirms that the NHS Number is the primary identifier
     *     for correspondence across all health and care services ({@code [003:649]}), or null where it does
     *     not answer yes or no
     * @param nhsNumberInPlaceBy when the NHS Number will be in place as the primary identifier, as the plan
     *     words it ("and when by", {@code [003:653]}), or null
     */
    public record DataSharing(
            @Size(max = 100_000) String nhsNumberAsPrimaryIdentifier,
            @Size(max = 100_000) String nhsNumberCommitment,
            @Size(max = 100_000) String openApis,
            @Size(max = 100_000) String informationGovernance,
            YesNo nhsNumberPrimaryConfirmed,
            @Size(max = 200) String nhsNumberInPlaceBy) {

        /**
         * The four narrative answers, without the yes-or-no confirmation and the date, which are blank.
         *
         * @param nhsNumberAsPrimaryIdentifier the NHS Number answer, or null
         * @param nhsNumberCommitment the commitment, or null
         * @param openApis the Open APIs answer, or null
         * @param informationGovernance the IG answer, or null
         */
        public DataSharing(String nhsNumberAsPrimaryIdentifier, String nhsNumberCommitment, String openApis,
                String informationGovernance) {
            this(nhsNumberAsPrimaryIdentifier, nhsNumberCommitment, openApis, informationGovernance, null, null);
        }
    }

    /**
     * "Please specify what proportion of the adult population are identified as at high risk of
     * hospital admission, what approach to risk stratification you have used to identify them,
     * and what proportion of individuals at risk have a joint care plan and accountable
     * professional" ({@code [003:667]}).
     *
     * @param answer the narrative answer, or null
     * @param riskStratification the approach to risk stratification, or null
     * @param percentAdultsAtHighRisk the proportion of adults at high risk, in per cent, or null
     * @param percentAtRiskWithJointCarePlan the proportion at risk with a joint care plan, in per cent, or null
     */
    public record JointAssessment(
            @Size(max = 100_000) String answer,
            @Size(max = 10_000) String riskStratification,
            BigDecimal percentAdultsAtHighRisk,
            BigDecimal percentAtRiskWithJointCarePlan) {
    }
}
