package dev.bcfkit.rules.editions;

import dev.bcfkit.core.FinancialYear;
import java.util.List;

/**
 * The two financial years of the 2014 planning template: "Minimum required value of ITF pooled
 * budget: 2014/15 ... 2015/16" ({@code [003:20-23]}) and the protecting-social-care table's
 * columns "2014/15 2015/16" ({@code [003:616]}).
 */
public final class PlanYears {
    /** 2014/15 and 2015/16, in order. */
    public static final List<FinancialYear> BOTH = List.of(FinancialYear.of(2014), FinancialYear.of(2015));

    private PlanYears() {
    }
}
