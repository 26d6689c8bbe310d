package dev.bcfkit.core.outcomes;

import dev.bcfkit.core.metrics.Direction;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One row of a local outcome table, as Mid-Nottinghamshire's Table 1 prints it
 * ({@code [001:37-41]}): "Outcome area", "Performance target to be met by BT Programme by
 * 2018/19" (a percentage reduction), "Target for October 2016", "Actual performance October 2016"
 * and "Trend since April 2016". Figures are kept as printed (25 for "25%", 8000 for "8,000
 * attendances", with the counted thing, "attendances", as the unit); the trend is the printed
 * sentence. Every component may be blank (null): the rules report what is missing.
 *
 * @param outcomeArea the outcome, such as "Reduction in admissions to residential and nursing homes", or null
 * @param reductionTargetPercent the percentage reduction to be met by the target year, such as 25, or null
 * @param interimTarget the target for the interim period, such as 28, or null
 * @param actual the actual performance in the interim period, such as 25, or null
 * @param unit what the figures count, as printed, such as "admissions", or null
 * @param direction which way is better ("Low is good for all the indicators", {@code [001:29]}), or null
 * @param trend the printed trend, such as "Admissions are consistently lower than target", or null
 */
public record LocalOutcome(
        @Size(max = 500) String outcomeArea,
        BigDecimal reductionTargetPercent,
        BigDecimal interimTarget,
        BigDecimal actual,
        @Size(max = 100) String unit,
        Direction direction,
        @Size(max = 10_000) String trend) {
}
