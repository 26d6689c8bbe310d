package dev.bcfkit.rules.editions;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.SocialCareUplift;
import java.util.List;

/**
 * The two financial years of the 2017-19 Policy Framework: "This Policy Framework for the Better
 * Care Fund (BCF) covers two financial years (2017-19)" ({@code [002:397]}).
 */
public final class PooledBudgetYears {
    /** 2017/18. */
    public static final FinancialYear FIRST = FinancialYear.of(2017);
    /** 2018/19. */
    public static final FinancialYear SECOND = FinancialYear.of(2018);
    /** 2017/18 and 2018/19, in order. */
    public static final List<FinancialYear> BOTH = List.of(FIRST, SECOND);

    private PooledBudgetYears() {
    }

    /**
     * The minimum NHS contribution to adult social care for one of the framework's years.
     *
     * @param minimums the minimums of both years, from the 2016/17 baseline ({@link SocialCareUplift})
     * @param year 2017/18 or 2018/19
     * @return that year's minimum
     * @throws IllegalArgumentException for a year outside 2017-19
     */
    public static Money minimumFor(SocialCareUplift.Minimums minimums, FinancialYear year) {
        if (year.equals(FIRST)) {
            return minimums.year2017to18();
        }
        if (year.equals(SECOND)) {
            return minimums.year2018to19();
        }
        throw new IllegalArgumentException("year: the 2017-19 Policy Framework covers " + BOTH + ", found " + year);
    }
}
