package dev.bcfkit.rules.outcomes;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.outcomes.LocalOutcome;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.calc.CalculationException;
import dev.bcfkit.rules.calc.RagRating;
import dev.bcfkit.rules.engine.Pointer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Rules on each local outcome against its interim target ({@code [001:29-41]}): whether the
 * target is met, rated with {@link RagRating} in the outcome's direction; whether the printed trend
 * agrees with the figures; and whether the trend speaks of what its own outcome counts.
 */
final class OutcomeProgressRules {

    /**
     * OUTCOME-INTERIM-TARGET-MISSED: an outcome whose actual misses its interim target, rated
     * AMBER or RED by {@link RagRating#rate} in the outcome's direction with the default amber
     * tolerance ({@link RuleContext#DEFAULT_AMBER_TOLERANCE_PERCENT}). INFO: a missed target is how
     * the programme stands, not a fault of the table, and the report says so itself: "the three
     * targets within this workstream that are not being met" ({@code [001:29]}). Not judged
     * without a target, an actual or a direction (OUTCOME-FIGURES-STATED and
     * OUTCOME-DIRECTION-STATED report those).
     */
    static final Rule<LocalOutcomeTable> INTERIM_TARGET_MISSED = Rule.on(LocalOutcomeTable.class,
            "OUTCOME-INTERIM-TARGET-MISSED")
            .title("A local outcome meets its interim target")
            .severity(Severity.INFO)
            .editions(Edition.LOCAL_OUTCOMES_2016)
            .source("[001:29] \"Low is good for all the indicators. In relation to the three targets within this"
                    + " workstream that are not being met, urgent action to recover performance has been agreed\";"
                    + " [001:38-41]. Derived: the rating is computed from the interim target and the actual, AMBER"
                    + " within 2.5% of the target as for the national metrics")
            .derived()
            .requirements("R86")
            .check((table, ctx, emit) -> {
                List<LocalOutcome> rows = table.outcomes();
                for (int i = 0; i < rows.size(); i++) {
                    LocalOutcome o = rows.get(i);
                    Optional<Rag> rag = rating(o);
                    if (rag.isEmpty() || rag.get() == Rag.GREEN) {
                        continue;
                    }
                    emit.report(Pointer.of("outcomes", i, "actual"), "The outcome " + OutcomeNames.of(o, i)
                            + " misses its interim target" + OutcomeNames.in(table) + ": actual "
                            + OutcomeNames.figure(o.actual(), o) + " against a target of "
                            + OutcomeNames.figure(o.interimTarget(), o) + " (" + direction(o.direction()) + ")"
                            + shortfall(o) + ", rated " + rag.get());
                }
            });

    /**
     * OUTCOME-TREND-CONTRADICTS-FIGURES: a printed trend that says the figures are below the
     * target ("Admissions are consistently lower than target", {@code [001:38]}) has an actual
     * below the interim target, and one that says above ("Attendances are consistently above
     * target", {@code [001:39]}) has an actual above it. A WARNING, derived: the report does not
     * say the sentence must agree with the figures beside it, but a committee reads both. A trend
     * that says neither ({@link TrendClaim#NONE}) is not judged.
     */
    static final Rule<LocalOutcomeTable> TREND_CONTRADICTS_FIGURES = Rule.on(LocalOutcomeTable.class,
            "OUTCOME-TREND-CONTRADICTS-FIGURES")
            .title("A local outcome's printed trend agrees with its actual against its interim target")
            .severity(Severity.WARNING)
            .editions(Edition.LOCAL_OUTCOMES_2016)
            .source("[001:37-41] \"Trend since April 2016\": 25 admissions against 28 \"consistently lower than"
                    + " target\", 9,000 attendances against 8,000 \"consistently above target\". Derived: a"
                    + " sentence that says below the target beside an actual above it contradicts itself")
            .derived()
            .requirements("R86")
            .check((table, ctx, emit) -> {
                List<LocalOutcome> rows = table.outcomes();
                for (int i = 0; i < rows.size(); i++) {
                    LocalOutcome o = rows.get(i);
                    TrendClaim claim = TrendClaim.of(o.trend());
                    if (claim == TrendClaim.NONE || o.actual() == null || o.interimTarget() == null) {
                        continue;
                    }
                    int c = o.actual().compareTo(o.interimTarget());
                    boolean agrees = claim == TrendClaim.BELOW_TARGET ? c < 0 : c > 0;
                    if (!agrees) {
                        emit.report(Pointer.of("outcomes", i, "trend"), "The trend \"" + Text.abbreviate(o.trend())
                                + "\" of the outcome " + OutcomeNames.of(o, i) + " says the figures are "
                                + claim.words() + ", but the actual " + OutcomeNames.figure(o.actual(), o)
                                + (c == 0 ? " equals" : c < 0 ? " is below" : " is above") + " the interim target "
                                + OutcomeNames.figure(o.interimTarget(), o));
                    }
                }
            });

    /**
     * OUTCOME-TREND-NAMES-OTHER-MEASURE: a printed trend speaks of what its own outcome counts,
     * not of what another row counts. Mid-Nottinghamshire's emergency admissions, counted in
     * "admissions", print the trend "Attendances are consistently above target"
     * ({@code [001:40]}), the words of the attendances row above it ({@code [001:39]}). INFO,
     * derived: the figures may still be right, but the reader cannot tell which measure the
     * sentence is about. Judged only where the row states its unit and the sentence names another
     * row's unit (of up to three words) and not its own.
     */
    static final Rule<LocalOutcomeTable> TREND_NAMES_OTHER_MEASURE = Rule.on(LocalOutcomeTable.class,
            "OUTCOME-TREND-NAMES-OTHER-MEASURE")
            .title("A local outcome's printed trend speaks of what that outcome counts")
            .severity(Severity.INFO)
            .editions(Edition.LOCAL_OUTCOMES_2016)
            .source("[001:40] \"Reduction in emergency admissions to hospital\", \"2,700 admissions\", \"3,100"
                    + " admissions\", trend \"Attendances are consistently above target\"; [001:39] the attendances"
                    + " row. Derived: a trend that names another row's measure may be that row's sentence copied")
            .derived()
            .requirements("R86")
            .check((table, ctx, emit) -> {
                MeasureWords units = MeasureWords.of(table.outcomes());
                List<LocalOutcome> rows = table.outcomes();
                for (int i = 0; i < rows.size(); i++) {
                    LocalOutcome o = rows.get(i);
                    if (Text.isBlank(o.unit()) || Text.isBlank(o.trend())) {
                        continue;
                    }
                    Optional<String> other = units.otherThan(o.unit(), o.trend());
                    if (other.isPresent()) {
                        emit.report(Pointer.of("outcomes", i, "trend"), "The trend \"" + Text.abbreviate(o.trend())
                                + "\" of the outcome " + OutcomeNames.of(o, i) + " speaks of \"" + other.get()
                                + "\", what another outcome counts, but this outcome counts \""
                                + Text.abbreviate(o.unit()) + "\"");
                    }
                }
            });

    private OutcomeProgressRules() {
    }

    /** @return the rules of this family in the order they run */
    static List<Rule<LocalOutcomeTable>> all() {
        return List.of(INTERIM_TARGET_MISSED, TREND_CONTRADICTS_FIGURES, TREND_NAMES_OTHER_MEASURE);
    }

    /** @return the outcome's rating, or empty if a figure or the direction is blank or unusable */
    static Optional<Rag> rating(LocalOutcome o) {
        if (o.interimTarget() == null || o.actual() == null || o.direction() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(RagRating.rate(o.interimTarget(), o.actual(), o.direction(),
                    RuleContext.DEFAULT_AMBER_TOLERANCE_PERCENT));
        } catch (CalculationException unusable) {
            return Optional.empty();
        }
    }

    private static String shortfall(LocalOutcome o) {
        try {
            BigDecimal percent = RagRating.shortfallPercent(o.interimTarget(), o.actual(), o.direction());
            return ", " + percent.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "% "
                    + (o.direction() == Direction.LOWER_IS_BETTER ? "over" : "under");
        } catch (CalculationException undefined) {
            return "";
        }
    }

    private static String direction(Direction d) {
        return d == Direction.LOWER_IS_BETTER ? "low is good" : "high is good";
    }
}
