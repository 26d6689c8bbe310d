package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.SocialCareUplift.Minimums;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SocialCareUpliftTest {

    @Test
    void theUpliftsAre1Point79And1Point9PerCent() {
        // [002:674] "increased by 1.79% and 1.9% ... in 2017-18 and in 2018-19 respectively"
        assertEquals(new BigDecimal("1.0179"), SocialCareUplift.UPLIFT_2017_18);
        assertEquals(new BigDecimal("1.019"), SocialCareUplift.UPLIFT_2018_19);
    }

    @Test
    void aMillionPoundBaselineCompounds() {
        // 1,000,000 x 1.0179 = 1,017,900; 1,017,900 x 1.019 = 1,037,240.1 -> 1,037,240
        Minimums normal = SocialCareUplift.minimums(Money.pounds(1_000_000), false);
        assertEquals(Money.pounds(1_017_900), normal.year2017to18());
        assertEquals(Money.pounds(1_037_240), normal.year2018to19());
        assertEquals(new Minimums(Money.pounds(1_017_900), Money.pounds(1_037_240)), normal);
    }

    @Test
    void frontloadingBringsTheSecondUpliftIntoTheFirstYearAndCarriesItOver() {
        // [002:675] "frontload the 2018-19 uplift in 2017-18 and then carry over the same level"
        Minimums frontloaded = SocialCareUplift.minimums(Money.pounds(1_000_000), true);
        assertEquals(Money.pounds(1_037_240), frontloaded.year2017to18());
        assertEquals(Money.pounds(1_037_240), frontloaded.year2018to19());
    }

    @Test
    void eachYearIsRoundedHalfUpToWholePoundsBeforeTheNextUplift() {
        // 6,245,000 x 1.0179 = 6,356,785.5 exactly: HALF_UP gives 6,356,786;
        // 6,356,786 x 1.019 = 6,477,564.934 -> 6,477,565, where compounding without the
        // intermediate rounding would give 6,477,564.4245 -> 6,477,564 (the library rounds each year)
        Minimums normal = SocialCareUplift.minimums(Money.pounds(6_245_000), false);
        assertEquals(Money.pounds(6_356_786), normal.year2017to18());
        assertEquals(Money.pounds(6_477_565), normal.year2018to19());
        Minimums frontloaded = SocialCareUplift.minimums(Money.pounds(6_245_000), true);
        assertEquals(Money.pounds(6_477_565), frontloaded.year2017to18());
        assertEquals(Money.pounds(6_477_565), frontloaded.year2018to19());
        // whole pounds
        assertEquals(0, normal.year2017to18().amount().scale());
        assertEquals("£6,356,786", normal.year2017to18().format());
    }

    @Test
    void aBaselineInPenceIsRoundedLikeAnyOther() {
        Minimums normal = SocialCareUplift.minimums(Money.parse("1000000.49"), false);
        // 1,000,000.49 x 1.0179 = 1,017,900.498771 -> 1,017,900
        assertEquals(Money.pounds(1_017_900), normal.year2017to18());
        assertEquals(Money.ZERO, SocialCareUplift.minimums(Money.ZERO, false).year2018to19());
    }

    @Test
    void aNegativeOrMissingBaselineIsRefused() {
        CalculationException negative = assertThrows(CalculationException.class,
                () -> SocialCareUplift.minimums(Money.pounds(-1), false));
        assertEquals("baseline2016to17: expected £0 or more, found -£1", negative.getMessage());
        assertTrue(assertThrows(CalculationException.class, () -> SocialCareUplift.minimums(null, true))
                .getMessage().startsWith("baseline2016to17:"));
        assertTrue(assertThrows(CalculationException.class, () -> new Minimums(null, Money.ZERO))
                .getMessage().startsWith("year2017to18:"));
    }
}
