package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.funding.ImprovedBcfPurpose;
import dev.bcfkit.core.returns.ImprovedBcfProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * IBCF-USE-PURPOSE and IBCF-PROGRESS-REPORTS: Nottinghamshire's "Two progress reports have been
 * submitted to date" beside its Q2 2017/18 return ({@code [000:52]}) and its £67,500 for housing
 * support for hospital discharge ({@code [000:88]}) under a purpose pass; a use without a purpose is
 * one WARNING; from Q2, fewer reports than the year's earlier quarters is one WARNING.
 */
class ImprovedBcfReturnRulesProperties {
    private static final Rule<QuarterlyReturn> PURPOSE = ImprovedBcfReturnRules.USE_PURPOSE;
    private static final Rule<QuarterlyReturn> REPORTS = ImprovedBcfReturnRules.PROGRESS_REPORTS;

    private static QuarterlyReturn nottinghamshire(Integer reports, ImprovedBcfPurpose purpose) {
        return ReturnSamples.complete2017().withImprovedBcfProgress(new ImprovedBcfProgress(List.of(
                new ImprovedBcfProgress.Use("Housing support for hospital discharge", purpose, Money.pounds(67_500))),
                reports));
    }

    @Test
    void nottinghamshiresTwoReportsAndItsHousingUsePass() {
        QuarterlyReturn r = nottinghamshire(2, ImprovedBcfPurpose.REDUCING_PRESSURES_ON_THE_NHS);
        assertEquals(List.of(), Judge.run(PURPOSE, r));
        assertEquals(List.of(), Judge.run(REPORTS, r));
        assertEquals(List.of(), Judge.run(REPORTS, ReturnSamples.complete2017()), "nothing recorded");
        assertEquals(1, Judge.run(PURPOSE, nottinghamshire(2, null)).size());
        assertEquals(Severity.WARNING, PURPOSE.severity());
        assertTrue(REPORTS.derived());
        assertEquals(List.of("R24"), PURPOSE.requirements());
        assertEquals(List.of("R26"), REPORTS.requirements());
    }

    @Property
    void enoughReportsPass(@ForAll Quarter q, @ForAll @IntRange(min = 0, max = 20) int more) {
        QuarterlyReturn r = ReturnEdits.period(nottinghamshire(q.ordinal() + more, ImprovedBcfPurpose.STABILISING_THE_PROVIDER_MARKET),
                ReportingPeriod.of(dev.bcfkit.core.FinancialYear.of(2017), q));
        assertEquals(List.of(), Judge.run(REPORTS, r));
    }

    @Property
    void tooFewReportsAreOneWarning(@ForAll @IntRange(min = 1, max = 3) int quarter, @ForAll @IntRange(min = 1, max = 3) int fewer) {
        Quarter q = Quarter.values()[quarter];
        QuarterlyReturn r = ReturnEdits.period(nottinghamshire(quarter - Math.min(fewer, quarter), null),
                ReportingPeriod.of(dev.bcfkit.core.FinancialYear.of(2018), q));
        List<Finding> f = Judge.run(REPORTS, r);
        assertEquals(1, f.size());
        assertEquals("/improvedBcfProgress/progressReportsSubmitted", f.get(0).path());
    }

    @Property
    void aNegativeCountIsOneWarning(@ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int reports) {
        assertEquals(1, Judge.run(REPORTS, nottinghamshire(reports, null)).size());
    }
}
