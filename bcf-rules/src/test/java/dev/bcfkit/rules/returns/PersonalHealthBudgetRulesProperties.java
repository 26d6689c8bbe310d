package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * PHB-POPULATION-PLAUSIBLE: Southend's "Population (Mid 2016) 180,589" ({@code [002:1140]}) is
 * plausible; every population from 1 to 100,000,000 is; 0, a negative one and more than
 * 100,000,000 are each one WARNING.
 */
class PersonalHealthBudgetRulesProperties {
    private static final Rule<QuarterlyReturn> RULE = PersonalHealthBudgetRules.POPULATION_PLAUSIBLE;

    private static QuarterlyReturn withPopulation(Long population) {
        QuarterlyReturn r = ReturnSamples.complete2016(Quarter.Q3);
        AdditionalMeasures am = r.additionalMeasures();
        AdditionalMeasures.PersonalHealthBudgets p = am.personalHealthBudgets();
        return ReturnEdits.additionalMeasures(r, new AdditionalMeasures(am.nhsNumberOnCorrespondence(),
                am.nhsNumberRetrieval(), am.dataSharing(), am.openApiProgress(), am.integratedCareRecordPilot(),
                new AdditionalMeasures.PersonalHealthBudgets(p.total(), p.newInQuarter(), p.stoppedInQuarter(),
                        p.percentInContinuingHealthcare(), p.ratePer100kShown(), population, p.populationLabel()),
                am.integratedCareTeams()));
    }

    @Test
    void southendsPopulationIsPlausible() {
        assertEquals(List.of(), Judge.run(RULE, withPopulation(180_589L)));
        assertEquals(List.of(), Judge.run(RULE, withPopulation(null)), "a blank population is not judged");
        assertEquals(Severity.WARNING, RULE.severity());
        assertEquals(true, RULE.derived());
    }

    @Property
    void aPopulationFromOneToAHundredMillionIsPlausible(@ForAll @LongRange(min = 1, max = 100_000_000) long n) {
        assertEquals(List.of(), Judge.run(RULE, withPopulation(n)));
    }

    @Property
    void noPeopleCannotGiveARate(@ForAll @LongRange(min = Long.MIN_VALUE, max = 0) long n) {
        List<Finding> f = Judge.run(RULE, withPopulation(n));
        assertEquals(1, f.size());
        assertEquals("/additionalMeasures/personalHealthBudgets/population", f.get(0).path());
        assertEquals(true, f.get(0).message().endsWith("so the rate per 100,000 population cannot be computed"));
    }

    @Property
    void moreThanAHundredMillionIsImplausible(@ForAll @LongRange(min = 100_000_001, max = Long.MAX_VALUE) long n) {
        List<Finding> f = Judge.run(RULE, withPopulation(n));
        assertEquals(1, f.size());
        assertEquals(true, f.get(0).message().endsWith("so the rate per 100,000 population is implausible"));
    }
}
