package dev.bcfkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Financial years print as the templates print them and read the papers' other spellings. */
class FinancialYearTest {

    @Test
    void printsAsTheTemplates() {
        assertEquals("2017/18", FinancialYear.of(2017).toString());
        assertEquals("2099/00", FinancialYear.of(2099).toString());
        assertEquals("17/18", FinancialYear.of(2017).shortLabel());
    }

    @Test
    void readsTheThreeSpellingsOfThePapers() {
        assertEquals(FinancialYear.of(2017), FinancialYear.parse("2017/18")); // [000:22]
        assertEquals(FinancialYear.of(2017), FinancialYear.parse("2017-18")); // [002:264]
        assertEquals(FinancialYear.of(2017), FinancialYear.parse("17/18"));   // [000:221]
        assertEquals(FinancialYear.of(2099), FinancialYear.parse("2099/00"));
    }

    @Test
    void runsFromAprilToMarch() {
        FinancialYear fy = FinancialYear.parse("2016/17");
        assertEquals(LocalDate.of(2016, 4, 1), fy.firstDay());
        assertEquals(LocalDate.of(2017, 3, 31), fy.lastDay());
        assertEquals(FinancialYear.of(2017), fy.next());
        assertEquals(FinancialYear.of(2015), fy.previous());
    }

    @Test
    void refusesYearsThatAreNotConsecutive() {
        BcfException e = assertThrows(BcfException.class, () -> FinancialYear.parse("2017/19"));
        assertEquals("financial year: \"2017/19\" does not name consecutive years (expected 2017/18)", e.getMessage());
    }

    @Test
    void refusesOtherText() {
        BcfException e = assertThrows(BcfException.class, () -> FinancialYear.parse("next year"));
        assertEquals("financial year: expected a year such as 2017/18, found \"next year\"", e.getMessage());
        assertThrows(BcfException.class, () -> FinancialYear.parse(null));
        assertThrows(BcfException.class, () -> FinancialYear.parse("2017/18/19"));
    }

    @Test
    void refusesYearsOutsideTheLibrarysRange() {
        BcfException e = assertThrows(BcfException.class, () -> FinancialYear.of(1999));
        assertTrue(e.getMessage().contains("1999"), e.getMessage());
        assertThrows(BcfException.class, () -> FinancialYear.of(2100));
    }

    @Test
    void ordersByStartYear() {
        assertTrue(FinancialYear.of(2016).compareTo(FinancialYear.of(2017)) < 0);
    }
}
