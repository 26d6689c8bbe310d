package dev.bcfkit.rules.returns;

import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every quarterly-return rule of every edition, in rulebook order: the template's sections in
 * the order a return presents them (sections, cover, s.75, national conditions, income and
 * expenditure, metrics, year-end feedback, High Impact Change Model, narrative, fees).
 */
public final class ReturnRules {
    private static final List<Rule<QuarterlyReturn>> ALL = build();

    private ReturnRules() {
    }

    /** @return every return rule, in rulebook order; unmodifiable */
    public static List<Rule<QuarterlyReturn>> all() {
        return ALL;
    }

    private static List<Rule<QuarterlyReturn>> build() {
        List<Rule<QuarterlyReturn>> rules = new ArrayList<>();
        rules.addAll(SectionRules.all());
        rules.addAll(CoverRules.all());
        rules.addAll(SubmissionRules.all());
        rules.addAll(BudgetArrangementRules.all());
        rules.addAll(ConditionRules.all());
        rules.addAll(ConditionCommitmentRules.all());
        rules.addAll(FinanceRules.all());
        rules.addAll(FinancialCommentaryRules.all());
        rules.addAll(PersonalHealthBudgetRules.all());
        rules.addAll(AdditionalMeasuresRules.all());
        rules.addAll(MetricRules.all());
        rules.addAll(MetricUnitRules.all());
        rules.addAll(YearEndFeedbackRules.all());
        rules.addAll(HicmRules.all());
        rules.addAll(NarrativeRules.all());
        rules.addAll(FeeRules.all());
        rules.addAll(FeeBasisRules.all());
        rules.addAll(ImprovedBcfReturnRules.all());
        return Collections.unmodifiableList(rules);
    }
}
