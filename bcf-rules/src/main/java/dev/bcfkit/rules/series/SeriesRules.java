package dev.bcfkit.rules.series;

import dev.bcfkit.core.returns.ReturnSeries;
import dev.bcfkit.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The business rules of a {@link ReturnSeries}, the returns of one board and one year judged
 * together: the cells a return pre-populates from an earlier one equal what that return said
 * ({@code [002:1453]}, {@code [002:1659]}, {@code [002:2046]}, {@code [002:2373]}), and what
 * should move on from quarter to quarter does (condition answers and High Impact Change maturity
 * that fall, personal health budget totals that do not carry over; derived). Rule ids:
 * SERIES-S75-CARRIED, SERIES-POOLED-FUND-CARRIED, SERIES-FUND-CARRIED, SERIES-FUND-CARRIED-Q4,
 * SERIES-CONDITION-ANSWERS-CARRIED, SERIES-HICM-EARLIER-COLUMNS, SERIES-CONDITION-REGRESSED,
 * SERIES-HICM-REGRESSED, SERIES-PHB-CARRIED.
 */
public final class SeriesRules {
    private static final List<Rule<ReturnSeries>> ALL = collect();

    private SeriesRules() {
    }

    /**
     * The series rules, in template order: the pre-populated cells, then progress between quarters.
     *
     * @return the rules, an unmodifiable list
     */
    public static List<Rule<ReturnSeries>> all() {
        return ALL;
    }

    private static List<Rule<ReturnSeries>> collect() {
        List<Rule<ReturnSeries>> rules = new ArrayList<>();
        rules.addAll(CarriedCellRules.all());
        rules.addAll(QuarterProgressRules.all());
        return List.copyOf(rules);
    }
}
