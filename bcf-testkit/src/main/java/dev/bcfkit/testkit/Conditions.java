package dev.bcfkit.testkit;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.NationalCondition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * National condition rows as the templates accept them: every row of the edition in template
 * order ({@link NationalCondition#forEdition}); "Yes", "No" or, in 2016/17 Q1-Q3 only, "No - In
 * Progress" ({@code [002:895]}, {@code [002:2242]}, {@code [000:195]}); a "No" with an explanation
 * and, in 2016/17 Q1-Q3, an estimated date after the quarter; from 2016/17 Q2 the earlier
 * quarters' answers ({@code [002:1465-1470]}).
 */
final class Conditions {
    private Conditions() {
    }

    /**
     * @param period a reporting period
     * @return the answers the template's drop-down offers in that period
     */
    static List<ConditionAnswer> allowed(ReportingPeriod period) {
        return inProgressAllowed(period) ? List.of(ConditionAnswer.values())
                : List.of(ConditionAnswer.YES, ConditionAnswer.NO);
    }

    /**
     * @param period a reporting period
     * @return whether "No - In Progress" is offered: 2016/17 Q1-Q3 only
     */
    static boolean inProgressAllowed(ReportingPeriod period) {
        return Edition.ofReturn(period.year()) == Edition.QUARTERLY_2016_17 && period.quarter() != Quarter.Q4;
    }

    /**
     * @param period a reporting period
     * @return whether a "No" or "No - In Progress" needs an estimated date: 2016/17 Q1-Q3 ({@code [002:895]})
     */
    static boolean dateRequired(ReportingPeriod period) {
        return inProgressAllowed(period);
    }

    /**
     * @param period a reporting period
     * @return the allowed answers, "Yes" most often and first, so that answers shrink to "Yes"
     */
    static Arbitrary<ConditionAnswer> answers(ReportingPeriod period) {
        List<Tuple.Tuple2<Integer, ConditionAnswer>> weighted = new ArrayList<>();
        for (ConditionAnswer a : allowed(period)) {
            weighted.add(Tuple.of(a == ConditionAnswer.YES ? 6 : 2, a));
        }
        return Arbitraries.frequency(weighted);
    }

    /**
     * @param condition the row
     * @param period the reporting period
     * @return a valid row
     */
    static Arbitrary<ConditionResponse> row(NationalCondition condition, ReportingPeriod period) {
        return Combinators.combine(answers(period), Texts.upTo(1_000), Arbitraries.integers().between(1, 365),
                previous(period)).as((answer, explanation, days, previous) -> {
                    boolean met = answer == ConditionAnswer.YES;
                    LocalDate date = !met && dateRequired(period) ? period.lastDay().plusDays(days) : null;
                    return new ConditionResponse(condition, answer, date, met ? null : explanation,
                            new TreeMap<>(previous));
                });
    }

    /**
     * @param period a reporting period
     * @return the earlier quarters' answers shown from 2016/17 Q2 ({@code [002:1465-1470]}); empty otherwise
     */
    static Arbitrary<Map<Quarter, ConditionAnswer>> previous(ReportingPeriod period) {
        if (Edition.ofReturn(period.year()) != Edition.QUARTERLY_2016_17 || period.quarter() == Quarter.Q1) {
            return Arbitraries.just(Map.of());
        }
        List<Arbitrary<ConditionAnswer>> earlier = new ArrayList<>();
        for (int q = 1; q < period.quarter().number(); q++) {
            earlier.add(answers(ReportingPeriod.of(period.year(), Quarter.of(q))));
        }
        return Combinators.combine(earlier).as(list -> {
            Map<Quarter, ConditionAnswer> m = new TreeMap<>();
            for (int i = 0; i < list.size(); i++) {
                m.put(Quarter.of(i + 1), list.get(i));
            }
            return m;
        });
    }

    /**
     * @param period a reporting period
     * @return every condition row of the period's edition, in template order
     */
    static Arbitrary<List<ConditionResponse>> rows(ReportingPeriod period) {
        List<Arbitrary<ConditionResponse>> rows = new ArrayList<>();
        for (NationalCondition c : NationalCondition.forEdition(Edition.ofReturn(period.year()))) {
            rows.add(row(c, period));
        }
        return Combinators.combine(rows).as(List::copyOf);
    }
}
