package dev.bcfkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.QuarterlyFigures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quarterly phasing the generators use, checked against Southend's plan {@code [002:2002]}. */
class PhasingTest {

    @Test
    void southendsPooledFundIsSplitWithTheRemainderInTheFirstQuarter() {
        QuarterlyFigures plan = Phasing.split(13_131_049);
        assertEquals(new QuarterlyFigures(Money.pounds(3_282_763), Money.pounds(3_282_762), Money.pounds(3_282_762),
                Money.pounds(3_282_762), Money.pounds(13_131_049)), plan);
    }

    @Test
    void aRemainderOfThreeGoesToTheFirstThreeQuarters() {
        assertEquals(List.of(Money.pounds(1), Money.pounds(1), Money.pounds(1), Money.ZERO), Phasing.split(3).quarters());
    }

    @Test
    void movingMoneyKeepsTheAnnualTotal() {
        QuarterlyFigures moved = Phasing.move(Phasing.split(100), List.of(new Phasing.Move(Quarter.Q1, Quarter.Q4, 50),
                new Phasing.Move(Quarter.Q2, Quarter.Q2, 100)));
        assertEquals(List.of(Money.pounds(13), Money.pounds(25), Money.pounds(25), Money.pounds(37)), moved.quarters());
        assertEquals(Money.pounds(100), moved.annualTotal());
    }
}
