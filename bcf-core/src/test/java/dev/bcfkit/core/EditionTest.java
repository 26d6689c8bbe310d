package dev.bcfkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Editions are chosen by financial year; an unknown year is a clear error. */
class EditionTest {

    @Test
    void eachKnownYearHasItsReturnTemplate() {
        assertEquals(Edition.QUARTERLY_2016_17, Edition.ofReturn(FinancialYear.parse("2016/17")));
        assertEquals(Edition.QUARTERLY_2017_18, Edition.ofReturn(FinancialYear.parse("2017/18")));
        assertEquals(Edition.QUARTERLY_2018_19, Edition.ofReturn(FinancialYear.parse("2018/19")));
    }

    @Test
    void anUnknownYearIsAClearError() {
        UnknownEditionException e = assertThrows(UnknownEditionException.class,
                () -> Edition.ofReturn(FinancialYear.parse("2019/20")));
        assertEquals("no quarterly return template is known for 2019/20; known: 2016/17, 2017/18, 2018/19",
                e.getMessage());
    }

    @Test
    void readsEditionsByName() {
        assertEquals(Edition.PLAN_2014, Edition.parse("PLAN_2014"));
        UnknownEditionException e = assertThrows(UnknownEditionException.class, () -> Edition.parse("PLAN_2099"));
        assertTrue(e.getMessage().startsWith("edition: unknown edition \"PLAN_2099\""), e.getMessage());
    }

    @Test
    void onlyThe2017To19ReturnsFollowThePolicyFramework() {
        assertTrue(Edition.QUARTERLY_2017_18.isPolicy2017To19());
        assertTrue(Edition.QUARTERLY_2018_19.isPolicy2017To19());
        assertTrue(!Edition.QUARTERLY_2016_17.isPolicy2017To19());
        assertEquals(DocumentKind.PLAN, Edition.PLAN_2014.kind());
        assertEquals(DocumentKind.POOLED_BUDGET, Edition.POOLED_BUDGET_2017_19.kind());
    }
}
