package dev.bcfkit.rules.returns;

import static dev.bcfkit.rules.RuleIds.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quarterly return's rule families, asked of each family class itself rather than of the cached rulebook: the rule ids every
 * section contributes, in the order the rulebooks present them (ids never change once released).
 */
class ReturnRuleOrderTest {

    @Test
    void theReturnSectionsListTheirRulesInTemplateOrder() {
        assertEquals(List.of("SECTION-PRESENT", "SECTION-UNEXPECTED"), of(SectionRules::all));
        assertEquals(List.of("COVER-REQUIRED", "COVER-SIGN-OFF-TBC"), of(CoverRules::all));
        assertEquals(List.of("COVER-SUBMITTED-BY-DEADLINE", "COVER-SUBMITTED-AFTER-QUARTER"), of(SubmissionRules::all));
        assertEquals(List.of("S75-ANSWERED", "S75-DATE"), of(BudgetArrangementRules::all));
        assertEquals(List.of("COND-LIST", "COND-ROW-UNEXPECTED", "COND-ORDER", "COND-ANSWERED", "COND-ANSWER-ALLOWED", "COND-EXPLANATION",
                "COND-EXPECTED-DATE", "COND-REGRESSION"), of(ConditionRules::all));
        assertEquals(List.of("COND-SOCIAL-CARE-PROTECTED", "COND-DTOC-PLAN-AGREED"), of(ConditionCommitmentRules::all));
        assertEquals(List.of("FIN-ANNUAL-EQUALS-SUM", "FIN-ANNUAL-EQUALS-POOLED", "FIN-COMMENT-REQUIRED",
                "FIN-ACTUALS-TO-DATE", "FIN-NO-FUTURE-ACTUALS", "FIN-NUMERIC-RANGE", "FIN-INCOME-EQUALS-EXPENDITURE"),
                of(FinanceRules::all));
        assertEquals(List.of("FIN-COMMENTARY-REFERS-TO-CHANGES"), of(FinancialCommentaryRules::all));
        assertEquals(List.of("PHB-POPULATION-PLAUSIBLE", "PHB-RATE-AGREES", "PHB-STOCK-AND-FLOW"),
                of(PersonalHealthBudgetRules::all));
        assertEquals(List.of("AM-GO-LIVE-DATE", "AM-ANSWER-PRINTED"), of(AdditionalMeasuresRules::all));
        assertEquals(List.of("METRIC-ALL-REPORTED", "METRIC-ROW-UNEXPECTED", "METRIC-ASSESSMENT-REQUIRED", "METRIC-ASSESSMENT-ALLOWED",
                "METRIC-COMMENTARY-REQUIRED", "METRIC-PATIENT-EXPERIENCE-DEFINED", "METRIC-ASSESSMENT-CONTRADICTS-RAG"),
                of(MetricRules::all));
        assertEquals(List.of("METRIC-UNITS-AGREE"), of(MetricUnitRules::all));
        assertEquals(List.of("YEF-STATEMENTS-ANSWERED", "YEF-AT-MOST-THREE", "YEF-CATEGORISED"),
                of(YearEndFeedbackRules::all));
        assertEquals(List.of("HICM-ALL-CHANGES", "HICM-CHANGE-DUPLICATE", "HICM-MATURITY-CURRENT",
                "HICM-MATURITY-PLANNED", "HICM-RATIONALE", "HICM-RATIONALE-PLANNED", "HICM-PLANNED-BELOW-CURRENT", "HICM-MATURITY-FALLS-BACK",
                "REDBAG-MITIGATIONS"), of(HicmRules::all));
        assertEquals(List.of("TEXT-NARRATIVE-REQUIRED", "TEXT-NARRATIVE-LIMIT"), of(NarrativeRules::all));
        assertEquals(List.of("FEE-ALL-SERVICES", "FEE-SERVICE-DUPLICATE", "FEE-BLANK-NOT-ZERO", "FEE-NUMERIC-RANGE", "FEE-UPLIFT-REQUIRED",
                "FEE-COMMENT-LIMIT"),
                of(FeeRules::all));
        assertEquals(List.of("FEE-BASIS"), of(FeeBasisRules::all));
        assertEquals(List.of("IBCF-USE-PURPOSE", "IBCF-PROGRESS-REPORTS"), of(ImprovedBcfReturnRules::all));
    }

    @Test
    void theReturnRulesAreTheSectionsInTheOrderAReturnPresentsThem() {
        assertEquals(of(SectionRules::all, CoverRules::all, SubmissionRules::all, BudgetArrangementRules::all,
                ConditionRules::all, ConditionCommitmentRules::all, FinanceRules::all, FinancialCommentaryRules::all,
                PersonalHealthBudgetRules::all, AdditionalMeasuresRules::all, MetricRules::all, MetricUnitRules::all,
                YearEndFeedbackRules::all, HicmRules::all, NarrativeRules::all, FeeRules::all, FeeBasisRules::all,
                ImprovedBcfReturnRules::all), of(ReturnRules::all));
    }
}
