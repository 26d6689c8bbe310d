package dev.bcfkit.rules.editions;

import dev.bcfkit.core.FinancialYear;
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
}
