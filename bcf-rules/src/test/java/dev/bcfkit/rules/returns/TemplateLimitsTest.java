package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The template's limits are inclusive: a value exactly at a limit passes and one unit beyond it
 * is reported. Numeric cells hold 0 to 100,000,000 ({@code [002:1195]}), the Continuing Healthcare
 * share 0 to 100%, the 2016/17 narrative 32,767 characters ({@code [002:1161]}, inferred) and the
 * fee commentary 250 characters ({@code [004:182]}).
 */
class TemplateLimitsTest {

    private static QuarterlyReturn personalHealthBudgets(long count, String percent) {
        QuarterlyReturn r = ReturnSamples.complete2016(Quarter.Q3);
        AdditionalMeasures a = r.additionalMeasures();
        return ReturnEdits.additionalMeasures(r, new AdditionalMeasures(a.nhsNumberOnCorrespondence(),
                a.nhsNumberRetrieval(), a.dataSharing(), a.openApiProgress(), a.integratedCareRecordPilot(),
                new AdditionalMeasures.PersonalHealthBudgets(count, count, count, new BigDecimal(percent), null, null,
                        null),
                a.integratedCareTeams()));
    }

    private static List<String> paths(Rule<QuarterlyReturn> rule, QuarterlyReturn r) {
        return Judge.run(rule, r).stream().map(Finding::path).toList();
    }

    @Test
    void countsOfZeroAndOfExactlyAHundredMillionAreInRange() {
        assertEquals(List.of(), paths(FinanceRules.NUMERIC_RANGE, personalHealthBudgets(0, "0")));
        assertEquals(List.of(), paths(FinanceRules.NUMERIC_RANGE, personalHealthBudgets(100_000_000, "100")));
        String phb = "/additionalMeasures/personalHealthBudgets/";
        assertEquals(List.of(phb + "total", phb + "newInQuarter", phb + "stoppedInQuarter",
                phb + "percentInContinuingHealthcare"),
                paths(FinanceRules.NUMERIC_RANGE, personalHealthBudgets(100_000_001, "100.01")));
    }

    @Test
    void aPooledFundOfExactlyAHundredMillionIsInRange() {
        QuarterlyReturn r = ReturnEdits.incomeAndExpenditure(ReturnSamples.complete2016(Quarter.Q1),
                ReturnSamples.incomeAndExpenditure(Money.pounds(100_000_000), ReturnSamples.PHASED, Quarter.Q1));
        assertEquals(List.of(), paths(FinanceRules.NUMERIC_RANGE, r));
    }

    @Test
    void aNarrativeExactlyAtTheCellLimitFits() {
        QuarterlyReturn atLimit = ReturnEdits.narrative(ReturnSamples.complete2016(Quarter.Q1),
                new Narrative("a".repeat(32_767), null));
        assertEquals(List.of(), paths(NarrativeRules.LIMIT, atLimit));
        QuarterlyReturn over = ReturnEdits.narrative(ReturnSamples.complete2016(Quarter.Q1),
                new Narrative("a".repeat(32_768), null));
        assertEquals(List.of("/narrative/progress"), paths(NarrativeRules.LIMIT, over));
    }

    @Test
    void aFeeCommentaryOfExactly250CharactersFits() {
        QuarterlyReturn r = ReturnSamples.complete2018();
        AdditionalIbcf i = r.additionalIbcf();
        QuarterlyReturn atLimit = ReturnEdits.additionalIbcf(r, new AdditionalIbcf(i.allocation(), i.fees(),
                "x".repeat(250)));
        assertEquals(List.of(), paths(FeeRules.COMMENT_LIMIT_RULE, atLimit));
    }
}
