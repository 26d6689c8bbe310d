package dev.bcfkit.core.plan;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
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
        @Size(max = 100_000) @Nullable String sevenDayServices,
        @Valid @Nullable DataSharing dataSharing,
        @Valid @Nullable JointAssessment jointAssessment) {

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
            @Size(max = 100_000) @Nullable String nhsNumberAsPrimaryIdentifier,
            @Size(max = 100_000) @Nullable String nhsNumberCommitment,
            @Size(max = 100_000) @Nullable String openApis,
            @Size(max = 100_000) @Nullable String informationGovernance,
            @Nullable YesNo nhsNumberPrimaryConfirmed,
            @Size(max = 200) @Nullable String nhsNumberInPlaceBy) {

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

        /** Builds a {@link DataSharing} by named setters, one per component. */
        public static final class Builder {
            private @Nullable String nhsNumberAsPrimaryIdentifier;
            private @Nullable String nhsNumberCommitment;
            private @Nullable String openApis;
            private @Nullable String informationGovernance;
            private @Nullable YesNo nhsNumberPrimaryConfirmed;
            private @Nullable String nhsNumberInPlaceBy;

            private Builder() {
            }

            private Builder(DataSharing from) {
                this.nhsNumberAsPrimaryIdentifier = from.nhsNumberAsPrimaryIdentifier;
                this.nhsNumberCommitment = from.nhsNumberCommitment;
                this.openApis = from.openApis;
                this.informationGovernance = from.informationGovernance;
                this.nhsNumberPrimaryConfirmed = from.nhsNumberPrimaryConfirmed;
                this.nhsNumberInPlaceBy = from.nhsNumberInPlaceBy;
            }

            /**
             * @param nhsNumberAsPrimaryIdentifier "Please confirm that you are using the NHS Number as the primary identifier", or null
             * @return this builder
             */
            public Builder nhsNumberAsPrimaryIdentifier(@Nullable String nhsNumberAsPrimaryIdentifier) {
                this.nhsNumberAsPrimaryIdentifier = nhsNumberAsPrimaryIdentifier;
                return this;
            }

            /**
             * @param nhsNumberCommitment "If you are not currently using the NHS Number ... when by", or null
             * @return this builder
             */
            public Builder nhsNumberCommitment(@Nullable String nhsNumberCommitment) {
                this.nhsNumberCommitment = nhsNumberCommitment;
                return this;
            }

            /**
             * @param openApis "committed to adopting systems that are based upon Open APIs", or null
             * @return this builder
             */
            public Builder openApis(@Nullable String openApis) {
                this.openApis = openApis;
                return this;
            }

            /**
             * @param informationGovernance "committed to ensuring that the appropriate IG Controls will be in place", or null
             * @return this builder
             */
            public Builder informationGovernance(@Nullable String informationGovernance) {
                this.informationGovernance = informationGovernance;
                return this;
            }

            /**
             * @param nhsNumberPrimaryConfirmed whether the plan confirms that the NHS Number is the primary identifier for correspondence across all health and care services ({@code [003:649]}), or null where it does not answer yes or no
             * @return this builder
             */
            public Builder nhsNumberPrimaryConfirmed(@Nullable YesNo nhsNumberPrimaryConfirmed) {
                this.nhsNumberPrimaryConfirmed = nhsNumberPrimaryConfirmed;
                return this;
            }

            /**
             * @param nhsNumberInPlaceBy when the NHS Number will be in place as the primary identifier, as the plan words it ("and when by", {@code [003:653]}), or null
             * @return this builder
             */
            public Builder nhsNumberInPlaceBy(@Nullable String nhsNumberInPlaceBy) {
                this.nhsNumberInPlaceBy = nhsNumberInPlaceBy;
                return this;
            }

            /**
             * @return the record, made by its canonical constructor
             * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
             */
            public DataSharing build() {
                return new DataSharing(
                        nhsNumberAsPrimaryIdentifier,
                        nhsNumberCommitment,
                        openApis,
                        informationGovernance,
                        nhsNumberPrimaryConfirmed,
                        nhsNumberInPlaceBy);
            }
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
            @Size(max = 100_000) @Nullable String answer,
            @Size(max = 10_000) @Nullable String riskStratification,
            @Nullable BigDecimal percentAdultsAtHighRisk,
            @Nullable BigDecimal percentAtRiskWithJointCarePlan) {
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

        /** Builds a {@link JointAssessment} by named setters, one per component. */
        public static final class Builder {
            private @Nullable String answer;
            private @Nullable String riskStratification;
            private @Nullable BigDecimal percentAdultsAtHighRisk;
            private @Nullable BigDecimal percentAtRiskWithJointCarePlan;

            private Builder() {
            }

            private Builder(JointAssessment from) {
                this.answer = from.answer;
                this.riskStratification = from.riskStratification;
                this.percentAdultsAtHighRisk = from.percentAdultsAtHighRisk;
                this.percentAtRiskWithJointCarePlan = from.percentAtRiskWithJointCarePlan;
            }

            /**
             * @param answer the narrative answer, or null
             * @return this builder
             */
            public Builder answer(@Nullable String answer) {
                this.answer = answer;
                return this;
            }

            /**
             * @param riskStratification the approach to risk stratification, or null
             * @return this builder
             */
            public Builder riskStratification(@Nullable String riskStratification) {
                this.riskStratification = riskStratification;
                return this;
            }

            /**
             * @param percentAdultsAtHighRisk the proportion of adults at high risk, in per cent, or null
             * @return this builder
             */
            public Builder percentAdultsAtHighRisk(@Nullable BigDecimal percentAdultsAtHighRisk) {
                this.percentAdultsAtHighRisk = percentAdultsAtHighRisk;
                return this;
            }

            /**
             * @param percentAtRiskWithJointCarePlan the proportion at risk with a joint care plan, in per cent, or null
             * @return this builder
             */
            public Builder percentAtRiskWithJointCarePlan(@Nullable BigDecimal percentAtRiskWithJointCarePlan) {
                this.percentAtRiskWithJointCarePlan = percentAtRiskWithJointCarePlan;
                return this;
            }

            /**
             * @return the record, made by its canonical constructor
             * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
             */
            public JointAssessment build() {
                return new JointAssessment(
                        answer,
                        riskStratification,
                        percentAdultsAtHighRisk,
                        percentAtRiskWithJointCarePlan);
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

    /** Builds a {@link PlanConditions} by named setters, one per component. */
    public static final class Builder {
        private @Nullable String sevenDayServices;
        private @Nullable DataSharing dataSharing;
        private @Nullable JointAssessment jointAssessment;

        private Builder() {
        }

        private Builder(PlanConditions from) {
            this.sevenDayServices = from.sevenDayServices;
            this.dataSharing = from.dataSharing;
            this.jointAssessment = from.jointAssessment;
        }

        /**
         * @param sevenDayServices b) "7 day services to support discharge" ({@code [003:630]}), or null
         * @return this builder
         */
        public Builder sevenDayServices(@Nullable String sevenDayServices) {
            this.sevenDayServices = sevenDayServices;
            return this;
        }

        /**
         * @param dataSharing c) "Data sharing" ({@code [003:647-663]}), or null
         * @return this builder
         */
        public Builder dataSharing(@Nullable DataSharing dataSharing) {
            this.dataSharing = dataSharing;
            return this;
        }

        /**
         * @param jointAssessment d) "Joint assessment and accountable lead professional" ({@code [003:665-679]}), or null
         * @return this builder
         */
        public Builder jointAssessment(@Nullable JointAssessment jointAssessment) {
            this.jointAssessment = jointAssessment;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public PlanConditions build() {
            return new PlanConditions(
                    sevenDayServices,
                    dataSharing,
                    jointAssessment);
        }
    }
}
