package dev.bcfkit.core.funding;

import dev.bcfkit.core.FinancialYear;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A column of the Policy Framework's national funding table, in £ billion (Table 1,
 * {@code [002:429-435]}): 2017-18 3.582 + 0.431 + 1.115 = 5.128; 2018-19 3.65 + 0.468 + 1.499 =
 * 5.617.
 *
 * @param year the financial year
 * @param ccgMinimum "Minimum NHS (clinical commissioning groups) contribution", £bn
 * @param disabledFacilitiesGrant "Disabled Facilities Grant", £bn
 * @param improvedBcf "New grant allocation for adult social care (Improved Better Care Fund)", £bn
 * @param statedTotal the stated total, £bn
 */
public record NationalFunding(
        @NotNull FinancialYear year,
        @NotNull BigDecimal ccgMinimum,
        @NotNull BigDecimal disabledFacilitiesGrant,
        @NotNull BigDecimal improvedBcf,
        @NotNull BigDecimal statedTotal) {

    /** Table 1, 2017-18 ({@code [002:429-435]}). */
    public static final NationalFunding Y2017_18 = new NationalFunding(FinancialYear.of(2017),
            new BigDecimal("3.582"), new BigDecimal("0.431"), new BigDecimal("1.115"), new BigDecimal("5.128"));
    /** Table 1, 2018-19 ({@code [002:429-435]}). */
    public static final NationalFunding Y2018_19 = new NationalFunding(FinancialYear.of(2018),
            new BigDecimal("3.65"), new BigDecimal("0.468"), new BigDecimal("1.499"), new BigDecimal("5.617"));
}
