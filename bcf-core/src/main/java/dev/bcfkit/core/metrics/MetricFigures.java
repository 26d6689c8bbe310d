package dev.bcfkit.core.metrics;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A metric's target and actual where a paper gives them, with the rating and trend it printed:
 * Nottinghamshire's "Performance against BCF performance metrics" ({@code [000:20-26]}: REF,
 * indicator, 2017/18 target, 2017/18 to date, RAG and trend). Values are kept with the unit the
 * paper declares (percentages as 84, not 0.84); the period qualifiers such as "Q2" and "YTD" are
 * kept as text.
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
public record MetricFigures(
        @Size(max = 50) String reference,
        BigDecimal target,
        @Size(max = 50) String targetPeriod,
        BigDecimal actual,
        @Size(max = 50) String actualPeriod,
        Rag reportedRag,
        Trend reportedTrend,
        @Size(max = 100_000) String mitigatingActions) {
}
