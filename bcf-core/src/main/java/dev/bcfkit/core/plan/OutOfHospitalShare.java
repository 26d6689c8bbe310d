package dev.bcfkit.core.plan;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import jakarta.validation.constraints.NotNull;

/**
 * A year's share of the money for NHS-commissioned out-of-hospital services, 2017-19 national
 * condition 3 ({@code [002:680-683]}): "Local areas should agree how they will use their share of
 * the £1.018 billion in 2017/18 and £1.037 billion in 2018/19 ... by funding NHS commissioned
 * out-of-hospital services ... Local areas can choose to put an appropriate proportion of their
 * share ... into a local risk-sharing agreement ... with the balance spent on NHS commissioned
 * out-of-hospital services".
 *
 * @param year the financial year
 * @param share the area's share of the national amount, or null if blank
 * @param commissioned the part spent on NHS-commissioned out-of-hospital services, or null
 * @param riskShare the part held in a local risk-sharing agreement, or null (none)
 */
public record OutOfHospitalShare(
        @NotNull FinancialYear year,
        Money share,
        Money commissioned,
        Money riskShare) {
}
