package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * FIN-COMMENTARY-REFERS-TO-CHANGES: the complete 2016/17 samples, on plan with forecasts unchanged,
 * pass even with a blank commentary; Southend's "Income & Expenditure has remained on plan" kind
 * of commentary passes whatever changed ({@code [002:1253]}); a forecast amended since the previous
 * return with a blank commentary is one WARNING naming the amendment.
 */
class FinancialCommentaryRulesProperties {
    private static final Rule<QuarterlyReturn> RULE = FinancialCommentaryRules.REFERS_TO_CHANGES;

    @Test
    void onPlanAndUnchangedNeedsNoCommentary() {
        for (Quarter q : List.of(Quarter.Q2, Quarter.Q3, Quarter.Q4)) {
            assertEquals(List.of(), Judge.run(RULE, ReturnCheckEdits.forecastAmended(q, ReturnSamples.PHASED.get(3), null)));
        }
        assertEquals(List.of(), Judge.run(RULE, ReturnCheckEdits.forecastAmended(Quarter.Q2, Money.pounds(1), "no comment")));
        assertEquals(Severity.WARNING, RULE.severity());
        assertEquals(List.of("R44"), RULE.requirements());
    }

    @Property
    void anAmendedForecastWithoutCommentaryIsOneWarning(@ForAll @LongRange(min = 0, max = 100_000_000) long previous) {
        Assume.that(previous != ReturnSamples.PHASED.get(3).amount().longValueExact());
        List<Finding> f = Judge.run(RULE, ReturnCheckEdits.forecastAmended(Quarter.Q3, Money.pounds(previous), null));
        assertEquals(1, f.size());
        assertEquals("/incomeAndExpenditure/financialCommentary", f.get(0).path());
        assertEquals(true, f.get(0).message().endsWith("the Q4 forecast income amended from "
                + Money.pounds(previous).format() + " to £3,282,762 since the previous return"), f.get(0).message());
    }
}
