package dev.bcfkit.testkit;

import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.outcomes.LocalOutcome;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Defects of a local outcome table ({@code [001:29-41]}), each in one row chosen at random.
 */
final class OutcomeDefects {
    private OutcomeDefects() {
    }

    /** @return a row's interim target, actual or reduction target blanked */
    static Defect<LocalOutcomeTable> figureBlanked() {
        return Defect.random("OUTCOME-FIGURES-STATED", "blanks a figure of one outcome", t -> !t.outcomes().isEmpty(),
                t -> Arbitraries.of(0, 1, 2).flatMap(which -> inRow(t, o -> new LocalOutcome(o.outcomeArea(),
                        which == 0 ? null : o.reductionTargetPercent(), which == 1 ? null : o.interimTarget(),
                        which == 2 ? null : o.actual(), o.unit(), o.direction(), o.trend()))));
    }

    /** @return a "Reduction in" row said to be better when higher */
    static Defect<LocalOutcomeTable> directionReversed() {
        return Defect.random("OUTCOME-DIRECTION-STATED", "makes a reduction high-is-good",
                t -> t.outcomes().stream().anyMatch(o -> o.outcomeArea() != null
                        && o.outcomeArea().startsWith("Reduction")),
                t -> inRow(t, o -> o.outcomeArea() != null && o.outcomeArea().startsWith("Reduction"),
                        o -> new LocalOutcome(o.outcomeArea(), o.reductionTargetPercent(), o.interimTarget(),
                                o.actual(), o.unit(), Direction.HIGHER_IS_BETTER, o.trend())));
    }

    /** @return a reduction target of more than 100% */
    static Defect<LocalOutcomeTable> reductionOverAHundred() {
        return Defect.random("OUTCOME-FIGURES-IN-RANGE", "sets a reduction target above 100%",
                t -> !t.outcomes().isEmpty(),
                t -> Arbitraries.integers().between(101, 1000).flatMap(p -> inRow(t, o -> new LocalOutcome(
                        o.outcomeArea(), BigDecimal.valueOf(p), o.interimTarget(), o.actual(), o.unit(),
                        o.direction(), o.trend()))));
    }

    /** @return a trend that says the opposite of the figures */
    static Defect<LocalOutcomeTable> trendReversed() {
        return Defect.random("OUTCOME-TREND-CONTRADICTS-FIGURES", "makes a trend say the opposite of the figures",
                t -> t.outcomes().stream().anyMatch(OutcomeDefects::rated),
                t -> inRow(t, OutcomeDefects::rated, o -> new LocalOutcome(o.outcomeArea(),
                        o.reductionTargetPercent(), o.interimTarget(), o.actual(), o.unit(), o.direction(),
                        LocalOutcomeTables.trend(o.unit(), o.actual().compareTo(o.interimTarget()) <= 0 ? 1 : -1))));
    }

    /** @return an actual at least a tenth above its interim target, low being good */
    static Defect<LocalOutcomeTable> targetMissed() {
        return Defect.random("OUTCOME-INTERIM-TARGET-MISSED", "puts an actual well above its interim target",
                t -> t.outcomes().stream().anyMatch(OutcomeDefects::rated),
                t -> inRow(t, OutcomeDefects::rated, o -> {
                    BigDecimal actual = o.interimTarget().multiply(new BigDecimal("1.1")).add(BigDecimal.ONE);
                    return new LocalOutcome(o.outcomeArea(), o.reductionTargetPercent(), o.interimTarget(), actual,
                            o.unit(), Direction.LOWER_IS_BETTER, LocalOutcomeTables.trend(o.unit(), 1));
                }));
    }

    /** @return a trend copied from a row that counts something else */
    static Defect<LocalOutcomeTable> trendOfAnotherMeasure() {
        return Defect.random("OUTCOME-TREND-NAMES-OTHER-MEASURE", "gives a row the trend words of another measure",
                t -> t.outcomes().stream().map(LocalOutcome::unit).filter(u -> u != null).distinct().count() > 1,
                t -> {
                    String other = t.outcomes().stream().map(LocalOutcome::unit).filter(u -> u != null).findFirst()
                            .orElseThrow();
                    return inRow(t, o -> o.unit() != null && !o.unit().equals(other), o -> new LocalOutcome(
                            o.outcomeArea(), o.reductionTargetPercent(), o.interimTarget(), o.actual(), o.unit(),
                            o.direction(), LocalOutcomeTables.trend(other, o.actual() == null
                                    || o.interimTarget() == null ? 0 : o.actual().compareTo(o.interimTarget()))));
                });
    }

    private static boolean rated(LocalOutcome o) {
        return o.interimTarget() != null && o.actual() != null && o.interimTarget().signum() > 0 && o.unit() != null;
    }

    private static Arbitrary<LocalOutcomeTable> inRow(LocalOutcomeTable t, UnaryOperator<LocalOutcome> change) {
        return inRow(t, o -> true, change);
    }

    private static Arbitrary<LocalOutcomeTable> inRow(LocalOutcomeTable t, Predicate<LocalOutcome> which,
            Function<LocalOutcome, LocalOutcome> change) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < t.outcomes().size(); i++) {
            if (which.test(t.outcomes().get(i))) {
                rows.add(i);
            }
        }
        return Arbitraries.of(rows).map(i -> {
            List<LocalOutcome> changed = new ArrayList<>(t.outcomes());
            changed.set(i, change.apply(changed.get(i)));
            return new LocalOutcomeTable(t.partnership(), t.workstream(), t.reportDate(), t.targetYear(),
                    t.interimPeriod(), t.trendSince(), changed);
        });
    }
}
