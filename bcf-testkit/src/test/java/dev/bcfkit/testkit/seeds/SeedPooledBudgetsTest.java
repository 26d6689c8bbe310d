package dev.bcfkit.testkit.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.funding.PooledBudget;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The 2017-19 pooled-budget fixtures hold what seeds 002 and 000 state, and nothing else.
 */
class SeedPooledBudgetsTest {
    private static final FinancialYear Y2017_18 = FinancialYear.of(2017);
    private static final FinancialYear Y2018_19 = FinancialYear.of(2018);
    private static final FinancialYear Y2019_20 = FinancialYear.of(2019);

    @Test
    void southendIsAUnitaryCouncilWhoseImprovedBcfPooledAmountsAreNotStated() {
        CitedSeed seed = CitedSeed.read(CitedSeed.SOUTHEND);
        PooledBudget southend = SeedPooledBudgets.southend2017to19();
        assertEquals("Southend-on-Sea", southend.healthAndWellbeingBoard().name());
        assertEquals(seed.cell(858, 1), southend.healthAndWellbeingBoard().name());
        assertEquals(new LocalAuthority("Southend-on-Sea Borough Council", LocalAuthority.Tier.SINGLE_TIER),
                southend.localAuthority());
        assertEquals(seed.line(3), southend.localAuthority().name());

        ImprovedBcf ibcf = southend.improvedBcf();
        assertEquals(Map.of(Y2017_18, Money.pounds(3_990_000L), Y2018_19, Money.pounds(5_429_000L),
                Y2019_20, Money.pounds(6_744_000L)), ibcf.allocations());
        // [002:128] "2017/18 £3.99M; 2018/19 £5.429M (indicative); and 2019/20 £6.744M (indicative)"
        Matcher year = Pattern.compile("(\\d{4}/\\d{2}) (£\\d+\\.\\d+M)").matcher(seed.line(128));
        Map<FinancialYear, Money> stated = new TreeMap<>();
        while (year.find()) {
            stated.put(FinancialYear.parse(year.group(1)), CitedSeed.millions(year.group(2)));
        }
        assertEquals(stated, ibcf.allocations());
        // the paper says the s.75 agreement will take in the iBCF, but prints no amount pooled: blank
        assertEquals(Map.of(), ibcf.pooled(), "no pooled amount is stated, none is invented");
        assertEquals(1, seed.count("£3.99M"), "£3.99M appears once, as the allocation");
        assertEquals(1, seed.count("£5.429M"), "£5.429M appears once, as the allocation");
        assertEquals(1, seed.count("£6.744M"), "£6.744M appears once, as the allocation");
        assertTrue(seed.line(107).contains("The existing section 75 agreement will be amended to accommodate "
                + "2017/19 BCF plan and the iBCF element"));
        assertEquals(YesNo.YES, southend.pooledViaSection75());
        assertNull(ibcf.statedTotal(), "no total is stated");
        assertNull(ibcf.spendForecast());
        assertFalse(ibcf.ministerialExemption());
        assertTrue(southend.contributions().isEmpty());
        assertTrue(southend.disabledFacilitiesGrants().isEmpty());
        assertNull(southend.socialCare());
        assertNull(southend.expectedPoolingDate());
    }

    @Test
    void nottinghamshireIsATwoTierCountyWithTheReportsImprovedBcf() {
        CitedSeed seed = CitedSeed.read(CitedSeed.NOTTINGHAMSHIRE_RETURN);
        PooledBudget notts = SeedPooledBudgets.nottinghamshire2017to19();
        assertEquals(seed.cell(186, 1), notts.healthAndWellbeingBoard().name());
        assertEquals(new LocalAuthority("Nottinghamshire County Council", LocalAuthority.Tier.UPPER_TIER),
                notts.localAuthority());
        assertEquals(YesNo.YES, notts.pooledViaSection75());
        assertEquals(seed.cell(203, 1), notts.pooledViaSection75().label());

        ImprovedBcf ibcf = notts.improvedBcf();
        assertEquals(NottinghamshireReturn.improvedBcf(), ibcf);
        assertEquals(Map.of(Y2017_18, Money.pounds(16_060_000L), Y2018_19, Money.pounds(21_560_000L),
                Y2019_20, Money.pounds(26_510_000L)), ibcf.allocations());
        assertEquals(Money.pounds(64_130_000L), ibcf.statedTotal());
        assertEquals(ibcf.statedTotal(), Money.sum(ibcf.allocations().values()), "16.06 + 21.56 + 26.51 = 64.13");
        assertTrue(ibcf.pooled().isEmpty(), "not stated");

        ImprovedBcf.SpendForecast forecast = ibcf.spendForecast();
        assertEquals(new ImprovedBcf.SpendForecast(Y2017_18, Money.pounds(16_059_934L), Money.pounds(15_499_646L),
                Money.pounds(560_287L)), forecast);
        assertNotEquals(ibcf.allocations().get(Y2017_18), forecast.allocation(),
                "£16.06m is the exact £16,059,934 rounded to £10,000");
        assertTrue(notts.contributions().isEmpty());
        assertTrue(notts.disabledFacilitiesGrants().isEmpty());
        assertNull(notts.socialCare());
    }
}
