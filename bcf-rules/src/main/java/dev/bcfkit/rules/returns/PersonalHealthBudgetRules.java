package dev.bcfkit.rules.returns;

import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;
import java.util.Locale;

/**
 * The 2016/17 return's Measure 4, "Number of Personal Health Budgets per 100,000 population"
 * ({@code [002:1132-1140]}): the population the rate is computed on.
 */
final class PersonalHealthBudgetRules {
    /**
     * The largest population taken as plausible: the template's own numeric range ends at
     * 100,000,000 ({@code [002:1195]}), more people than live in England.
     */
    static final long MAX_PLAUSIBLE_POPULATION = 100_000_000L;

    private PersonalHealthBudgetRules() {
    }

    /** @return the rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(POPULATION_PLAUSIBLE);
    }

    /**
     * PHB-POPULATION-PLAUSIBLE: the population of the personal-health-budget measure is more than
     * 0 and at most {@value #MAX_PLAUSIBLE_POPULATION}. With 0 or fewer people the rate per
     * 100,000 cannot be computed; with more than the template's numeric range allows
     * ({@code [002:1195]}), more than England's whole population, the rate is meaningless. The
     * template pre-populates the figure from the ONS projections ({@code [002:1140]},
     * {@code [002:1153]}), so such a figure was typed over or damaged. Derived, hence a WARNING. A
     * blank population is not judged.
     */
    static final Rule<QuarterlyReturn> POPULATION_PLAUSIBLE = Rule.on(QuarterlyReturn.class,
            "PHB-POPULATION-PLAUSIBLE")
            .requirements("R58")
            .title("The population of the personal health budgets measure is more than 0 and at most 100,000,000")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("Derived: a rate per 100,000 needs a population of at least one person, and no board's"
                    + " population exceeds the template's numeric range. [002:1132-1140] \"Number of Personal Health"
                    + " Budgets per 100,000 population\", \"Population (Mid 2016) 180,589\"; [002:1195] numeric cells"
                    + " between 0 and 100,000,000")
            .derived()
            .check((r, ctx, emit) -> {
                AdditionalMeasures am = r.additionalMeasures();
                AdditionalMeasures.PersonalHealthBudgets phb = am == null ? null : am.personalHealthBudgets();
                Long population = phb == null ? null : phb.population();
                if (population == null) {
                    return;
                }
                String at = Pointer.of("additionalMeasures", "personalHealthBudgets", "population");
                String quoted = String.format(Locale.UK, "%,d", population);
                if (population <= 0) {
                    emit.report(at, "the population of the personal health budgets measure is " + quoted
                            + ", so the rate per 100,000 population cannot be computed");
                } else if (population > MAX_PLAUSIBLE_POPULATION) {
                    emit.report(at, "the population of the personal health budgets measure, " + quoted
                            + ", is more than 100,000,000 people, so the rate per 100,000 population is implausible");
                }
            });
}
