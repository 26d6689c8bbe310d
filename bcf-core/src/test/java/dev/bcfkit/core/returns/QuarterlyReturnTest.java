package dev.bcfkit.core.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.UnknownEditionException;
import dev.bcfkit.core.YesNo;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One model covers every edition; blank is not zero; invalid data stays representable. */
class QuarterlyReturnTest {

    private static QuarterlyReturn minimal(String period) {
        return new QuarterlyReturn(ReportingPeriod.parse(period),
                new ReturnCover(HealthAndWellbeingBoard.named("Southend-on-Sea"), null, null, null, null),
                new BudgetArrangements(YesNo.YES, null, null, null), List.of(), null, List.of(), null, null, null,
                new Narrative(null, null), null);
    }

    @Test
    void theEditionFollowsTheFinancialYear() {
        assertEquals(Edition.QUARTERLY_2016_17, minimal("2016/17 Q1").edition());
        assertEquals(Edition.QUARTERLY_2018_19, minimal("2018/19 Q2").edition());
        assertThrows(UnknownEditionException.class, () -> minimal("2019/20 Q1").edition());
    }

    @Test
    void nullListsAreRefusedButEmptyOnesAreRepresentable() {
        QuarterlyReturn r = minimal("2016/17 Q1");
        assertTrue(r.nationalConditions().isEmpty());
        BcfException e = assertThrows(BcfException.class, () -> new QuarterlyReturn(r.period(), r.cover(),
                r.budgetArrangements(), null, null, List.of(), null, null, null, r.narrative(), null));
        assertEquals("nationalConditions: expected a list (empty if nothing was entered), found null", e.getMessage());
    }

    @Test
    void aBlankCellIsDistinctFromZero() {
        // [004:175] "Please leave any missing data cells as blank e.g. do not attempt to enter '0'"
        AverageFee blank = new AverageFee(FeeServiceType.HOME_CARE, Money.of(new BigDecimal("20.00")), null,
                new BigDecimal("2.5"));
        AverageFee zero = new AverageFee(FeeServiceType.HOME_CARE, Money.of(new BigDecimal("20.00")), Money.ZERO,
                new BigDecimal("2.5"));
        assertNull(blank.currentYearRate());
        assertTrue(zero.currentYearRate().isZero());
        assertTrue(!blank.equals(zero));
    }

    @Test
    void quarterlyFiguresKeepTheStatedAnnualTotalEvenWhenItDoesNotAddUp() {
        QuarterlyFigures forecast = new QuarterlyFigures(Money.pounds(3_282_763), Money.pounds(3_282_762),
                Money.pounds(3_282_762), Money.pounds(3_282_762), Money.pounds(13_131_048));
        assertEquals(Money.pounds(13_131_048), forecast.annualTotal());
        assertEquals(Money.pounds(3_282_762), forecast.get(Quarter.Q3));
        assertTrue(forecast.hasAllQuarters());
        QuarterlyFigures actual = QuarterlyFigures.BLANK.with(Quarter.Q1, Money.pounds(3_282_763));
        assertEquals(Money.pounds(3_282_763), actual.get(Quarter.Q1));
        assertNull(actual.get(Quarter.Q2));
        assertTrue(!actual.hasAllQuarters());
        assertEquals(FundRow.FORECAST, FundRow.valueOf("FORECAST"));
        assertEquals("forecast", FundRow.FORECAST.property());
    }
}
