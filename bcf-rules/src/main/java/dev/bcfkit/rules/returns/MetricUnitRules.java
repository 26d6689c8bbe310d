package dev.bcfkit.rules.returns;

import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.calc.FigureRating;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;

/**
 * The units of a metric's reported figures: each figure carries the unit its paper prints (a
 * count, a rate per 100,000, delayed days per 100,000 per month, a percentage), and a target and
 * an actual in different units are reported instead of rated.
 */
final class MetricUnitRules {
    private MetricUnitRules() {
    }

    /** @return the unit rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(UNITS_AGREE);
    }

    /** A target and an actual are in the same unit, or no rating is computed from them. */
    static final Rule<QuarterlyReturn> UNITS_AGREE = Rule.on(QuarterlyReturn.class, "METRIC-UNITS-AGREE")
            .requirements("R55")
            .title("A metric's target and actual are reported in the same unit, so that they can be rated")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("Derived: a rating compares an actual with its target in one unit ([000:20-26]: \"2017/18"
                    + " Target\", \"2017/18 (to date)\", \"RAG\"); a count such as \"28 admissions\" ([001:38]) and"
                    + " a rate \"per 100,000 population\" ([000:23]) are different quantities, and no population is"
                    + " printed beside the figures to convert one into the other, so figures in different units"
                    + " are not rated. A figure whose unit is not stated is in the metric's own unit.")
            .derived()
            .check((r, ctx, emit) -> {
                List<MetricProgress> rows = r.metrics();
                for (int i = 0; i < rows.size(); i++) {
                    MetricProgress p = rows.get(i);
                    MetricFigures f = p.figures();
                    if (p.metric() == null || f == null || f.target() == null || f.actual() == null
                            || FigureRating.sameUnit(p.metric(), f)) {
                        continue;
                    }
                    emit.report(Pointer.of("metrics", i, "figures"), "metric \"" + p.metric().label() + "\" has its "
                            + FigureRating.describeUnits(p.metric(), f) + ": figures in different units cannot be"
                            + " compared, so no red/amber/green rating is computed; report the target and the actual"
                            + " in the same unit");
                }
            });
}
