package dev.bcfkit.core.returns;

import dev.bcfkit.core.Money;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One average-fee question of the 2018/19 additional iBCF section ({@code [004:177-181]}): the
 * rate for 2017/18, the rate for 2018/19, and "If rates not yet known, please provide the
 * estimated uplift as a percentage change between 2017/18 and 2018/19". "Please leave any
 * missing data cells as blank e.g. do not attempt to enter '0' or 'N/A'" ({@code [004:175]}):
 * a blank rate is null, never zero.
 *
 * @param serviceType which service
 * @param previousYearRate the 2017/18 rate, or null if blank
 * @param currentYearRate the 2018/19 rate, or null if blank
 * @param estimatedUpliftPercent the estimated uplift in per cent (2.5 for 2.5%), or null
 */
public record AverageFee(
        @NotNull FeeServiceType serviceType,
        Money previousYearRate,
        Money currentYearRate,
        BigDecimal estimatedUpliftPercent) {
}
