package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.engine.Work;
import dev.bcfkit.testkit.seeds.SouthendReturns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A council's own rules run after the national ones ({@link BcfValidator#builder()}): their
 * findings say which rule set they come from, their ids cannot clash with national ids, and a
 * clash between local sets is refused with a message naming both.
 */
class LocalRulesTest {

    /**
     * An illustrative local policy (a council's own, not the papers'): the sign-off names the
     * signatory's role on the board, as Southend's Q1 cover does ("Clr Lesley Salter, Chair HWB",
     * [002:864]) and its Q4 cover does not ("Cllr Lesley Salter", [002:2202]).
     */
    static final Rule<QuarterlyReturn> SIGN_OFF_NAMES_THE_CHAIR = Rule.on(QuarterlyReturn.class, "LOCAL-SIGN-OFF-NAMES-CHAIR")
            .title("The sign-off names the chair of the board")
            .severity(Severity.WARNING)
            .editions(Edition.QUARTERLY_2016_17, Edition.QUARTERLY_2017_18, Edition.QUARTERLY_2018_19)
            .source("Southend-on-Sea local policy (illustrative)")
            .check((r, context, emit) -> {
                String signedOff = r.cover() == null ? null : r.cover().signedOffBy();
                if (signedOff != null && !signedOff.toLowerCase(Locale.ROOT).contains("chair")) {
                    emit.report("/cover/signedOffBy", "the return is signed off by \"" + signedOff
                            + "\", which does not say the signatory is the chair of the board");
                }
            });

    private static RuleSet southend() {
        return RuleSet.local("southend-local", SIGN_OFF_NAMES_THE_CHAIR);
    }

    @Test
    void aLocalRuleReportsAfterTheNationalFindingsAndNamesItsRuleSet() {
        QuarterlyReturn q4 = SouthendReturns.q4();
        Report national = BcfValidator.create().validate(q4);
        Report withLocal = BcfValidator.builder().addRules(southend()).build().validate(q4);

        assertEquals(national.findings(), withLocal.findings().subList(0, national.findings().size()));
        List<Finding> local = withLocal.findingsOf("LOCAL-SIGN-OFF-NAMES-CHAIR");
        assertEquals(List.of(new Finding("LOCAL-SIGN-OFF-NAMES-CHAIR", Severity.WARNING, "/cover/signedOffBy",
                "the return is signed off by \"Cllr Lesley Salter\", which does not say the signatory is the chair of the board",
                "Southend-on-Sea local policy (illustrative)", "southend-local")), local);
        assertEquals(national.findings().size() + 1, withLocal.findings().size());
        assertTrue(local.get(0).isLocal());
        assertTrue(local.get(0).toString().endsWith(" (rule set \"southend-local\")"), local.get(0).toString());
        assertTrue(national.findings().stream().allMatch(f -> f.ruleSet().equals(RuleSet.NATIONAL)));
    }

    @Test
    void theQ1CoverNamesTheChairSoTheLocalRuleIsSilent() {
        Report q1 = BcfValidator.builder().addRules(southend()).build().validate(SouthendReturns.q1());
        assertTrue(q1.findingsOf("LOCAL-SIGN-OFF-NAMES-CHAIR").isEmpty(), q1.findings().toString());
    }

    @Test
    void runningASilentLocalRuleIsOneStepOfWork() {
        QuarterlyReturn q1 = SouthendReturns.q1();
        Work national = new Work();
        BcfValidator.create().validate(q1, RuleContext.of(q1.edition(), q1.period()).measuring(national));
        Work withLocal = new Work();
        BcfValidator.builder().addRules(southend()).build()
                .validate(q1, RuleContext.of(q1.edition(), q1.period()).measuring(withLocal));
        assertEquals(national.steps() + 1, withLocal.steps());
    }

    @Test
    void aLocalErrorHoldsTheReturnBack() {
        Rule<QuarterlyReturn> always = Rule.on(QuarterlyReturn.class, "LOCAL-HELD-FOR-REVIEW").title("Held for review")
                .severity(Severity.ERROR).editions(Edition.QUARTERLY_2018_19).source("local policy")
                .check((r, c, emit) -> emit.report("", "held for the finance director's review"));
        BcfValidator validator = BcfValidator.builder().addRules("dorset-local", always).build();
        Report dorset = validator.validate(dev.bcfkit.testkit.seeds.DorsetReturn.q2of2018to19());
        assertTrue(dorset.hasErrors());
        assertFalse(dorset.isReadyToSubmit());
        // A rule of another edition or document type does not run.
        assertFalse(validator.validate(SouthendReturns.q4()).hasErrors());
    }

    @Test
    void aLocalRuleThatFailsIsAFindingOfItsRuleSet() {
        Rule<QuarterlyReturn> faulty = Rule.on(QuarterlyReturn.class, "LOCAL-FAULTY").title("Faulty")
                .severity(Severity.INFO).editions(Edition.QUARTERLY_2016_17).source("local policy")
                .check((r, c, emit) -> {
                    throw new IllegalStateException("boom");
                });
        Report report = BcfValidator.builder().addRules("x", faulty).build().validate(SouthendReturns.q4());
        Finding failed = report.findingsOf(BcfValidator.RULE_FAILED).get(0);
        assertEquals("x", failed.ruleSet());
        assertEquals("rule LOCAL-FAULTY (\"Faulty\") failed unexpectedly, so its findings are missing: IllegalStateException boom",
                failed.message());
    }

    @Test
    void aLocalIdMustBeginWithLocalSoItCannotClashWithANationalId() {
        Rule<QuarterlyReturn> clash = Rule.on(QuarterlyReturn.class, "COVER-REQUIRED").title("t").severity(Severity.INFO)
                .editions(Edition.QUARTERLY_2016_17).source("local").check((r, c, emit) -> { });
        BcfException e = assertThrows(BcfException.class, () -> RuleSet.local("southend-local", clash));
        assertEquals("rule set \"southend-local\": the rule id \"COVER-REQUIRED\" must begin with \"LOCAL-\", so that it"
                + " can never clash with a national rule id", e.getMessage());
    }

    @Test
    void noNationalIdBeginsWithTheLocalPrefix() {
        for (Rule<?> r : Rulebook.catalogue()) {
            assertFalse(r.id().startsWith(RuleSet.LOCAL_PREFIX), r.id());
        }
        assertFalse(BcfValidator.RULE_FAILED.startsWith(RuleSet.LOCAL_PREFIX));
    }

    @Test
    void twoLocalSetsMayNotShareARuleIdOrAName() {
        BcfValidator.Builder builder = BcfValidator.builder().addRules(southend());
        BcfException id = assertThrows(BcfException.class,
                () -> builder.addRules(RuleSet.local("essex-local", SIGN_OFF_NAMES_THE_CHAIR)));
        assertEquals("rule set \"essex-local\": the rule id \"LOCAL-SIGN-OFF-NAMES-CHAIR\" is already a rule of the"
                + " rule set \"southend-local\"", id.getMessage());
        BcfException name = assertThrows(BcfException.class, () -> builder.addRules(RuleSet.local("southend-local")));
        assertEquals("rule set \"southend-local\" is added twice", name.getMessage());
        BcfException twice = assertThrows(BcfException.class,
                () -> RuleSet.local("a", SIGN_OFF_NAMES_THE_CHAIR, SIGN_OFF_NAMES_THE_CHAIR));
        assertEquals("rule set \"a\": two rules share the id \"LOCAL-SIGN-OFF-NAMES-CHAIR\"", twice.getMessage());
    }

    @Test
    void aRuleSetNeedsANameOfItsOwn() {
        assertEquals("rule set name: \"national\" is the library's own rule set; give yours a name of its own, such as"
                + " the council's", assertThrows(BcfException.class, () -> RuleSet.local("national")).getMessage());
        assertEquals("rule set name: expected lower-case words joined by hyphens, such as \"southend-local\", at most 60"
                + " characters, found \"Southend Local\"",
                assertThrows(BcfException.class, () -> RuleSet.local("Southend Local")).getMessage());
        assertThrows(BcfException.class, () -> RuleSet.local(null));
        assertThrows(BcfException.class, () -> RuleSet.local("a", (Rule<?>) null));
        assertThrows(BcfException.class, () -> BcfValidator.builder().addRules((RuleSet) null));
    }

    @Test
    void anIncompleteRuleIsRefusedNamingIt() {
        BcfException e = assertThrows(BcfException.class, () -> Rule.on(Plan.class, "LOCAL-PLAN-X")
                .severity(Severity.INFO).editions(Edition.PLAN_2014).source("s").check((p, c, emit) -> { }));
        assertEquals("rule LOCAL-PLAN-X: its title is required, found null", e.getMessage());
    }

    @Test
    void theValidatorListsItsLocalSetsAndCreateHasNone() {
        RuleSet set = southend();
        assertEquals(List.of(set), BcfValidator.builder().addRules(set).build().localRuleSets());
        assertEquals(List.of(), BcfValidator.create().localRuleSets());
        assertEquals("RuleSet southend-local (1 rule)", set.toString());
        assertEquals("RuleSet empty (0 rules)", RuleSet.local("empty").toString());
        assertEquals(List.of(SIGN_OFF_NAMES_THE_CHAIR), set.rules());
        assertEquals("southend-local", set.name());
    }

    @Test
    void aNameIsAtMostSixtyCharacters() {
        assertEquals("a".repeat(60), RuleSet.local("a".repeat(60)).name());
        assertThrows(BcfException.class, () -> RuleSet.local("a".repeat(61)));
        assertThrows(BcfException.class, () -> RuleSet.local("a-"));
        assertThrows(BcfException.class, () -> RuleSet.local("a", (List<Rule<?>>) null));
    }
}
