package dev.bcfkit.rules.returns;

import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.engine.Pointer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * The 2016/17 return's Measure 4, "Number of Personal Health Budgets per 100,000 population"
 * ({@code [002:1132-1140]}): the population the rate is computed on, the rate shown against the
 * count and the population, and the quarter's stock and flow.
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
        return List.of(POPULATION_PLAUSIBLE, RATE_AGREES, STOCK_AND_FLOW);
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

    /**
     * PHB-RATE-AGREES: the "Rate per 100,000 population" shown agrees with the "Total number of
     * PHBs in place at the end of the quarter" per 100,000 of the population shown, to the
     * precision shown: Southend's 24 PHBs in a population of 180,589 are 13.29 per 100,000, shown
     * as "13" in Q1 and "13.3" in Q2 ({@code [002:1134-1140]}, {@code [002:1743-1749]}); 24 in
     * 182,046 are 13.18, shown as "13" in Q4 ({@code [002:2562-2568]}). The template computes the
     * rate, so a rate that disagrees was typed over or carried from another quarter. Derived, hence
     * a WARNING. Not judged unless the rate, the total and a population above 0 are all given.
     */
    static final Rule<QuarterlyReturn> RATE_AGREES = Rule.on(QuarterlyReturn.class, "PHB-RATE-AGREES")
            .title("The personal health budgets rate per 100,000 shown agrees with the total and the population")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("Derived: the rate is the total per 100,000 of the population. [002:1132] \"Number of Personal"
                    + " Health Budgets per 100,000 population\"; [002:1134-1140] \"Total number of PHBs in place at the"
                    + " end of the quarter 24\", \"Rate per 100,000 population 13\", \"Population (Mid 2016) 180,589\";"
                    + " [002:1744] \"13.3\"; [002:1287] all age groups")
            .derived()
            .requirements("R58")
            .check((r, ctx, emit) -> {
                AdditionalMeasures.PersonalHealthBudgets phb = phb(r);
                if (phb == null || phb.ratePer100kShown() == null || phb.total() == null || phb.population() == null
                        || phb.population() <= 0) {
                    return;
                }
                BigDecimal shown = phb.ratePer100kShown();
                BigDecimal exact = BigDecimal.valueOf(phb.total()).multiply(BigDecimal.valueOf(100_000))
                        .divide(BigDecimal.valueOf(phb.population()), MathContext.DECIMAL64);
                int places = Math.max(0, shown.stripTrailingZeros().scale());
                BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(places).divide(BigDecimal.valueOf(2));
                if (shown.subtract(exact).abs().compareTo(halfUnit) > 0) {
                    emit.report(Pointer.of("additionalMeasures", "personalHealthBudgets", "ratePer100kShown"),
                            "the rate shown, " + shown.toPlainString() + " per 100,000, does not agree with "
                                    + count(phb.total()) + " PHBs in a population of " + count(phb.population())
                                    + ", which is " + exact.setScale(Math.max(2, places), java.math.RoundingMode.HALF_UP)
                                    .toPlainString() + " per 100,000");
                }
            });

    /**
     * PHB-STOCK-AND-FLOW: the quarter's counts can all be right: the PHBs in place at the end, less
     * those put in place during the quarter, plus those stopped during it, are the PHBs in place at
     * its start ({@link AdditionalMeasures.PersonalHealthBudgets#openingTotal()}), which cannot be
     * fewer than none. Southend's 24, 7 new and 17 stopped imply 34 at the start
     * ({@code [002:1134-1137]}). Derived, hence a WARNING. Whether the start equals the previous
     * quarter's end is a question for the returns of a year together, not for one return.
     */
    static final Rule<QuarterlyReturn> STOCK_AND_FLOW = Rule.on(QuarterlyReturn.class, "PHB-STOCK-AND-FLOW")
            .title("The personal health budgets in place at the end, less the new and plus the stopped, are not"
                    + " fewer than none")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("Derived: in place at the end = in place at the start + new - stopped. [002:1134-1137] \"Total"
                    + " number of PHBs in place at the end of the quarter\", \"Number of new PHBs put in place during"
                    + " the quarter\", \"Number of existing PHBs stopped during the quarter\"")
            .derived()
            .requirements("R59")
            .check((r, ctx, emit) -> {
                AdditionalMeasures.PersonalHealthBudgets phb = phb(r);
                Long opening = phb == null ? null : phb.openingTotal();
                if (opening != null && opening < 0) {
                    emit.report(Pointer.of("additionalMeasures", "personalHealthBudgets", "newInQuarter"),
                            count(phb.total()) + " PHBs in place at the end of the quarter, "
                                    + count(phb.newInQuarter()) + " new and " + count(phb.stoppedInQuarter())
                                    + " stopped during it imply " + count(opening) + " in place at its start;"
                                    + " the new PHBs cannot outnumber those in place at the end plus those stopped");
                }
            });

    private static AdditionalMeasures.PersonalHealthBudgets phb(QuarterlyReturn r) {
        AdditionalMeasures am = r.additionalMeasures();
        return am == null ? null : am.personalHealthBudgets();
    }

    private static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
