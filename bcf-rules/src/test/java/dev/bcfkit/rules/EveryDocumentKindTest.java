package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Shape;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.testkit.seeds.MidNottinghamshireOutcomes;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.plan.PlanFixtures;
import dev.bcfkit.rules.pooled.PooledBudgetFixtures;
import dev.bcfkit.rules.returns.ReturnSamples;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link BcfValidator#validate(BcfDocument)} judges every kind of document {@link BcfDocument}
 * permits, as the validator of that kind does. Java 17 cannot switch over a sealed type with
 * patterns, so the compiler does not check that the validator knows every kind: this test does,
 * by asking the sealed type for its permitted kinds.
 */
class EveryDocumentKindTest {
    private static final BcfValidator VALIDATOR = BcfValidator.create();
    private static final Map<Class<?>, BcfDocument> ONE_OF_EACH = Map.of(
            QuarterlyReturn.class, ReturnSamples.complete2017(),
            Plan.class, PlanFixtures.golden(),
            PooledBudget.class, PooledBudgetFixtures.southend(),
            LocalOutcomeTable.class, MidNottinghamshireOutcomes.october2016(),
            PolicyFrameworkPlan.class, dev.bcfkit.testkit.seeds.SouthendPlan2017To19.plan());

    @Test
    void theFixturesCoverEveryPermittedKind() {
        Set<Class<?>> permitted = Arrays.stream(BcfDocument.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(permitted, ONE_OF_EACH.keySet());
    }

    @Test
    void everyKindIsJudgedAsByItsOwnValidator() {
        for (Class<?> kind : BcfDocument.class.getPermittedSubclasses()) {
            BcfDocument document = ONE_OF_EACH.get(kind);
            Report expected = document instanceof QuarterlyReturn r ? VALIDATOR.validate(r)
                    : document instanceof Plan p ? VALIDATOR.validate(p)
                    : document instanceof PooledBudget b ? VALIDATOR.validate(b)
                    : document instanceof PolicyFrameworkPlan f ? VALIDATOR.validate(f)
                    : VALIDATOR.validate((LocalOutcomeTable) document);
            Report any = VALIDATOR.validate(document);
            assertEquals(document.edition(), any.edition(), kind.getSimpleName());
            assertEquals(document.kind(), document.edition().kind(), kind.getSimpleName());
            assertEquals(expected.findings(), any.findings(), kind.getSimpleName());
            assertEquals(expected.completion(), any.completion(), kind.getSimpleName());
            assertEquals(expected.findings(), VALIDATOR.validate(document, Shape.UNJUDGED).findings(),
                    kind.getSimpleName());
        }
    }

    @Test
    void onlyTheReaderVouchesForAShapeSoADocumentBuiltInCodeIsAlwaysJudged() {
        // a return with a text over its @Size limit: Bean Validation reports it, and no caller can
        // say otherwise: UNJUDGED is the only token outside the reader, which alone mints one that
        // vouches for a document (the examples' ShapeJudgedOnceProperties covers the reader's tokens)
        QuarterlyReturn r = ReturnSamples.complete2017();
        QuarterlyReturn broken = new QuarterlyReturn(r.period(), new dev.bcfkit.core.returns.ReturnCover(
                r.cover().healthAndWellbeingBoard(), "x".repeat(501), r.cover().email(), r.cover().contactNumber(),
                r.cover().signedOffBy()), r.budgetArrangements(), r.nationalConditions(), r.incomeAndExpenditure(),
                r.metrics(), r.yearEndFeedback(), r.additionalMeasures(), r.highImpactChangeModel(), r.narrative(),
                r.additionalIbcf());
        List<String> judged = VALIDATOR.validate(broken).findings().stream().map(Finding::ruleId).toList();
        assertEquals(List.of("SHAPE-VIOLATION"), judged.stream().filter("SHAPE-VIOLATION"::equals).toList());
        assertEquals(VALIDATOR.validate(broken), VALIDATOR.validate(broken, Shape.UNJUDGED));
        BcfException forged = assertThrows(BcfException.class, () -> Shape.minter(java.lang.invoke.MethodHandles.lookup()));
        assertEquals("reader: only bcfkit's strict reader vouches for a document's shape, found "
                + getClass().getName(), forged.getMessage());
    }

    @Test
    void nullsAreRefusedWithTheLibrarysException() {
        assertEquals("document: expected a document to validate, found null",
                assertThrows(BcfException.class, () -> VALIDATOR.validate((BcfDocument) null)).getMessage());
        assertEquals("shape: expected what is known of the document's shape, found null",
                assertThrows(BcfException.class, () -> VALIDATOR.validate(PlanFixtures.golden(), (Shape) null))
                        .getMessage());
    }
}
