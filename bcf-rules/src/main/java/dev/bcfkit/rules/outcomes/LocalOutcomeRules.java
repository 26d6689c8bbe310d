package dev.bcfkit.rules.outcomes;

import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a local outcome table (edition {@link dev.bcfkit.core.Edition#LOCAL_OUTCOMES_2016}),
 * as the Mid-Nottinghamshire Better Together Alliance reports its four priority targets
 * ({@code [001:29-41]}). The table is a board report, not a national template, and says no "must":
 * every rule is derived, a WARNING where the table cannot be read as printed (a blank figure, a
 * direction that contradicts the outcome, a trend that contradicts the figures) and INFO where it
 * reports how the outcome stands (an interim target missed). Every rule checks requirement R86.
 *
 * <p>Every rule is pure and thread-safe and never throws on a blank value. Rule ids:
 * OUTCOME-FIGURES-STATED, OUTCOME-DIRECTION-STATED, OUTCOME-FIGURES-IN-RANGE,
 * OUTCOME-INTERIM-TARGET-MISSED, OUTCOME-TREND-CONTRADICTS-FIGURES, OUTCOME-TREND-NAMES-OTHER-MEASURE.
 */
public final class LocalOutcomeRules {
    private static final List<Rule<LocalOutcomeTable>> ALL = collect();

    private LocalOutcomeRules() {
    }

    /**
     * The local-outcome rules: the rows as printed, then the outcomes against their targets.
     *
     * @return the rules, an unmodifiable list
     */
    public static List<Rule<LocalOutcomeTable>> all() {
        return ALL;
    }

    private static List<Rule<LocalOutcomeTable>> collect() {
        List<Rule<LocalOutcomeTable>> rules = new ArrayList<>();
        rules.addAll(OutcomeRowRules.all());
        rules.addAll(OutcomeProgressRules.all());
        return List.copyOf(rules);
    }
}
