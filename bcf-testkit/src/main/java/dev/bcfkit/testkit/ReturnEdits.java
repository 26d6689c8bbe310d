package dev.bcfkit.testkit;

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
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Copies of a quarterly return with one section replaced, for the defect injectors.
 */
final class ReturnEdits {
    private ReturnEdits() {
    }

    static QuarterlyReturn cover(QuarterlyReturn r, ReturnCover cover) {
        return new QuarterlyReturn(r.period(), cover, r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), r.additionalMeasures(),
                r.highImpactChangeModel(), r.narrative(), r.additionalIbcf(), r.improvedBcfProgress());
    }

    static QuarterlyReturn budget(QuarterlyReturn r, BudgetArrangements budget) {
        return new QuarterlyReturn(r.period(), r.cover(), budget, r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), r.additionalMeasures(),
                r.highImpactChangeModel(), r.narrative(), r.additionalIbcf(), r.improvedBcfProgress());
    }

    static QuarterlyReturn conditions(QuarterlyReturn r, List<ConditionResponse> conditions) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), conditions,
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), r.additionalMeasures(),
                r.highImpactChangeModel(), r.narrative(), r.additionalIbcf(), r.improvedBcfProgress());
    }

    static QuarterlyReturn finances(QuarterlyReturn r, IncomeAndExpenditure finances) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                finances, r.metrics(), r.yearEndFeedback(), r.additionalMeasures(),
                r.highImpactChangeModel(), r.narrative(), r.additionalIbcf(), r.improvedBcfProgress());
    }

    static QuarterlyReturn metrics(QuarterlyReturn r, List<MetricProgress> metrics) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), metrics, r.yearEndFeedback(), r.additionalMeasures(),
                r.highImpactChangeModel(), r.narrative(), r.additionalIbcf(), r.improvedBcfProgress());
    }

    static QuarterlyReturn hicm(QuarterlyReturn r, HighImpactChangeModel hicm) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), r.additionalMeasures(),
                hicm, r.narrative(), r.additionalIbcf(), r.improvedBcfProgress());
    }

    static QuarterlyReturn narrative(QuarterlyReturn r, Narrative narrative) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), r.additionalMeasures(),
                r.highImpactChangeModel(), narrative, r.additionalIbcf(), r.improvedBcfProgress());
    }

    static QuarterlyReturn ibcf(QuarterlyReturn r, AdditionalIbcf ibcf) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), r.additionalMeasures(),
                r.highImpactChangeModel(), r.narrative(), ibcf, r.improvedBcfProgress());
    }

    static QuarterlyReturn additionalMeasures(QuarterlyReturn r, AdditionalMeasures measures) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), measures,
                r.highImpactChangeModel(), r.narrative(), r.additionalIbcf(), r.improvedBcfProgress());
    }

    /**
     * @param list a list
     * @param index the element to replace
     * @param edit how to change it
     * @param <E> the element type
     * @return a copy with that element changed
     */
    static <E> List<E> replace(List<E> list, int index, UnaryOperator<E> edit) {
        List<E> copy = new ArrayList<>(list);
        copy.set(index, edit.apply(copy.get(index)));
        return copy;
    }

    /**
     * @param list a list
     * @param index the element to remove
     * @param <E> the element type
     * @return a copy without that element
     */
    static <E> List<E> remove(List<E> list, int index) {
        List<E> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }
}
