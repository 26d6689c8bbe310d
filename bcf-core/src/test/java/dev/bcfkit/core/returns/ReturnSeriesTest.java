package dev.bcfkit.core.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A series is the returns of one board and one year, one per quarter, put in quarter order. */
class ReturnSeriesTest {

    private static QuarterlyReturn of(String board, String period) {
        return new QuarterlyReturn(ReportingPeriod.parse(period),
                new ReturnCover(board == null ? null : HealthAndWellbeingBoard.named(board), null, null, null, null),
                new BudgetArrangements(YesNo.YES, null, null, null), List.of(), null, List.of(), null, null, null,
                new Narrative(null, null), null);
    }

    @Test
    void returnsArePutInQuarterOrderAndFoundByQuarter() {
        QuarterlyReturn q3 = of("Southend-on-Sea", "2016/17 Q3");
        QuarterlyReturn q1 = of("Southend-on-Sea", "2016/17 Q1");
        QuarterlyReturn q2 = of(" southend-on-sea ", "2016/17 Q2");
        ReturnSeries s = ReturnSeries.of(List.of(q3, q1, q2));
        assertEquals(List.of(q1, q2, q3), s.returns());
        assertEquals("Southend-on-Sea", s.board());
        assertEquals(FinancialYear.of(2016), s.year());
        assertEquals(Edition.QUARTERLY_2016_17, s.edition());
        assertEquals(ReportingPeriod.parse("2016/17 Q3"), s.latest());
        assertEquals(q2, s.previous(q3).orElseThrow());
        assertTrue(s.previous(q1).isEmpty());
        assertTrue(s.get(Quarter.Q4).isEmpty());
    }

    @Test
    void aGapLeavesNoPreviousReturn() {
        QuarterlyReturn q3 = of("Southend-on-Sea", "2016/17 Q3");
        ReturnSeries s = ReturnSeries.of(List.of(of("Southend-on-Sea", "2016/17 Q1"), q3));
        assertTrue(s.previous(q3).isEmpty());
    }

    @Test
    void twoBoardsAreRefusedNamingBoth() {
        BcfException e = assertThrows(BcfException.class, () -> ReturnSeries.of(List.of(
                of("Southend-on-Sea", "2016/17 Q1"), of("Dorset", "2016/17 Q2"))));
        assertEquals("returns/1/cover/healthAndWellbeingBoard/name: a series holds the returns of one board,"
                + " but return 1 is of 'Dorset' and return 0 of 'Southend-on-Sea'", e.getMessage());
    }

    @Test
    void twoYearsAreRefusedNamingBoth() {
        BcfException e = assertThrows(BcfException.class, () -> ReturnSeries.of(List.of(
                of("Dorset", "2017/18 Q4"), of("Dorset", "2018/19 Q1"))));
        assertEquals("returns/1/period/year: a series holds the returns of one financial year, but return 1 is of"
                + " 2018/19 and return 0 of 2017/18", e.getMessage());
    }

    @Test
    void aRepeatedQuarterIsRefused() {
        BcfException e = assertThrows(BcfException.class, () -> ReturnSeries.of(List.of(
                of("Dorset", "2018/19 Q2"), of("Dorset", "2018/19 Q1"), of("Dorset", "2018/19 Q2"))));
        assertEquals("returns/2/period/quarter: 2018/19 Q2 is given twice, as return 0 and return 2", e.getMessage());
    }

    @Test
    void missingPiecesAreRefusedByPath() {
        assertEquals("returns: expected at least one return, found none",
                assertThrows(BcfException.class, () -> ReturnSeries.of(List.of())).getMessage());
        assertEquals("returns: expected the returns of one board and year, found null",
                assertThrows(BcfException.class, () -> ReturnSeries.of(null)).getMessage());
        assertEquals("returns/1: expected a return, found null", assertThrows(BcfException.class,
                () -> ReturnSeries.of(Arrays.asList(of("Dorset", "2018/19 Q1"), null))).getMessage());
        assertEquals("returns/0/cover/healthAndWellbeingBoard/name: a return in a series needs its Health and"
                + " Wellbeing Board, found none", assertThrows(BcfException.class,
                        () -> ReturnSeries.of(List.of(of(null, "2018/19 Q1")))).getMessage());
    }

    @Test
    void twoSeriesOfTheSameReturnsAreEqualWhateverTheOrderGiven() {
        QuarterlyReturn q1 = of("Dorset", "2018/19 Q1");
        QuarterlyReturn q2 = of("Dorset", "2018/19 Q2");
        ReturnSeries a = ReturnSeries.of(List.of(q1, q2));
        ReturnSeries b = ReturnSeries.of(List.of(q2, q1));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(List.of(q1, q2).hashCode(), a.hashCode());
        assertTrue(!a.equals(ReturnSeries.of(List.of(q1))));
        assertEquals("ReturnSeries[Dorset 2018/19, Q1, Q2]", a.toString());
    }

    @Test
    void theListIsCopied() {
        java.util.List<QuarterlyReturn> given = new java.util.ArrayList<>(List.of(of("Dorset", "2018/19 Q1")));
        ReturnSeries s = ReturnSeries.of(given);
        given.add(of("Dorset", "2018/19 Q2"));
        assertEquals(1, s.returns().size());
        assertThrows(UnsupportedOperationException.class, () -> s.returns().add(of("Dorset", "2018/19 Q3")));
    }
}
