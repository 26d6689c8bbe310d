package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.SocialCareUplift.Minimums;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class SocialCareUpliftProperties {

    @Property
    void upliftedMinimumsNeverFallBelowTheBaselineOrEachOther(
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long pence, @ForAll boolean frontloaded) {
        Money baseline = Money.of(BigDecimal.valueOf(pence, 2));
        Minimums m = SocialCareUplift.minimums(baseline, frontloaded);
        // a baseline in pence is compared in whole pounds, since every minimum is whole pounds
        Money floor = baseline.round(0, RoundingMode.HALF_UP);
        assertTrue(m.year2017to18().compareTo(floor) >= 0, baseline + " -> " + m);
        assertTrue(m.year2018to19().compareTo(m.year2017to18()) >= 0, baseline + " -> " + m);
        assertEquals(0, m.year2017to18().amount().scale());
        assertEquals(0, m.year2018to19().amount().scale());
    }

    @Property
    void fromAWholePoundBaselineTheMinimumsAreAtLeastTheBaseline(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long pounds, @ForAll boolean frontloaded) {
        Money baseline = Money.pounds(pounds);
        Minimums m = SocialCareUplift.minimums(baseline, frontloaded);
        assertTrue(m.year2017to18().compareTo(baseline) >= 0);
        assertTrue(m.year2018to19().compareTo(m.year2017to18()) >= 0);
    }

    @Property
    void frontloadingGivesInTheFirstYearWhatTheNormalPathGivesInTheSecond(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long pounds) {
        Money baseline = Money.pounds(pounds);
        Minimums normal = SocialCareUplift.minimums(baseline, false);
        Minimums frontloaded = SocialCareUplift.minimums(baseline, true);
        assertEquals(normal.year2018to19(), frontloaded.year2017to18());
        assertEquals(frontloaded.year2017to18(), frontloaded.year2018to19());
        assertTrue(frontloaded.year2017to18().compareTo(normal.year2017to18()) >= 0);
    }

    @Property
    void theMinimumsAreWithinHalfAPoundOfEachExactStep(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long pounds) {
        Minimums m = SocialCareUplift.minimums(Money.pounds(pounds), false);
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal exact17 = BigDecimal.valueOf(pounds).multiply(SocialCareUplift.UPLIFT_2017_18);
        BigDecimal exact18 = m.year2017to18().amount().multiply(SocialCareUplift.UPLIFT_2018_19);
        assertTrue(m.year2017to18().amount().subtract(exact17).abs().compareTo(half) <= 0);
        assertTrue(m.year2018to19().amount().subtract(exact18).abs().compareTo(half) <= 0);
    }
}
