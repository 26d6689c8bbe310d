package dev.bcfkit.core.returns;

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
        @Valid ReturnCover cover,
        @Valid BudgetArrangements budgetArrangements,
        @NotNull List<@Valid ConditionResponse> nationalConditions,
        @Valid IncomeAndExpenditure incomeAndExpenditure,
        @NotNull List<@Valid MetricProgress> metrics,
        @Valid YearEndFeedback yearEndFeedback,
        @Valid AdditionalMeasures additionalMeasures,
        @Valid HighImpactChangeModel highImpactChangeModel,
        @Valid Narrative narrative,
        @Valid AdditionalIbcf additionalIbcf,
        @Valid ImprovedBcfProgress improvedBcfProgress) implements BcfDocument {

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
}
