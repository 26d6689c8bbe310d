package dev.bcfkit.rules.returns;

import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.core.returns.YearEndFeedback;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Copies of a return with one section replaced, for broken variants.
 */
public final class ReturnEdits {
    private ReturnEdits() {
    }

    public static QuarterlyReturn period(QuarterlyReturn r, ReportingPeriod v) {
        return new QuarterlyReturn(v, r.cover(), r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), r.additionalMeasures(),
                r.highImpactChangeModel(), r.narrative(), r.additionalIbcf(), r.improvedBcfProgress());
    }

    public static QuarterlyReturn cover(QuarterlyReturn r, ReturnCover v) {
        return new QuarterlyReturn(r.period(), v, r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), r.additionalMeasures(),
                r.highImpactChangeModel(), r.narrative(), r.additionalIbcf(), r.improvedBcfProgress());
    }

    public static QuarterlyReturn budget(QuarterlyReturn r, BudgetArrangements v) {
        return new QuarterlyReturn(r.period(), r.cover(), v, r.nationalConditions(), r.incomeAndExpenditure(),
                r.metrics(), r.yearEndFeedback(), r.additionalMeasures(), r.highImpactChangeModel(), r.narrative(),
                r.additionalIbcf(), r.improvedBcfProgress());
    }

    public static QuarterlyReturn conditions(QuarterlyReturn r, List<ConditionResponse> v) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), v, r.incomeAndExpenditure(),
                r.metrics(), r.yearEndFeedback(), r.additionalMeasures(), r.highImpactChangeModel(), r.narrative(),
                r.additionalIbcf(), r.improvedBcfProgress());
    }

    /** @return the return with condition row {@code index} replaced by {@code edit} of it */
    public static QuarterlyReturn condition(QuarterlyReturn r, int index, UnaryOperator<ConditionResponse> edit) {
        List<ConditionResponse> rows = new ArrayList<>(r.nationalConditions());
        rows.set(index, edit.apply(rows.get(index)));
        return conditions(r, rows);
    }

    public static QuarterlyReturn incomeAndExpenditure(QuarterlyReturn r, IncomeAndExpenditure v) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(), v,
                r.metrics(), r.yearEndFeedback(), r.additionalMeasures(), r.highImpactChangeModel(), r.narrative(),
                r.additionalIbcf(), r.improvedBcfProgress());
    }

    public static QuarterlyReturn metrics(QuarterlyReturn r, List<MetricProgress> v) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), v, r.yearEndFeedback(), r.additionalMeasures(), r.highImpactChangeModel(),
                r.narrative(), r.additionalIbcf(), r.improvedBcfProgress());
    }

    /** @return the return with metric row {@code index} replaced by {@code edit} of it */
    public static QuarterlyReturn metric(QuarterlyReturn r, int index, UnaryOperator<MetricProgress> edit) {
        List<MetricProgress> rows = new ArrayList<>(r.metrics());
        rows.set(index, edit.apply(rows.get(index)));
        return metrics(r, rows);
    }

    public static QuarterlyReturn yearEndFeedback(QuarterlyReturn r, YearEndFeedback v) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), v, r.additionalMeasures(), r.highImpactChangeModel(),
                r.narrative(), r.additionalIbcf(), r.improvedBcfProgress());
    }

    public static QuarterlyReturn additionalMeasures(QuarterlyReturn r, AdditionalMeasures v) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), v, r.highImpactChangeModel(),
                r.narrative(), r.additionalIbcf(), r.improvedBcfProgress());
    }

    public static QuarterlyReturn hicm(QuarterlyReturn r, HighImpactChangeModel v) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), r.additionalMeasures(), v, r.narrative(),
                r.additionalIbcf(), r.improvedBcfProgress());
    }

    public static QuarterlyReturn narrative(QuarterlyReturn r, Narrative v) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), r.additionalMeasures(),
                r.highImpactChangeModel(), v, r.additionalIbcf(), r.improvedBcfProgress());
    }

    public static QuarterlyReturn additionalIbcf(QuarterlyReturn r, AdditionalIbcf v) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), r.additionalMeasures(),
                r.highImpactChangeModel(), r.narrative(), v, r.improvedBcfProgress());
    }
}
