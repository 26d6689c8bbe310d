package dev.bcfkit.rules.outcomes;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.outcomes.LocalOutcome;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.engine.Pointer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Rules on each row of a local outcome table as printed ({@code [001:37-41]}): its figures are
 * stated, its direction is stated and agrees with the outcome, its figures are possible.
 */
final class OutcomeRowRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * OUTCOME-FIGURES-STATED: each row names its outcome and states its reduction target for the
     * target year, its interim target and its actual, and the table has at least one row. A blank
     * is an incomplete table, so a
     * WARNING; derived, as the report prints the table without saying what a row must hold.
     */
    static final Rule<LocalOutcomeTable> FIGURES_STATED = Rule.on(LocalOutcomeTable.class, "OUTCOME-FIGURES-STATED")
            .title("Each local outcome states its reduction target, its interim target and its actual")
            .severity(Severity.WARNING)
            .editions(Edition.LOCAL_OUTCOMES_2016)
            .source("[001:37] the table's columns: \"Outcome area\", \"Performance target to be met by BT Programme by"
                    + " 2018/19\", \"Target for October 2016\", \"Actual performance October 2016\". Derived: the"
                    + " report does not say a row must hold every figure, but a row without one cannot be rated,"
                    + " so a blank is an incomplete table")
            .derived()
            .requirements("R86")
            .check((table, ctx, emit) -> {
                List<LocalOutcome> rows = table.outcomes();
                if (rows.isEmpty()) {
                    emit.report(Pointer.of("outcomes"), "The table has no outcomes");
                }
                for (int i = 0; i < rows.size(); i++) {
                    LocalOutcome o = rows.get(i);
                    String name = OutcomeNames.of(o, i);
                    if (Text.isBlank(o.outcomeArea())) {
                        emit.report(Pointer.of("outcomes", i, "outcomeArea"), "Outcome " + (i + 1)
                                + " has no outcome area");
                    }
                    if (o.reductionTargetPercent() == null) {
                        emit.report(Pointer.of("outcomes", i, "reductionTargetPercent"), "The outcome " + name
                                + " has no reduction target" + OutcomeNames.by(table));
                    }
                    if (o.interimTarget() == null) {
                        emit.report(Pointer.of("outcomes", i, "interimTarget"), "The outcome " + name
                                + " has no interim target" + OutcomeNames.in(table));
                    }
                    if (o.actual() == null) {
                        emit.report(Pointer.of("outcomes", i, "actual"), "The outcome " + name
                                + " has no actual" + OutcomeNames.in(table));
                    }
                }
            });

    /**
     * OUTCOME-DIRECTION-STATED: each row says which way is better, and an outcome named as a
     * "Reduction in" something is one where low is good. A WARNING, derived: without a direction
     * the actual cannot be rated against the target, and the report states the direction for its
     * whole table ("Low is good for all the indicators", {@code [001:29]}).
     */
    static final Rule<LocalOutcomeTable> DIRECTION_STATED = Rule.on(LocalOutcomeTable.class,
            "OUTCOME-DIRECTION-STATED")
            .title("Each local outcome says which way is better, and a \"Reduction in\" outcome is low-is-good")
            .severity(Severity.WARNING)
            .editions(Edition.LOCAL_OUTCOMES_2016)
            .source("[001:29] \"Low is good for all the indicators\"; [001:38-41] every outcome is a \"Reduction in\""
                    + " something. Derived: a rating needs the direction, and a reduction that is better when"
                    + " higher contradicts its own name")
            .derived()
            .requirements("R86")
            .check((table, ctx, emit) -> {
                List<LocalOutcome> rows = table.outcomes();
                for (int i = 0; i < rows.size(); i++) {
                    LocalOutcome o = rows.get(i);
                    if (o.direction() == null) {
                        emit.report(Pointer.of("outcomes", i, "direction"), "The outcome " + OutcomeNames.of(o, i)
                                + " does not say which way is better (low is good or high is good), so its actual"
                                + " cannot be rated against its target");
                    } else if (o.direction() == Direction.HIGHER_IS_BETTER && isReduction(o.outcomeArea())) {
                        emit.report(Pointer.of("outcomes", i, "direction"), "The outcome " + OutcomeNames.of(o, i)
                                + " is a reduction, but its direction is " + o.direction()
                                + " (high is good); a reduction is better when the figure is lower");
                    }
                }
            });

    /**
     * OUTCOME-FIGURES-IN-RANGE: a reduction target is more than 0% and at most 100%, and the
     * interim target and the actual, counts of admissions, attendances or bed days, are not
     * negative. A WARNING, derived: the report prints reductions from 15.1% to 30.5% and counts
     * ({@code [001:38-41]}); a reduction of more than all of something, or a negative count, has
     * no meaning.
     */
    static final Rule<LocalOutcomeTable> FIGURES_IN_RANGE = Rule.on(LocalOutcomeTable.class,
            "OUTCOME-FIGURES-IN-RANGE")
            .title("A local outcome's reduction target is above 0% and at most 100%, and its counts are not negative")
            .severity(Severity.WARNING)
            .editions(Edition.LOCAL_OUTCOMES_2016)
            .source("[001:38-41] reduction targets of 25%, 15.1 %, 19.5% and 30.5%, interim targets and actuals"
                    + " counted in admissions, attendances and bed days. Derived: a reduction is more than nothing"
                    + " and at most everything, and a count is not negative")
            .derived()
            .requirements("R86")
            .check((table, ctx, emit) -> {
                List<LocalOutcome> rows = table.outcomes();
                for (int i = 0; i < rows.size(); i++) {
                    LocalOutcome o = rows.get(i);
                    BigDecimal reduction = o.reductionTargetPercent();
                    if (reduction != null && (reduction.signum() <= 0 || reduction.compareTo(HUNDRED) > 0)) {
                        emit.report(Pointer.of("outcomes", i, "reductionTargetPercent"), "The reduction target "
                                + reduction.toPlainString() + "% of the outcome " + OutcomeNames.of(o, i)
                                + " is not a reduction: expected more than 0% and at most 100%");
                    }
                    negative(o.interimTarget(), "interim target", "interimTarget", o, i, emit);
                    negative(o.actual(), "actual", "actual", o, i, emit);
                }
            });

    private OutcomeRowRules() {
    }

    /** @return the rules of this family in the order they run */
    static List<Rule<LocalOutcomeTable>> all() {
        return List.of(FIGURES_STATED, DIRECTION_STATED, FIGURES_IN_RANGE);
    }

    private static void negative(BigDecimal value, String what, String component, LocalOutcome o, int i,
            Emitter emit) {
        if (value != null && value.signum() < 0) {
            emit.report(Pointer.of("outcomes", i, component), "The " + what + " of the outcome "
                    + OutcomeNames.of(o, i) + " is negative: " + OutcomeNames.figure(value, o));
        }
    }

    /** Whether an outcome is named as a reduction ("Reduction in admissions ..."). */
    static boolean isReduction(String outcomeArea) {
        return outcomeArea != null && outcomeArea.strip().toLowerCase(Locale.ROOT).startsWith("reduction");
    }
}
