package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.funding.NationalFunding;
import dev.bcfkit.rules.calc.ImprovedBcfFigures.NationalAllocation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImprovedBcfFiguresTest {

    @Test
    void nottinghamshireThreeYearsAddUpToTheStatedTotal() {
        // [000:42] "£64.13m over three years - with £16.06m in 2017/18, £21.56m in 2018/19 and £26.51m in 2019/20"
        Money total = ImprovedBcfFigures.total(List.of(Money.pounds(16_060_000), Money.pounds(21_560_000),
                Money.pounds(26_510_000)));
        assertEquals(Money.pounds(64_130_000), total);
        assertEquals(Money.ZERO, Reconciliation.difference(Money.pounds(64_130_000), total));
        // the same in £m as printed, with no binary-fraction drift
        assertEquals(Money.parse("64.13"), ImprovedBcfFigures.total(List.of(Money.parse("16.06"),
                Money.parse("21.56"), Money.parse("26.51"))));
        assertEquals(Money.ZERO, ImprovedBcfFigures.total(List.of()));
    }

    @Test
    void southendAllocationsGrow() {
        // [002:128] 2017/18 £3.99M; 2018/19 £5.429M; 2019/20 £6.744M
        Money y17 = Money.pounds(3_990_000);
        Money y18 = Money.pounds(5_429_000);
        Money y19 = Money.pounds(6_744_000);
        assertEquals(new BigDecimal("36.065163"), ImprovedBcfFigures.growthPercent(y17, y18));
        assertEquals(new BigDecimal("24.221772"), ImprovedBcfFigures.growthPercent(y18, y19));
        assertEquals(Money.pounds(16_163_000), ImprovedBcfFigures.total(List.of(y17, y18, y19)));
    }

    @Test
    void theNationalProfileBeforeAndAfterTheSpringBudget() {
        // [002:471] £105m, £825m, £1.5bn; increased to £1.115bn, £1.499bn, £1.837bn
        assertEquals(List.of(ImprovedBcfFigures.NATIONAL_2017_18, ImprovedBcfFigures.NATIONAL_2018_19,
                ImprovedBcfFigures.NATIONAL_2019_20), ImprovedBcfFigures.national());
        assertEquals(new BigDecimal("1.010"), ImprovedBcfFigures.NATIONAL_2017_18.springBudgetIncrement());
        assertEquals(new BigDecimal("0.674"), ImprovedBcfFigures.NATIONAL_2018_19.springBudgetIncrement());
        assertEquals(new BigDecimal("0.337"), ImprovedBcfFigures.NATIONAL_2019_20.springBudgetIncrement());
        // [002:399] "an additional £2 billion over three years": 2.021 exactly
        assertEquals(new BigDecimal("2.021"), ImprovedBcfFigures.springBudgetIncrementTotal());
        assertSame(ImprovedBcfFigures.NATIONAL_2018_19, ImprovedBcfFigures.national(FinancialYear.parse("2018/19")));
        // the iBCF line of the national funding table is the after-Budget figure ([002:429-435])
        assertEquals(NationalFunding.Y2017_18.improvedBcf(),
                ImprovedBcfFigures.NATIONAL_2017_18.afterSpringBudget2017());
        assertEquals(NationalFunding.Y2018_19.improvedBcf(),
                ImprovedBcfFigures.NATIONAL_2018_19.afterSpringBudget2017());
    }

    @Test
    void brokenInputsAreRefusedByName() {
        String year = assertThrows(CalculationException.class,
                () -> ImprovedBcfFigures.national(FinancialYear.of(2020))).getMessage();
        assertTrue(year.contains("2017/18, 2018/19, 2019/20") && year.contains("2020/21"), year);
        String zero = assertThrows(CalculationException.class,
                () -> ImprovedBcfFigures.growthPercent(Money.ZERO, Money.pounds(3_990_000))).getMessage();
        assertTrue(zero.startsWith("from:") && zero.contains("£3,990,000"), zero);
        assertTrue(assertThrows(CalculationException.class,
                () -> ImprovedBcfFigures.total(Arrays.asList(Money.ZERO, null))).getMessage()
                .startsWith("allocations[1]:"));
        assertTrue(assertThrows(CalculationException.class,
                () -> new NationalAllocation(FinancialYear.of(2017), null, BigDecimal.ONE)).getMessage()
                .startsWith("spendingReview2015:"));
    }
}
