package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.ReportingPeriod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A Health and Wellbeing Board's quarterly return, one model for the 2016/17, 2017/18 and
 * 2018/19 editions ({@code [002]}, {@code [000]}, {@code [004]}). Sections an edition does not have are null: income and
 * expenditure and additional measures are 2016/17 only ({@code [002:1011]}, {@code [002:1084]}),
 * year-end feedback is 2016/17 Q4 only ({@code [002:2467]}), the High Impact Change Model is
 * 2017-19 ({@code [000:218]}), and the additional iBCF section is 2018/19 ({@code [004:145]}).
 * Whether a section is present where it should be is judged by the rules, not refused here.
 *
 * @param period the quarter reported on, which decides the edition
 * @param cover the cover sheet
 * @param budgetArrangements the s.75 pooled-budget question
 * @param nationalConditions the national condition rows, in template order
 * @param incomeAndExpenditure income and expenditure (2016/17), or null
 * @param metrics the metric blocks, in template order
 * @param yearEndFeedback year-end feedback (2016/17 Q4), or null
 * @param additionalMeasures additional measures (2016/17), or null
 * @param highImpactChangeModel the HICM sheet (2017-19), or null
 * @param narrative the narrative
 * @param additionalIbcf the additional iBCF section (2018/19), or null
 * @param improvedBcfProgress the improved BCF's use and quarterly progress reports as the board
 *     records them (2017/18 and 2018/19), or null
 */
public record QuarterlyReturn(
        @NotNull ReportingPeriod period,
        @Valid @Nullable ReturnCover cover,
        @Valid @Nullable BudgetArrangements budgetArrangements,
        @NotNull List<@Valid ConditionResponse> nationalConditions,
        @Valid @Nullable IncomeAndExpenditure incomeAndExpenditure,
        @NotNull List<@Valid MetricProgress> metrics,
        @Valid @Nullable YearEndFeedback yearEndFeedback,
        @Valid @Nullable AdditionalMeasures additionalMeasures,
        @Valid @Nullable HighImpactChangeModel highImpactChangeModel,
        @Valid @Nullable Narrative narrative,
        @Valid @Nullable AdditionalIbcf additionalIbcf,
        @Valid @Nullable ImprovedBcfProgress improvedBcfProgress) implements BcfDocument {

    /**
     * @throws dev.bcfkit.core.BcfException if a list is null
     */
    public QuarterlyReturn {
        nationalConditions = Components.list("nationalConditions", nationalConditions);
        metrics = Components.list("metrics", metrics);
    }

    /**
     * A return with no improved BCF progress recorded.
     *
     * @param period the quarter reported on
     * @param cover the cover sheet
     * @param budgetArrangements the s.75 pooled-budget question
     * @param nationalConditions the national condition rows
     * @param incomeAndExpenditure income and expenditure, or null
     * @param metrics the metric blocks
     * @param yearEndFeedback year-end feedback, or null
     * @param additionalMeasures additional measures, or null
     * @param highImpactChangeModel the HICM sheet, or null
     * @param narrative the narrative
     * @param additionalIbcf the additional iBCF section, or null
     * @throws dev.bcfkit.core.BcfException if a list is null
     */
    public QuarterlyReturn(ReportingPeriod period, ReturnCover cover, BudgetArrangements budgetArrangements,
            List<ConditionResponse> nationalConditions, IncomeAndExpenditure incomeAndExpenditure,
            List<MetricProgress> metrics, YearEndFeedback yearEndFeedback, AdditionalMeasures additionalMeasures,
            HighImpactChangeModel highImpactChangeModel, Narrative narrative, AdditionalIbcf additionalIbcf) {
        this(period, cover, budgetArrangements, nationalConditions, incomeAndExpenditure, metrics, yearEndFeedback,
                additionalMeasures, highImpactChangeModel, narrative, additionalIbcf, null);
    }

    /**
     * @param progress the improved BCF progress, or null
     * @return this return with that improved BCF progress
     */
    public QuarterlyReturn withImprovedBcfProgress(ImprovedBcfProgress progress) {
        return new QuarterlyReturn(period, cover, budgetArrangements, nationalConditions, incomeAndExpenditure,
                metrics, yearEndFeedback, additionalMeasures, highImpactChangeModel, narrative, additionalIbcf,
                progress);
    }

    /**
     * The template edition this return follows, decided by its financial year.
     *
     * @return the edition
     * @throws dev.bcfkit.core.UnknownEditionException if no template is known for the year
     */
    @Override
    public Edition edition() {
        return Edition.ofReturn(period.year());
    }

    /** @return {@link DocumentKind#QUARTERLY_RETURN} */
    @Override
    public DocumentKind kind() {
        return DocumentKind.QUARTERLY_RETURN;
    }

    /**
     * A builder for the return of a quarter, the one component every return needs; the sections
     * the edition lacks stay absent without being named.
     *
     * @param period the quarter reported on, which decides the edition
     * @return a new builder with that period
     */
    public static Builder builder(ReportingPeriod period) {
        return new Builder().period(period);
    }

    /**
     * @param cover the cover sheet
     * @return this return with that cover sheet
     */
    public QuarterlyReturn withCover(@Nullable ReturnCover cover) {
        return toBuilder().cover(cover).build();
    }

    /**
     * @param nationalConditions the national condition rows, in template order
     * @return this return with those rows
     * @throws dev.bcfkit.core.BcfException if a row is null
     */
    public QuarterlyReturn withNationalConditions(Iterable<? extends ConditionResponse> nationalConditions) {
        return toBuilder().nationalConditions(nationalConditions).build();
    }

    /**
     * @param metrics the metric blocks, in template order
     * @return this return with those blocks
     * @throws dev.bcfkit.core.BcfException if a block is null
     */
    public QuarterlyReturn withMetrics(Iterable<? extends MetricProgress> metrics) {
        return toBuilder().metrics(metrics).build();
    }

    /**
     * @param narrative the narrative
     * @return this return with that narrative
     */
    public QuarterlyReturn withNarrative(@Nullable Narrative narrative) {
        return toBuilder().narrative(narrative).build();
    }

    /**
     * A builder with every component blank (collections empty); {@link Builder#build()} runs this
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

    /** Builds a {@link QuarterlyReturn} by named setters, one per component. */
    public static final class Builder {
        private @Nullable ReportingPeriod period;
        private @Nullable ReturnCover cover;
        private @Nullable BudgetArrangements budgetArrangements;
        private List<ConditionResponse> nationalConditions = List.of();
        private @Nullable IncomeAndExpenditure incomeAndExpenditure;
        private List<MetricProgress> metrics = List.of();
        private @Nullable YearEndFeedback yearEndFeedback;
        private @Nullable AdditionalMeasures additionalMeasures;
        private @Nullable HighImpactChangeModel highImpactChangeModel;
        private @Nullable Narrative narrative;
        private @Nullable AdditionalIbcf additionalIbcf;
        private @Nullable ImprovedBcfProgress improvedBcfProgress;

        private Builder() {
        }

        private Builder(QuarterlyReturn from) {
            this.period = from.period;
            this.cover = from.cover;
            this.budgetArrangements = from.budgetArrangements;
            this.nationalConditions = from.nationalConditions;
            this.incomeAndExpenditure = from.incomeAndExpenditure;
            this.metrics = from.metrics;
            this.yearEndFeedback = from.yearEndFeedback;
            this.additionalMeasures = from.additionalMeasures;
            this.highImpactChangeModel = from.highImpactChangeModel;
            this.narrative = from.narrative;
            this.additionalIbcf = from.additionalIbcf;
            this.improvedBcfProgress = from.improvedBcfProgress;
        }

        /**
         * @param period the quarter reported on, which decides the edition
         * @return this builder
         */
        public Builder period(ReportingPeriod period) {
            this.period = period;
            return this;
        }

        /**
         * @param cover the cover sheet
         * @return this builder
         */
        public Builder cover(@Nullable ReturnCover cover) {
            this.cover = cover;
            return this;
        }

        /**
         * @param budgetArrangements the s.75 pooled-budget question
         * @return this builder
         */
        public Builder budgetArrangements(@Nullable BudgetArrangements budgetArrangements) {
            this.budgetArrangements = budgetArrangements;
            return this;
        }

        /**
         * @param nationalConditions the national condition rows, in template order (copied; no entry may be null)
         * @return this builder
         */
        public Builder nationalConditions(ConditionResponse... nationalConditions) {
            this.nationalConditions = Components.copy("nationalConditions", nationalConditions);
            return this;
        }

        /**
         * @param nationalConditions the national condition rows, in template order (copied; no entry may be null)
         * @return this builder
         */
        public Builder nationalConditions(Iterable<? extends ConditionResponse> nationalConditions) {
            this.nationalConditions = Components.copy("nationalConditions", nationalConditions);
            return this;
        }

        /**
         * @param incomeAndExpenditure income and expenditure (2016/17), or null
         * @return this builder
         */
        public Builder incomeAndExpenditure(@Nullable IncomeAndExpenditure incomeAndExpenditure) {
            this.incomeAndExpenditure = incomeAndExpenditure;
            return this;
        }

        /**
         * @param metrics the metric blocks, in template order (copied; no entry may be null)
         * @return this builder
         */
        public Builder metrics(MetricProgress... metrics) {
            this.metrics = Components.copy("metrics", metrics);
            return this;
        }

        /**
         * @param metrics the metric blocks, in template order (copied; no entry may be null)
         * @return this builder
         */
        public Builder metrics(Iterable<? extends MetricProgress> metrics) {
            this.metrics = Components.copy("metrics", metrics);
            return this;
        }

        /**
         * @param yearEndFeedback year-end feedback (2016/17 Q4), or null
         * @return this builder
         */
        public Builder yearEndFeedback(@Nullable YearEndFeedback yearEndFeedback) {
            this.yearEndFeedback = yearEndFeedback;
            return this;
        }

        /**
         * @param additionalMeasures additional measures (2016/17), or null
         * @return this builder
         */
        public Builder additionalMeasures(@Nullable AdditionalMeasures additionalMeasures) {
            this.additionalMeasures = additionalMeasures;
            return this;
        }

        /**
         * @param highImpactChangeModel the HICM sheet (2017-19), or null
         * @return this builder
         */
        public Builder highImpactChangeModel(@Nullable HighImpactChangeModel highImpactChangeModel) {
            this.highImpactChangeModel = highImpactChangeModel;
            return this;
        }

        /**
         * @param narrative the narrative
         * @return this builder
         */
        public Builder narrative(@Nullable Narrative narrative) {
            this.narrative = narrative;
            return this;
        }

        /**
         * @param additionalIbcf the additional iBCF section (2018/19), or null
         * @return this builder
         */
        public Builder additionalIbcf(@Nullable AdditionalIbcf additionalIbcf) {
            this.additionalIbcf = additionalIbcf;
            return this;
        }

        /**
         * @param improvedBcfProgress the improved BCF's use and quarterly progress reports as the board records them (2017/18 and 2018/19), or null
         * @return this builder
         */
        public Builder improvedBcfProgress(@Nullable ImprovedBcfProgress improvedBcfProgress) {
            this.improvedBcfProgress = improvedBcfProgress;
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
        public QuarterlyReturn build() {
            return new QuarterlyReturn(
                    period,
                    cover,
                    budgetArrangements,
                    nationalConditions,
                    incomeAndExpenditure,
                    metrics,
                    yearEndFeedback,
                    additionalMeasures,
                    highImpactChangeModel,
                    narrative,
                    additionalIbcf,
                    improvedBcfProgress);
        }
    }
}
