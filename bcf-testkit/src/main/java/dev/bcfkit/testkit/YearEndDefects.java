package dev.bcfkit.testkit;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.YearEndFeedback;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;

/**
 * Defects in the 2016/17 Q4 year-end feedback ({@code [002:2467-2514]}).
 */
final class YearEndDefects {
    private YearEndDefects() {
    }

    private static boolean hasFeedback(QuarterlyReturn r) {
        return r.edition() == Edition.QUARTERLY_2016_17 && r.period().quarter() == Quarter.Q4
                && r.yearEndFeedback() != null;
    }

    private static QuarterlyReturn with(QuarterlyReturn r, YearEndFeedback y) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), y, r.additionalMeasures(), r.highImpactChangeModel(),
                r.narrative(), r.additionalIbcf());
    }

    /** @return one of the seven statements without a response */
    static Defect<QuarterlyReturn> statementUnanswered() {
        return Defect.random("YEF-STATEMENTS-ANSWERED", "a year-end statement without a response",
                r -> hasFeedback(r) && !r.yearEndFeedback().statements().isEmpty(),
                r -> Arbitraries.integers().between(0, r.yearEndFeedback().statements().size() - 1).map(i -> {
                    YearEndFeedback y = r.yearEndFeedback();
                    return with(r, new YearEndFeedback(ReturnEdits.replace(y.statements(), i,
                            s -> new YearEndFeedback.StatementResponse(s.statement(), null, s.comment())),
                            y.successes(), y.challenges()));
                }));
    }

    /** @return four successes where the template takes up to three */
    static Defect<QuarterlyReturn> fourSuccesses() {
        return Defect.of("YEF-AT-MOST-THREE", "four greatest successes (up to three are asked for)",
                r -> hasFeedback(r) && !r.yearEndFeedback().successes().isEmpty(), r -> {
                    YearEndFeedback y = r.yearEndFeedback();
                    List<YearEndFeedback.CategorisedResponse> four = new ArrayList<>(y.successes());
                    while (four.size() < 4) {
                        four.add(y.successes().get(0));
                    }
                    return with(r, new YearEndFeedback(y.statements(), four, y.challenges()));
                });
    }

    /** @return a success without a category */
    static Defect<QuarterlyReturn> uncategorised() {
        return Defect.random("YEF-CATEGORISED", "a greatest success given without a category",
                r -> hasFeedback(r) && !r.yearEndFeedback().successes().isEmpty(),
                r -> Arbitraries.integers().between(0, r.yearEndFeedback().successes().size() - 1).map(i -> {
                    YearEndFeedback y = r.yearEndFeedback();
                    return with(r, new YearEndFeedback(y.statements(), ReturnEdits.replace(y.successes(), i,
                            c -> new YearEndFeedback.CategorisedResponse(c.response(), null)), y.challenges()));
                }));
    }
}
