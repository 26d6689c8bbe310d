package dev.bcfkit.rules.calc;

import dev.bcfkit.core.funding.NationalFunding;
import java.math.BigDecimal;

/**
 * The Policy Framework's national funding table, in £ billion (Table 1, {@code [002:429-435]}):
 * the CCG minimum, the Disabled Facilities Grant and the improved BCF add up to the stated total,
 * 3.582 + 0.431 + 1.115 = 5.128 in 2017-18 and 3.65 + 0.468 + 1.499 = 5.617 in 2018-19.
 */
public final class NationalFundingTable {
    private NationalFundingTable() {
    }

    /**
     * The exact sum of a column's three lines, in £bn.
     *
     * @param column the column
     * @return CCG minimum + DFG + iBCF
     * @throws CalculationException if the column or one of its lines is null
     */
    public static BigDecimal total(NationalFunding column) {
        Inputs.present("column", column);
        return Inputs.decimal("ccgMinimum", column.ccgMinimum())
                .add(Inputs.decimal("disabledFacilitiesGrant", column.disabledFacilitiesGrant()))
                .add(Inputs.decimal("improvedBcf", column.improvedBcf()));
    }

    /**
     * The stated total minus the computed one, exactly; zero for both columns of Table 1.
     *
     * @param column the column
     * @return stated total - (CCG minimum + DFG + iBCF), in £bn
     * @throws CalculationException if the column, a line or the stated total is null
     */
    public static BigDecimal difference(NationalFunding column) {
        Inputs.present("column", column);
        return Inputs.decimal("statedTotal", column.statedTotal()).subtract(total(column));
    }
}
