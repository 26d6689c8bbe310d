package dev.bcfkit.rules.calc;

import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.MetricUnit;
import dev.bcfkit.core.metrics.Rag;
import java.math.BigDecimal;

/**
 * The red/amber/green rating of a metric's reported figures ({@code [000:20-26]}), in the units
 * they are reported in. A figure without a stated unit is in the metric's own unit
 * ({@link MetricKind#unit()}). <b>Derived:</b> a target and an actual in different units are
 * different quantities (a count of "28 admissions", {@code [001:38]}, is not a rate "per 100,000
 * population", {@code [000:23]}), so they are never compared: rating them would give a
 * meaningless colour, and no population is printed beside the figures to convert one into the
 * other.
 */
public final class FigureRating {
    private FigureRating() {
    }

    /**
     * @param metric the metric
     * @param figures its figures
     * @return whether the target and the actual are in the same unit, each as reported or else
     *     the metric's own
     * @throws CalculationException if an input is null
     */
    public static boolean sameUnit(MetricKind metric, MetricFigures figures) {
        Inputs.present("metric", metric);
        Inputs.present("figures", figures);
        return figures.targetUnitOr(metric.unit()) == figures.actualUnitOr(metric.unit());
    }

    /**
     * Rates the actual against the target with {@link RagRating#rate(BigDecimal, BigDecimal,
     * dev.bcfkit.core.metrics.Direction, BigDecimal)} and the metric's direction. Nottinghamshire
     * BCF4, 644.14 against 613.7, both per 100,000 per month, is RED ({@code [000:26]}).
     *
     * @param metric the metric
     * @param figures its figures, with a target and an actual
     * @param amberTolerancePercent the largest shortfall, in per cent of the target, rated AMBER
     * @return the rating
     * @throws CalculationException if an input is null, or the target and the actual are in
     *     different units (the message names both)
     */
    public static Rag rate(MetricKind metric, MetricFigures figures, BigDecimal amberTolerancePercent) {
        if (!sameUnit(metric, figures)) {
            throw new CalculationException(mismatch(metric, figures));
        }
        return RagRating.rate(figures.target(), figures.actual(), metric.direction(), amberTolerancePercent);
    }

    /**
     * @param metric the metric
     * @param figures its figures
     * @return "target 10072 in "count", actual 2700 in "per 100,000" (not stated: the metric's
     *     unit)": each figure with its unit and whether the unit was reported
     */
    public static String describeUnits(MetricKind metric, MetricFigures figures) {
        return "target " + plain(figures.target()) + " in " + unit(figures.targetUnit(), metric)
                + ", actual " + plain(figures.actual()) + " in " + unit(figures.actualUnit(), metric);
    }

    private static String mismatch(MetricKind metric, MetricFigures figures) {
        return "figures: " + describeUnits(metric, figures) + "; a target and an actual in different units cannot be"
                + " compared";
    }

    private static String unit(MetricUnit reported, MetricKind metric) {
        return reported != null ? "\"" + reported.label() + "\""
                : "\"" + metric.unit().label() + "\" (not stated: the metric's unit)";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "(blank)" : value.toPlainString();
    }
}
