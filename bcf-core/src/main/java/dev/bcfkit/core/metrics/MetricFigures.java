package dev.bcfkit.core.metrics;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A metric's target and actual where a paper gives them, each with the unit it is reported in,
 * and the rating and trend the paper printed: Nottinghamshire's "Performance against BCF
 * performance metrics" ({@code [000:20-26]}: REF, indicator, 2017/18 target, 2017/18 to date, RAG
 * and trend). Values are kept with the unit the paper declares (percentages as 84, not 0.84); the
 * period qualifiers such as "Q2" and "YTD" are kept as text.
 *
 * <p>A unit is the one the paper prints, or null where it prints none: the figure is then read in
 * the metric's own unit ({@link MetricKind#unit()}), as {@link #targetUnitOr} and
 * {@link #actualUnitOr} give it. The same metric may be reported in different units by different
 * boards (a count of admissions, or a rate per 100,000; delayed days, or a rate per 100,000 per
 * month), so a target and an actual in different units cannot be compared.
 *
 * @param reference the paper's reference such as "BCF3", or null
 * @param target the target, or null
 * @param targetUnit the unit the target is reported in, or null if the paper states none
 * @param targetPeriod the target's period qualifier such as "Q2", or null
 * @param actual the actual, or null
 * @param actualUnit the unit the actual is reported in, or null if the paper states none
 * @param actualPeriod the actual's period qualifier such as "YTD", or null
 * @param reportedRag the rating the paper printed, or null
 * @param reportedTrend the trend the paper printed, or null
 * @param mitigatingActions "Summary of mitigating actions", or null
 */
public record MetricFigures(
        @Size(max = 50) String reference,
        BigDecimal target,
        MetricUnit targetUnit,
        @Size(max = 50) String targetPeriod,
        BigDecimal actual,
        MetricUnit actualUnit,
        @Size(max = 50) String actualPeriod,
        Rag reportedRag,
        Trend reportedTrend,
        @Size(max = 100_000) String mitigatingActions) {

    /**
     * Figures whose units the paper does not state (both units null).
     *
     * @param reference the paper's reference such as "BCF3", or null
     * @param target the target, or null
     * @param targetPeriod the target's period qualifier such as "Q2", or null
     * @param actual the actual, or null
     * @param actualPeriod the actual's period qualifier such as "YTD", or null
     * @param reportedRag the rating the paper printed, or null
     * @param reportedTrend the trend the paper printed, or null
     * @param mitigatingActions "Summary of mitigating actions", or null
     */
    public MetricFigures(String reference, BigDecimal target, String targetPeriod, BigDecimal actual,
            String actualPeriod, Rag reportedRag, Trend reportedTrend, String mitigatingActions) {
        this(reference, target, null, targetPeriod, actual, null, actualPeriod, reportedRag, reportedTrend,
                mitigatingActions);
    }

    /**
     * @param metricUnit the metric's own unit, used when the paper states none
     * @return the target's unit as reported, else {@code metricUnit}
     */
    public MetricUnit targetUnitOr(MetricUnit metricUnit) {
        return targetUnit != null ? targetUnit : metricUnit;
    }

    /**
     * @param metricUnit the metric's own unit, used when the paper states none
     * @return the actual's unit as reported, else {@code metricUnit}
     */
    public MetricUnit actualUnitOr(MetricUnit metricUnit) {
        return actualUnit != null ? actualUnit : metricUnit;
    }
}
