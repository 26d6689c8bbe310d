package dev.bcfkit.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Quarter;
import org.junit.jupiter.api.Test;

/**
 * JSON pointers (RFC 6901) as findings carry them: tokens joined by {@code /}, {@code ~} written
 * {@code ~0} and {@code /} written {@code ~1} wherever they stand in a token.
 */
class PointerTest {

    @Test
    void tokensAreJoinedAsAJsonPointer() {
        assertEquals("/incomeAndExpenditure/income/forecast/q3",
                Pointer.of("incomeAndExpenditure", "income", "forecast", "q3"));
        assertEquals("/nationalConditions/0/condition", Pointer.of("nationalConditions", 0, "condition"));
        assertEquals("/fees/Q2", Pointer.of("fees", Quarter.Q2));
        assertEquals("", Pointer.of());
    }

    @Test
    void aFinancialYearIsEscapedWhereverItsSlashStands() {
        assertEquals("/details/minimumPooledBudget/2015~116",
                Pointer.of("details", "minimumPooledBudget", FinancialYear.of(2015)));
    }

    @Test
    void aTildeOrSlashAtTheStartOfATokenIsEscapedToo() {
        assertEquals("/~0a", Pointer.of("~a"));
        assertEquals("/~1a", Pointer.of("/a"));
        assertEquals("/a~0", Pointer.of("a~"));
        assertEquals("/~01~1", Pointer.of("~1/"));
        assertEquals("/plain", Pointer.of("plain"));
    }

    @Test
    void appendExtendsABasePointer() {
        assertEquals("/signOffs/2/date", Pointer.append("/signOffs", 2, "date"));
        assertEquals("/signOffs", Pointer.append("/signOffs"));
    }
}
