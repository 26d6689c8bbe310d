package dev.bcfkit.rules.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.SocialCareUplift;
import org.junit.jupiter.api.Test;

/** The pooled budget's two years ([002:397]) and each year's minimum contribution to social care. */
class PooledBudgetYearsTest {
    private static final SocialCareUplift.Minimums MINIMUMS =
            new SocialCareUplift.Minimums(Money.pounds(1_018), Money.pounds(1_037));

    @Test
    void eachYearOfTheFrameworkHasItsOwnMinimum() {
        assertEquals(Money.pounds(1_018), PooledBudgetYears.minimumFor(MINIMUMS, PooledBudgetYears.FIRST));
        assertEquals(Money.pounds(1_037), PooledBudgetYears.minimumFor(MINIMUMS, PooledBudgetYears.SECOND));
    }

    @Test
    void aYearOutsideTheFrameworkHasNone() {
        assertEquals("year: the 2017-19 Policy Framework covers [2017/18, 2018/19], found 2019/20",
                assertThrows(IllegalArgumentException.class,
                        () -> PooledBudgetYears.minimumFor(MINIMUMS, FinancialYear.of(2019))).getMessage());
    }
}
