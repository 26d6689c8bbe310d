package dev.bcfkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A reporting period is a quarter of a financial year, with its days and population year. */
class ReportingPeriodTest {

    @Test
    void q4IsJanuaryToMarchOfTheNextCalendarYear() {
        ReportingPeriod q4 = ReportingPeriod.parse("2016/17 Q4");
        assertEquals(LocalDate.of(2017, 1, 1), q4.firstDay());
        assertEquals(LocalDate.of(2017, 3, 31), q4.lastDay());
        // [002:1153]: the January-March quarter uses the next calendar year's population
        assertEquals(2017, q4.calendarYear());
    }

    @Test
    void q1ToQ3UseTheStartYearsPopulation() {
        for (Quarter q : new Quarter[] {Quarter.Q1, Quarter.Q2, Quarter.Q3}) {
            assertEquals(2016, ReportingPeriod.of(FinancialYear.of(2016), q).calendarYear());
        }
        assertEquals(LocalDate.of(2016, 9, 30), ReportingPeriod.parse("2016/17 Q2").lastDay());
    }

    @Test
    void readsTheTemplateColumnLabels() {
        // [000:221] "Q2 17/18 (Current)", "Q3 17/18 (Planned)"; [004:79] "Q4 17/18"
        assertEquals(ReportingPeriod.parse("2017/18 Q2"), ReportingPeriod.parse("Q2 17/18 (Current)"));
        assertEquals(ReportingPeriod.parse("2017/18 Q3"), ReportingPeriod.parse("Q3 17/18 (Planned)"));
        assertEquals(ReportingPeriod.parse("2017/18 Q4"), ReportingPeriod.parse("Q4 17/18"));
        assertEquals("Q2 17/18", ReportingPeriod.parse("2017/18 Q2").templateLabel());
    }

    @Test
    void refusesOtherText() {
        BcfException e = assertThrows(BcfException.class, () -> ReportingPeriod.parse("Q5 17/18"));
        assertEquals("period: expected a period such as 2017/18 Q2, found \"Q5 17/18\"", e.getMessage());
        assertThrows(BcfException.class, () -> Quarter.parse("Q0"));
        assertThrows(BcfException.class, () -> Quarter.of(5));
    }

    @Test
    void ordersChronologically() {
        assertTrue(ReportingPeriod.parse("2017/18 Q4").compareTo(ReportingPeriod.parse("2018/19 Q1")) < 0);
        assertEquals(ReportingPeriod.parse("2018/19 Q1"), ReportingPeriod.parse("2017/18 Q4").next());
        assertEquals(ReportingPeriod.parse("2017/18 Q4"), ReportingPeriod.parse("2018/19 Q1").previous());
    }

    @Property
    void printAndParseRoundTrip(@ForAll @IntRange(min = 2001, max = 2098) int year,
            @ForAll Quarter quarter) {
        ReportingPeriod p = ReportingPeriod.of(FinancialYear.of(year), quarter);
        assertEquals(p, ReportingPeriod.parse(p.toString()));
        assertEquals(p, ReportingPeriod.parse(p.templateLabel()));
        assertEquals(p, p.next().previous());
        assertTrue(!p.firstDay().isAfter(p.lastDay()));
        assertTrue(!p.firstDay().isBefore(p.year().firstDay()) && !p.lastDay().isAfter(p.year().lastDay()));
    }
}
