package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.UnknownEditionException;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.rules.engine.RuleCatalogue;
import dev.bcfkit.rules.engine.ShapeValidation;
import dev.bcfkit.rules.returns.Judge;
import dev.bcfkit.rules.returns.ReturnEdits;
import dev.bcfkit.rules.returns.ReturnSamples;
import dev.bcfkit.testkit.seeds.NottinghamshireReturn;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validator facade: shape violations as findings with JSON-pointer paths and safe messages,
 * findings in a stable order, null sections judged without exceptions, a failing rule turned into
 * a {@code RULE-FAILED} finding, and no Hibernate type or expression language anywhere.
 */
class BcfValidatorTest {
    private static final BcfValidator VALIDATOR = BcfValidator.create();

    @Test
    void aMissingConditionIsAShapeViolationWithAJsonPointerAndTheRulesStillRun() {
        QuarterlyReturn r = ReturnEdits.condition(ReturnSamples.complete2017(), 0,
                row -> new ConditionResponse(null, ConditionAnswer.NO, null, null, row.previousResponses()));
        Report report = VALIDATOR.validate(r);
        Finding first = report.findings().get(0);
        assertEquals(new Finding("SHAPE-VIOLATION", Severity.ERROR, "/nationalConditions/0/condition",
                "must not be null (@NotNull), found null", ShapeValidation.SOURCE), first);
        assertEquals(List.of("/nationalConditions/0/explanation: the condition at row 0 is answered \"No\" without an"
                + " explanation of why it was not met and how this is being addressed"),
                report.findingsOf("COND-EXPLANATION").stream().map(f -> f.path() + ": " + f.message()).toList());
        assertEquals(List.of("/nationalConditions: condition 1 \"1) Plans to be jointly agreed? (This also includes"
                + " agreement... (138 characters)\" is missing"),
                report.findingsOf("COND-LIST").stream().map(f -> f.path() + ": " + f.message()).toList());
    }

    @Test
    void userTextIsQuotedAbbreviatedAndNeverInterpolated() {
        String hostile = "${''.getClass()}{jakarta.validation.constraints.NotNull.message}#{1+1}";
        QuarterlyReturn r = ReturnEdits.cover(ReturnSamples.complete2017(), new ReturnCover(
                new HealthAndWellbeingBoard("Nottinghamshire", hostile), "x".repeat(501), "e", "0", "Helen Coombes"));
        List<Finding> shape = VALIDATOR.validate(r).findingsOf("SHAPE-VIOLATION");
        assertEquals(List.of(
                "/cover/healthAndWellbeingBoard/onsCode: must match \"E\\d{8}\" (@Pattern), found \""
                        + hostile.substring(0, 60) + "... (" + hostile.length() + " characters)\"",
                "/cover/completedBy: size must be between 0 and 500 (@Size), found \"" + "x".repeat(60)
                        + "... (501 characters)\""),
                shape.stream().map(f -> f.path() + ": " + f.message()).toList());
    }

    @Test
    void shapeFindingsComeFirstInDocumentOrderThenRulesInRulebookOrder() {
        QuarterlyReturn base = ReturnSamples.complete2017();
        QuarterlyReturn r = new QuarterlyReturn(base.period(), new ReturnCover(null, null, "e", "0", "TBC"), null,
                List.of(new ConditionResponse(null, null, null, null, new java.util.TreeMap<>())), null, List.of(),
                null, null, null, null, null);
        Report report = VALIDATOR.validate(r);
        List<String> shape = report.findings().stream().filter(f -> f.ruleId().equals("SHAPE-VIOLATION"))
                .map(Finding::path).toList();
        // a blank board, budget arrangements and narrative are incompleteness, not shape violations
        assertEquals(List.of("/nationalConditions/0/condition"), shape);
        List<String> ids = report.findings().stream().map(Finding::ruleId).distinct().toList();
        assertEquals("SHAPE-VIOLATION", ids.get(0));
        List<String> ruleOrder = Rulebook.forEdition(Edition.QUARTERLY_2017_18).returnRules().stream().map(Rule::id)
                .toList();
        List<String> reported = ids.subList(1, ids.size());
        assertEquals(reported.stream().sorted((a, b) -> Integer.compare(ruleOrder.indexOf(a), ruleOrder.indexOf(b)))
                .toList(), reported);
        assertTrue(reported.containsAll(List.of("SECTION-PRESENT", "COVER-REQUIRED", "COVER-SIGN-OFF-TBC",
                "S75-ANSWERED", "COND-LIST", "COND-ANSWERED", "METRIC-ALL-REPORTED", "TEXT-NARRATIVE-REQUIRED")),
                reported.toString());
        assertFalse(reported.contains(BcfValidator.RULE_FAILED));
        assertEquals(List.of(new SectionCompletion("1. Cover", 3, 5),
                new SectionCompletion("2. National Conditions & s75 Pooled Budget", 0, 5),
                new SectionCompletion("3. Metrics", 0, 16), new SectionCompletion("4. High Impact Change Model", 0, 27),
                new SectionCompletion("5. Narrative", 0, 2)), report.completion());
    }

    @Test
    void aRuleThatThrowsBecomesARuleFailedFindingAndTheOtherRulesStillReport() {
        Rule<QuarterlyReturn> faulty = Rule.on(QuarterlyReturn.class, "TEST-FAULTY").title("Fails on purpose")
                .severity(Severity.WARNING).editions(Edition.QUARTERLY_2017_18).source("test")
                .check((doc, ctx, emit) -> {
                    emit.report("/cover", "reported before failing");
                    throw new IllegalStateException("boom");
                });
        Rulebook book = Rulebook.of(Edition.QUARTERLY_2017_18, List.of(faulty, Judge.rule("COVER-SIGN-OFF-TBC")), List.of(),
                List.of());
        Report report = BcfValidator.with(e -> book).validate(NottinghamshireReturn.q2of2017to18());
        assertEquals(List.of(
                new Finding("RULE-FAILED", Severity.ERROR, "", "rule TEST-FAULTY (\"Fails on purpose\") failed"
                        + " unexpectedly, so its findings are missing: IllegalStateException boom", "test"),
                new Finding("COVER-SIGN-OFF-TBC", Severity.WARNING, "/cover/signedOffBy", "the return has not been"
                        + " signed off on behalf of the Health and Wellbeing Board yet (signed off by \"TBC\")",
                        Judge.rule("COVER-SIGN-OFF-TBC").provenance())), report.findings());
        assertTrue(report.hasErrors());
    }

    @Test
    void aContextOfAnotherEditionJudgesTheReturnByThatEdition() {
        QuarterlyReturn r = ReturnSamples.complete2017();
        Report report = VALIDATOR.validate(r, RuleContext.of(Edition.QUARTERLY_2018_19,
                ReportingPeriod.parse("2018/19 Q2")));
        assertEquals(Edition.QUARTERLY_2018_19, report.edition());
        assertEquals(List.of("/additionalIbcf"), report.findingsOf("SECTION-PRESENT").stream().map(Finding::path)
                .toList());
    }

    @Test
    void misuseIsAClearBcfException() {
        assertThrows(BcfException.class, () -> VALIDATOR.validate((QuarterlyReturn) null));
        QuarterlyReturn r = ReturnSamples.complete2016(Quarter.Q1);
        BcfException wrongKind = assertThrows(BcfException.class,
                () -> VALIDATOR.validate(r, RuleContext.of(Edition.PLAN_2014, null)));
        assertEquals("context: the edition PLAN_2014 (2014 planning template (Part 1)) does not judge a quarterly"
                + " return", wrongKind.getMessage());
        assertThrows(BcfException.class, () -> VALIDATOR.validate(r, RuleContext.of(Edition.QUARTERLY_2016_17, null)));
        assertThrows(BcfException.class, () -> VALIDATOR.validate(ReturnEdits.period(r, null)));
        UnknownEditionException unknown = assertThrows(UnknownEditionException.class,
                () -> VALIDATOR.validate(ReturnEdits.period(r, ReportingPeriod.parse("2019/20 Q1"))));
        assertTrue(unknown.getMessage().contains("2019/20"), unknown.getMessage());
    }

    @Test
    void noHibernateOrJakartaValidationTypeIsInThePublicApi() {
        List<Class<?>> api = List.of(BcfValidator.class, Rulebook.class, RuleCatalogue.class, Report.class,
                Finding.class, Rule.class, RuleContext.class, SectionCompletion.class);
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : api) {
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
                types.add(m.getReturnType());
                types.addAll(List.of(m.getExceptionTypes()));
                for (Class<?> t : types) {
                    if (t.getName().startsWith("org.hibernate") || t.getName().startsWith("jakarta.validation")) {
                        leaks.add(type.getSimpleName() + "." + m.getName() + ": " + t.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void noExpressionLanguageImplementationIsOnTheClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.el.ExpressionFactory"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"));
    }
}
