package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.rules.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the cover and s.75 rules: every blank cover field is reported, any spelling of
 * "TBC" is a placeholder and no real name is, and a "No" needs exactly what the edition asks.
 */
class CoverAndBudgetProperties {

    @Provide
    Arbitrary<QuarterlyReturn> samples() {
        return SampleArbitraries.samples();
    }

    @Provide
    Arbitrary<String> cell() {
        return Arbitraries.oneOf(SampleArbitraries.blank(), SampleArbitraries.filled());
    }

    @Property(tries = 300)
    void everyBlankCoverFieldIsReported(@ForAll("samples") QuarterlyReturn r, @ForAll("cell") String completedBy,
            @ForAll("cell") String email, @ForAll("cell") String phone, @ForAll("cell") String signedOff) {
        QuarterlyReturn changed = ReturnEdits.cover(r, new ReturnCover(HealthAndWellbeingBoard.named("Dorset"),
                completedBy, email, phone, signedOff));
        List<String> expected = new ArrayList<>();
        String[] names = {"completedBy", "email", "contactNumber", "signedOffBy"};
        String[] values = {completedBy, email, phone, signedOff};
        for (int i = 0; i < names.length; i++) {
            if (values[i] == null || values[i].isBlank()) {
                expected.add("/cover/" + names[i]);
            }
        }
        assertEquals(expected, Judge.run(CoverRules.REQUIRED, changed).stream().map(Finding::path).toList());
    }

    @Provide
    Arbitrary<String> tbc() {
        Arbitrary<String> letters = Combinators.combine(Arbitraries.of("t", "T"), Arbitraries.of("b", "B"),
                Arbitraries.of("c", "C")).as((a, b, c) -> a + b + c);
        return Combinators.combine(Arbitraries.strings().withChars(" \t").ofMaxLength(3), letters,
                Arbitraries.of("", ".", " ."), Arbitraries.strings().withChars(" ").ofMaxLength(3))
                .as((pre, word, dot, post) -> pre + word + dot + post);
    }

    @Property(tries = 200)
    void anySpellingOfTbcIsAPlaceholder(@ForAll("samples") QuarterlyReturn r, @ForAll("tbc") String signedOff) {
        QuarterlyReturn changed = ReturnEdits.cover(r, new ReturnCover(HealthAndWellbeingBoard.named("Dorset"),
                "Ciara Ryan", "c@x", "1", signedOff));
        assertEquals(List.of("/cover/signedOffBy"), Judge.run(CoverRules.SIGN_OFF_TBC, changed).stream()
                .map(Finding::path).toList());
    }

    @Property(tries = 200)
    void aNameIsNotAPlaceholder(@ForAll("samples") QuarterlyReturn r, @ForAll("cell") String signedOff) {
        net.jqwik.api.Assume.that(signedOff == null || !signedOff.strip().equalsIgnoreCase("tbc"));
        QuarterlyReturn changed = ReturnEdits.cover(r, new ReturnCover(HealthAndWellbeingBoard.named("Dorset"),
                "Ciara Ryan", "c@x", "1", signedOff));
        assertEquals(List.of(), Judge.run(CoverRules.SIGN_OFF_TBC, changed));
    }

    @Property(tries = 300)
    void aNotPooledAnswerNeedsWhatTheEditionAsks(@ForAll("samples") QuarterlyReturn r, @ForAll boolean dated,
            @ForAll boolean explained, @ForAll YesNo confirmed) {
        boolean asksConfirmation = r.edition() == Edition.QUARTERLY_2016_17 && r.period().quarter() != Quarter.Q1;
        QuarterlyReturn changed = ReturnEdits.budget(r, new BudgetArrangements(YesNo.NO,
                asksConfirmation ? confirmed : null, dated ? LocalDate.of(2019, 3, 31) : null,
                explained ? "pooling agreed for April" : null));
        List<String> expected = new ArrayList<>();
        boolean nowPooled = asksConfirmation && confirmed == YesNo.YES;
        if (!dated && !nowPooled) {
            expected.add("/budgetArrangements/expectedPoolingDate");
        }
        if (!explained && r.edition().isPolicy2017To19()) {
            expected.add("/budgetArrangements/explanation");
        }
        assertEquals(expected, Judge.run(BudgetArrangementRules.DATE, changed).stream().map(Finding::path).toList());
        assertEquals(List.of(), Judge.run(BudgetArrangementRules.ANSWERED, changed));
    }

    @Property(tries = 300)
    void theS75QuestionAndAfterANoTheConfirmationMustBeAnswered(@ForAll("samples") QuarterlyReturn r,
            @ForAll("pooled") YesNo pooled, @ForAll("pooled") YesNo confirmed) {
        QuarterlyReturn changed = ReturnEdits.budget(r, new BudgetArrangements(pooled, confirmed,
                LocalDate.of(2019, 3, 31), "pooling agreed for April"));
        boolean asksConfirmation = r.edition() == Edition.QUARTERLY_2016_17 && r.period().quarter() != Quarter.Q1;
        List<String> expected = pooled == null ? List.of("/budgetArrangements/pooledViaSection75")
                : pooled == YesNo.NO && asksConfirmation && confirmed == null
                        ? List.of("/budgetArrangements/confirmedNowPooled") : List.of();
        assertEquals(expected, Judge.run(BudgetArrangementRules.ANSWERED, changed).stream().map(Finding::path)
                .toList());
    }

    @Provide
    Arbitrary<YesNo> pooled() {
        return Arbitraries.of(YesNo.class).injectNull(0.3);
    }
}
