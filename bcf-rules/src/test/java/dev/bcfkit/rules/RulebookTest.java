package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.UnknownEditionException;
import dev.bcfkit.rules.plan.PlanRules;
import dev.bcfkit.rules.pooled.PooledBudgetRules;
import dev.bcfkit.rules.returns.ReturnRules;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rulebooks per edition (a design principle: "Rulebooks are versioned by financial year"): each edition's
 * own rules, a clear error for an unknown year, and a catalogue of every rule once.
 */
class RulebookTest {

    private static List<String> ids(List<? extends Rule<?>> rules) {
        return rules.stream().map(Rule::id).map(String::valueOf).toList();
    }

    @Test
    void everyEditionHasARulebookOfItsOwnKind() {
        for (Edition e : Edition.values()) {
            Rulebook book = Rulebook.forEdition(e);
            assertEquals(e, book.edition());
            assertEquals(e.kind() == DocumentKind.QUARTERLY_RETURN, !book.returnRules().isEmpty(), e.name());
            assertEquals(e == Edition.PLAN_2014, !book.planRules().isEmpty(), e.name());
            assertEquals(e == Edition.PLAN_2017_19, !book.frameworkPlanRules().isEmpty(), e.name());
            // the 2017-19 plan's pooled budget is judged by the pooled-budget rules
            assertEquals(e.kind() == DocumentKind.POOLED_BUDGET || e == Edition.PLAN_2017_19,
                    !book.pooledBudgetRules().isEmpty(), e.name());
            assertEquals(e.kind() == DocumentKind.LOCAL_OUTCOME_TABLE, !book.localOutcomeRules().isEmpty(), e.name());
            book.returnRules().forEach(r -> assertTrue(r.editions().contains(e), r.id()));
        }
        assertEquals(PlanRules.all(), Rulebook.forEdition(Edition.PLAN_2014).planRules());
        assertEquals(PooledBudgetRules.all(), Rulebook.forEdition(Edition.POOLED_BUDGET_2017_19).pooledBudgetRules());
    }

    @Test
    void eachReturnEditionHasItsOwnSections() {
        List<String> y2016 = ids(Rulebook.forEdition(Edition.QUARTERLY_2016_17).returnRules());
        List<String> y2017 = ids(Rulebook.forEdition(Edition.QUARTERLY_2017_18).returnRules());
        List<String> y2018 = ids(Rulebook.forEdition(Edition.QUARTERLY_2018_19).returnRules());
        assertTrue(y2016.containsAll(List.of("FIN-ANNUAL-EQUALS-SUM", "COND-EXPECTED-DATE", "YEF-CATEGORISED",
                "METRIC-PATIENT-EXPERIENCE-DEFINED", "TEXT-NARRATIVE-LIMIT")));
        assertTrue(y2016.stream().noneMatch(id -> id.startsWith("HICM-") || id.startsWith("FEE-")));
        assertTrue(y2017.containsAll(List.of("HICM-ALL-CHANGES", "REDBAG-MITIGATIONS", "COND-EXPLANATION")));
        assertTrue(y2017.stream().noneMatch(id -> id.startsWith("FIN-") || id.startsWith("FEE-")
                || id.equals("TEXT-NARRATIVE-LIMIT")));
        assertTrue(y2018.containsAll(List.of("HICM-ALL-CHANGES", "FEE-BLANK-NOT-ZERO", "TEXT-NARRATIVE-LIMIT")));
    }

    @Test
    void aPeriodPicksTheReturnRulebookOfItsYear() {
        assertSame(Rulebook.forEdition(Edition.QUARTERLY_2017_18), Rulebook.forPeriod(ReportingPeriod.parse(
                "2017/18 Q2")));
        assertSame(Rulebook.forEdition(Edition.QUARTERLY_2016_17), Rulebook.forPeriod(ReportingPeriod.parse(
                "Q4 16/17")));
    }

    @Test
    void anUnknownYearIsAClearError() {
        UnknownEditionException e = assertThrows(UnknownEditionException.class,
                () -> Rulebook.forPeriod(ReportingPeriod.parse("2019/20 Q1")));
        assertEquals("no quarterly return template is known for 2019/20; known: 2016/17, 2017/18, 2018/19",
                e.getMessage());
        assertTrue(BcfException.class.isInstance(e));
        assertThrows(BcfException.class, () -> Rulebook.forPeriod(null));
        assertThrows(BcfException.class, () -> Rulebook.forEdition(null));
    }

    @Test
    void theCatalogueHasEveryRuleOnceInAStableOrder() {
        List<Rule<?>> catalogue = Rulebook.catalogue();
        assertEquals(catalogue, Rulebook.catalogue());
        Set<String> unique = new HashSet<>(ids(catalogue));
        assertEquals(catalogue.size(), unique.size());
        for (Edition e : Edition.values()) {
            Rulebook book = Rulebook.forEdition(e);
            assertTrue(catalogue.containsAll(book.returnRules()) && catalogue.containsAll(book.planRules())
                    && catalogue.containsAll(book.pooledBudgetRules())
                    && catalogue.containsAll(book.localOutcomeRules()), e.name());
        }
        assertEquals(ids(ReturnRules.all()), ids(catalogue.subList(0, ReturnRules.all().size())));
    }

    @Test
    void everyReturnRuleCitesItsSourceAndDerivedRulesSaySo() {
        for (Rule<?> r : ReturnRules.all()) {
            assertFalse(r.title().isBlank(), r.id());
            assertTrue(r.provenance().contains("["), r.id() + " cites a seed line: " + r.provenance());
            assertEquals(r.derived(), r.provenance().startsWith("Derived"), r.id() + ": " + r.provenance());
        }
    }

    @Test
    void theRuleIdsTheIssueNamesExistWithTheirSeverities() {
        List<Rule<?>> catalogue = Rulebook.catalogue();
        String[][] expected = {
            {"FIN-ANNUAL-EQUALS-SUM", "ERROR"}, {"FIN-ANNUAL-EQUALS-POOLED", "WARNING"},
            {"FIN-COMMENT-REQUIRED", "WARNING"}, {"FIN-ACTUALS-TO-DATE", "WARNING"}, {"FIN-NO-FUTURE-ACTUALS", "ERROR"},
            {"FIN-NUMERIC-RANGE", "ERROR"}, {"FIN-INCOME-EQUALS-EXPENDITURE", "INFO"}, {"COND-LIST", "WARNING"},
            {"COND-ROW-UNEXPECTED", "ERROR"}, {"COND-ORDER", "WARNING"},
            {"COND-ANSWERED", "WARNING"}, {"COND-ANSWER-ALLOWED", "WARNING"}, {"COND-EXPLANATION", "WARNING"},
            {"COND-EXPECTED-DATE", "WARNING"}, {"COND-REGRESSION", "WARNING"}, {"S75-ANSWERED", "WARNING"},
            {"S75-DATE", "WARNING"}, {"COVER-REQUIRED", "WARNING"}, {"COVER-SIGN-OFF-TBC", "WARNING"},
            {"HICM-ALL-CHANGES", "WARNING"}, {"HICM-CHANGE-DUPLICATE", "ERROR"},
            {"HICM-MATURITY-CURRENT", "WARNING"}, {"HICM-RATIONALE", "WARNING"},
            {"HICM-RATIONALE-PLANNED", "WARNING"}, {"HICM-PLANNED-BELOW-CURRENT", "WARNING"},
            {"REDBAG-MITIGATIONS", "WARNING"}, {"TEXT-NARRATIVE-LIMIT", "WARNING"}, {"TEXT-NARRATIVE-REQUIRED", "WARNING"},
            {"FEE-BLANK-NOT-ZERO", "ERROR"}, {"FEE-UPLIFT-REQUIRED", "WARNING"}, {"FEE-COMMENT-LIMIT", "ERROR"},
            {"FEE-ALL-SERVICES", "WARNING"}, {"FEE-SERVICE-DUPLICATE", "ERROR"}, {"METRIC-ASSESSMENT-ALLOWED", "ERROR"},
            {"METRIC-ASSESSMENT-REQUIRED", "WARNING"}, {"METRIC-ALL-REPORTED", "WARNING"},
            {"METRIC-ROW-UNEXPECTED", "ERROR"},
            {"METRIC-ASSESSMENT-CONTRADICTS-RAG", "WARNING"}, {"METRIC-PATIENT-EXPERIENCE-DEFINED", "WARNING"},
        };
        for (String[] idAndSeverity : expected) {
            Rule<?> rule = catalogue.stream().filter(r -> r.id().equals(idAndSeverity[0])).findFirst().orElseThrow(
                    () -> new AssertionError("no rule " + idAndSeverity[0]));
            assertEquals(Severity.valueOf(idAndSeverity[1]), rule.severity(), rule.id());
        }
    }

    @Test
    void aRulebookPrintsItsEditionAndHowManyRulesItHas() {
        assertEquals("Rulebook PLAN_2014 (29 rules)", Rulebook.forEdition(Edition.PLAN_2014).toString());
        assertEquals("Rulebook POOLED_BUDGET_2017_19 (15 rules)",
                Rulebook.forEdition(Edition.POOLED_BUDGET_2017_19).toString());
        assertEquals("Rulebook QUARTERLY_2017_18 (" + Rulebook.forEdition(Edition.QUARTERLY_2017_18).returnRules().size()
                + " rules)", Rulebook.forEdition(Edition.QUARTERLY_2017_18).toString());
    }
}
