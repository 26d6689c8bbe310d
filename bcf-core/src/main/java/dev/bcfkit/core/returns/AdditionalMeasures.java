package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
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
        @Size(max = 500) @Nullable String integratedCareRecordPilot,
        @Valid @Nullable PersonalHealthBudgets personalHealthBudgets,
        @Valid @Nullable IntegratedCareTeams integratedCareTeams) {

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
    public record OpenApiProgress(@Size(max = 200) @Nullable String status, @Size(max = 50) @Nullable String projectedGoLive) {
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

        /** Builds a {@link OpenApiProgress} by named setters, one per component. */
        public static final class Builder {
            private @Nullable String status;
            private @Nullable String projectedGoLive;

            private Builder() {
            }

            private Builder(OpenApiProgress from) {
                this.status = from.status;
                this.projectedGoLive = from.projectedGoLive;
            }

            /**
             * @param status "Progress status", such as "In development", or null
             * @return this builder
             */
            public Builder status(@Nullable String status) {
                this.status = status;
                return this;
            }

            /**
             * @param projectedGoLive "Projected 'go-live' date (dd/mm/yy)" as entered, or "Live", or null
             * @return this builder
             */
            public Builder projectedGoLive(@Nullable String projectedGoLive) {
                this.projectedGoLive = projectedGoLive;
                return this;
            }

            /**
             * @return the record, made by its canonical constructor
             * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
             */
            public OpenApiProgress build() {
                return new OpenApiProgress(
                        status,
                        projectedGoLive);
            }
        }
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
            @Nullable Long total,
            @Nullable Long newInQuarter,
            @Nullable Long stoppedInQuarter,
            @Nullable BigDecimal percentInContinuingHealthcare,
            @Nullable BigDecimal ratePer100kShown,
            @Nullable Long population,
            @Size(max = 50) @Nullable String populationLabel) {

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
        public @Nullable Long openingTotal() {
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

        /** Builds a {@link PersonalHealthBudgets} by named setters, one per component. */
        public static final class Builder {
            private @Nullable Long total;
            private @Nullable Long newInQuarter;
            private @Nullable Long stoppedInQuarter;
            private @Nullable BigDecimal percentInContinuingHealthcare;
            private @Nullable BigDecimal ratePer100kShown;
            private @Nullable Long population;
            private @Nullable String populationLabel;

            private Builder() {
            }

            private Builder(PersonalHealthBudgets from) {
                this.total = from.total;
                this.newInQuarter = from.newInQuarter;
                this.stoppedInQuarter = from.stoppedInQuarter;
                this.percentInContinuingHealthcare = from.percentInContinuingHealthcare;
                this.ratePer100kShown = from.ratePer100kShown;
                this.population = from.population;
                this.populationLabel = from.populationLabel;
            }

            /**
             * @param total "Total number of PHBs in place at the end of the quarter", or null
             * @return this builder
             */
            public Builder total(@Nullable Long total) {
                this.total = total;
                return this;
            }

            /**
             * @param newInQuarter "Number of new PHBs put in place during the quarter", or null
             * @return this builder
             */
            public Builder newInQuarter(@Nullable Long newInQuarter) {
                this.newInQuarter = newInQuarter;
                return this;
            }

            /**
             * @param stoppedInQuarter "Number of existing PHBs stopped during the quarter", or null
             * @return this builder
             */
            public Builder stoppedInQuarter(@Nullable Long stoppedInQuarter) {
                this.stoppedInQuarter = stoppedInQuarter;
                return this;
            }

            /**
             * @param percentInContinuingHealthcare "what proportion are in receipt of NHS Continuing Healthcare (%)", or null
             * @return this builder
             */
            public Builder percentInContinuingHealthcare(@Nullable BigDecimal percentInContinuingHealthcare) {
                this.percentInContinuingHealthcare = percentInContinuingHealthcare;
                return this;
            }

            /**
             * @param ratePer100kShown the calculated rate as the template showed it (13, 13.3), or null
             * @return this builder
             */
            public Builder ratePer100kShown(@Nullable BigDecimal ratePer100kShown) {
                this.ratePer100kShown = ratePer100kShown;
                return this;
            }

            /**
             * @param population the pre-populated population, or null
             * @return this builder
             */
            public Builder population(@Nullable Long population) {
                this.population = population;
                return this;
            }

            /**
             * @param populationLabel the population's label, such as "Mid 2016", or null
             * @return this builder
             */
            public Builder populationLabel(@Nullable String populationLabel) {
                this.populationLabel = populationLabel;
                return this;
            }

            /**
             * @return the record, made by its canonical constructor
             * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
             */
            public PersonalHealthBudgets build() {
                return new PersonalHealthBudgets(
                        total,
                        newInQuarter,
                        stoppedInQuarter,
                        percentInContinuingHealthcare,
                        ratePer100kShown,
                        population,
                        populationLabel);
            }
        }
    }

    /**
     * Measure 5, "Use and prevalence of Multi-Disciplinary/Integrated Care Teams" ({@code [002:1142-1149]}).
     *
     * @param nonAcute the answer for the non-acute setting, or null
     * @param acute the answer for the acute setting, or null
     */
    public record IntegratedCareTeams(@Size(max = 200) @Nullable String nonAcute, @Size(max = 200) @Nullable String acute) {
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

        /** Builds a {@link IntegratedCareTeams} by named setters, one per component. */
        public static final class Builder {
            private @Nullable String nonAcute;
            private @Nullable String acute;

            private Builder() {
            }

            private Builder(IntegratedCareTeams from) {
                this.nonAcute = from.nonAcute;
                this.acute = from.acute;
            }

            /**
             * @param nonAcute the answer for the non-acute setting, or null
             * @return this builder
             */
            public Builder nonAcute(@Nullable String nonAcute) {
                this.nonAcute = nonAcute;
                return this;
            }

            /**
             * @param acute the answer for the acute setting, or null
             * @return this builder
             */
            public Builder acute(@Nullable String acute) {
                this.acute = acute;
                return this;
            }

            /**
             * @return the record, made by its canonical constructor
             * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
             */
            public IntegratedCareTeams build() {
                return new IntegratedCareTeams(
                        nonAcute,
                        acute);
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

    /** Builds a {@link AdditionalMeasures} by named setters, one per component. */
    public static final class Builder {
        private Map<CareSetting, YesNo> nhsNumberOnCorrespondence = Map.of();
        private Map<CareSetting, YesNo> nhsNumberRetrieval = Map.of();
        private Map<CareSetting, Map<CareSetting, String>> dataSharing = Map.of();
        private Map<CareSetting, OpenApiProgress> openApiProgress = Map.of();
        private @Nullable String integratedCareRecordPilot;
        private @Nullable PersonalHealthBudgets personalHealthBudgets;
        private @Nullable IntegratedCareTeams integratedCareTeams;

        private Builder() {
        }

        private Builder(AdditionalMeasures from) {
            this.nhsNumberOnCorrespondence = from.nhsNumberOnCorrespondence;
            this.nhsNumberRetrieval = from.nhsNumberRetrieval;
            this.dataSharing = from.dataSharing;
            this.openApiProgress = from.openApiProgress;
            this.integratedCareRecordPilot = from.integratedCareRecordPilot;
            this.personalHealthBudgets = from.personalHealthBudgets;
            this.integratedCareTeams = from.integratedCareTeams;
        }

        /**
         * @param nhsNumberOnCorrespondence Measure 1, row 1: "NHS Number is used as the consistent identifier on all relevant correspondence ...", by setting (copied; no key or value may be null)
         * @return this builder
         */
        public Builder nhsNumberOnCorrespondence(Map<CareSetting, YesNo> nhsNumberOnCorrespondence) {
            this.nhsNumberOnCorrespondence = Components.map("nhsNumberOnCorrespondence", nhsNumberOnCorrespondence);
            return this;
        }

        /**
         * @param nhsNumberRetrieval Measure 1, row 2: "Staff in this setting can retrieve relevant information ... using the NHS Number", by setting (copied; no key or value may be null)
         * @return this builder
         */
        public Builder nhsNumberRetrieval(Map<CareSetting, YesNo> nhsNumberRetrieval) {
            this.nhsNumberRetrieval = Components.map("nhsNumberRetrieval", nhsNumberRetrieval);
            return this;
        }

        /**
         * @param dataSharing Measure 2: the From x To matrix of how information is shared ("Shared via Open API", "Not currently shared digitally", ...), by from-setting then to-setting (copied; no key or value may be null)
         * @return this builder
         */
        public Builder dataSharing(Map<CareSetting, Map<CareSetting, String>> dataSharing) {
            this.dataSharing = Components.map("dataSharing", dataSharing);
            return this;
        }

        /**
         * @param openApiProgress Measure 2: progress towards Open APIs per setting (copied; no key or value may be null)
         * @return this builder
         */
        public Builder openApiProgress(Map<CareSetting, OpenApiProgress> openApiProgress) {
            this.openApiProgress = Components.map("openApiProgress", openApiProgress);
            return this;
        }

        /**
         * @param integratedCareRecordPilot Measure 3: "Is there a Digital Integrated Care Record pilot currently underway ...?", or null
         * @return this builder
         */
        public Builder integratedCareRecordPilot(@Nullable String integratedCareRecordPilot) {
            this.integratedCareRecordPilot = integratedCareRecordPilot;
            return this;
        }

        /**
         * @param personalHealthBudgets Measure 4, or null
         * @return this builder
         */
        public Builder personalHealthBudgets(@Nullable PersonalHealthBudgets personalHealthBudgets) {
            this.personalHealthBudgets = personalHealthBudgets;
            return this;
        }

        /**
         * @param integratedCareTeams Measure 5, or null
         * @return this builder
         */
        public Builder integratedCareTeams(@Nullable IntegratedCareTeams integratedCareTeams) {
            this.integratedCareTeams = integratedCareTeams;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public AdditionalMeasures build() {
            return new AdditionalMeasures(
                    nhsNumberOnCorrespondence,
                    nhsNumberRetrieval,
                    dataSharing,
                    openApiProgress,
                    integratedCareRecordPilot,
                    personalHealthBudgets,
                    integratedCareTeams);
        }
    }
}
