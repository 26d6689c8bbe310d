package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.funding.NationalFunding;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NationalFundingTableTest {

    @Test
    void tableOneAddsUpInBothYears() {
        // [002:429-435] 3.582 + 0.431 + 1.115 = 5.128; 3.65 + 0.468 + 1.499 = 5.617 (£bn)
        assertEquals(new BigDecimal("5.128"), NationalFundingTable.total(NationalFunding.Y2017_18));
        assertEquals(new BigDecimal("5.617"), NationalFundingTable.total(NationalFunding.Y2018_19));
        assertEquals(0, NationalFundingTable.difference(NationalFunding.Y2017_18).signum());
        assertEquals(0, NationalFundingTable.difference(NationalFunding.Y2018_19).signum());
    }

    @Test
    void aMistypedTotalShowsAsTheDifference() {
        NationalFunding typo = new NationalFunding(FinancialYear.of(2017), new BigDecimal("3.582"),
                new BigDecimal("0.431"), new BigDecimal("1.115"), new BigDecimal("5.182"));
        assertEquals(new BigDecimal("0.054"), NationalFundingTable.difference(typo));
        NationalFunding low = new NationalFunding(FinancialYear.of(2018), new BigDecimal("3.65"),
                new BigDecimal("0.468"), new BigDecimal("1.499"), new BigDecimal("5.6"));
        assertEquals(new BigDecimal("-0.017"), NationalFundingTable.difference(low));
    }

    @Test
    void aMissingLineIsRefusedByName() {
        NationalFunding blank = new NationalFunding(FinancialYear.of(2017), new BigDecimal("3.582"), null,
                new BigDecimal("1.115"), new BigDecimal("5.128"));
        assertTrue(assertThrows(CalculationException.class, () -> NationalFundingTable.total(blank)).getMessage()
                .startsWith("disabledFacilitiesGrant:"));
        NationalFunding noTotal = new NationalFunding(FinancialYear.of(2017), new BigDecimal("3.582"),
                new BigDecimal("0.431"), new BigDecimal("1.115"), null);
        assertEquals(new BigDecimal("5.128"), NationalFundingTable.total(noTotal));
        assertTrue(assertThrows(CalculationException.class, () -> NationalFundingTable.difference(noTotal))
                .getMessage().startsWith("statedTotal:"));
        assertTrue(assertThrows(CalculationException.class, () -> NationalFundingTable.total(null)).getMessage()
                .startsWith("column:"));
    }
}
