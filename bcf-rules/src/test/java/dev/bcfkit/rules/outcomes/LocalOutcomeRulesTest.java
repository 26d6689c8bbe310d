package dev.bcfkit.rules.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.outcomes.LocalOutcome;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.testkit.seeds.MidNottinghamshireOutcomes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The local outcome table's rules (requirement R86) on the Mid-Nottinghamshire Better Together
 * Alliance's Table 1 ({@code [001:35-41]}) as printed, and on one-change edits of it.
 */
class LocalOutcomeRulesTest {
    private static final BcfValidator VALIDATOR = BcfValidator.create();
    private static final String RESIDENTIAL = "\"Reduction in admissions to residential and nursing homes\"";

    private static List<String> lines(Report report) {
        return report.findings().stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.path() + ": "
                + f.message()).toList();
    }

    private static List<String> linesOf(String ruleId, LocalOutcomeTable table) {
        return lines(VALIDATOR.validate(table)).stream().filter(l -> l.contains(" " + ruleId + " ")).toList();
    }

    /** Table 1 with row {@code index} changed. */
    private static LocalOutcomeTable edited(int index, UnaryOperator<LocalOutcome> change) {
        LocalOutcomeTable t = MidNottinghamshireOutcomes.october2016();
        List<LocalOutcome> rows = new ArrayList<>(t.outcomes());
        rows.set(index, change.apply(rows.get(index)));
        return new LocalOutcomeTable(t.partnership(), t.workstream(), t.reportDate(), t.targetYear(),
                t.interimPeriod(), t.trendSince(), rows);
    }

    private static LocalOutcome with(LocalOutcome o, BigDecimal reduction, BigDecimal target, BigDecimal actual,
            Direction direction, String trend) {
        return new LocalOutcome(o.outcomeArea(), reduction, target, actual, o.unit(), direction, trend);
    }

    @Test
    void tableOneAsPrintedMissesThreeInterimTargetsAndCopiesOneTrend() {
        // [001:29] "the three targets within this workstream that are not being met": the rule finds
        // the same three; [001:40] prints the attendances row's trend beside the admissions figures
        Report report = VALIDATOR.validate(MidNottinghamshireOutcomes.october2016());
        assertEquals(Edition.LOCAL_OUTCOMES_2016, report.edition());
        assertEquals(List.of(
                "INFO OUTCOME-INTERIM-TARGET-MISSED /outcomes/1/actual: The outcome \"Reduction in attendances at"
                        + " Emergency Department\" misses its interim target for \"October 2016\": actual 9000"
                        + " attendances against a target of 8000 attendances (low is good), 12.5% over, rated RED",
                "INFO OUTCOME-INTERIM-TARGET-MISSED /outcomes/2/actual: The outcome \"Reduction in emergency"
                        + " admissions to hospital\" misses its interim target for \"October 2016\": actual 3100"
                        + " admissions against a target of 2700 admissions (low is good), 14.8% over, rated RED",
                "INFO OUTCOME-INTERIM-TARGET-MISSED /outcomes/3/actual: The outcome \"Reduction in emergency acute"
                        + " hospital bed days\" misses its interim target for \"October 2016\": actual 14300 bed days"
                        + " against a target of 14000 bed days (low is good), 2.1% over, rated AMBER",
                "INFO OUTCOME-TREND-NAMES-OTHER-MEASURE /outcomes/2/trend: The trend \"Attendances are consistently"
                        + " above target\" of the outcome \"Reduction in emergency admissions to hospital\" speaks of"
                        + " \"attendances\", what another outcome counts, but this outcome counts \"admissions\""),
                lines(report));
        assertEquals(false, report.hasErrors());
    }

    @Test
    void aBlankFigureIsAnIncompleteRow() {
        LocalOutcomeTable blank = edited(0, o -> with(o, null, null, null, o.direction(), o.trend()));
        assertEquals(List.of(
                "WARNING OUTCOME-FIGURES-STATED /outcomes/0/reductionTargetPercent: The outcome " + RESIDENTIAL
                        + " has no reduction target to be met by 2018/19",
                "WARNING OUTCOME-FIGURES-STATED /outcomes/0/interimTarget: The outcome " + RESIDENTIAL
                        + " has no interim target for \"October 2016\"",
                "WARNING OUTCOME-FIGURES-STATED /outcomes/0/actual: The outcome " + RESIDENTIAL
                        + " has no actual for \"October 2016\""), linesOf("OUTCOME-FIGURES-STATED", blank));
        LocalOutcomeTable unnamed = edited(0, o -> new LocalOutcome(" ", o.reductionTargetPercent(),
                o.interimTarget(), o.actual(), o.unit(), o.direction(), o.trend()));
        assertEquals(List.of("WARNING OUTCOME-FIGURES-STATED /outcomes/0/outcomeArea: Outcome 1 has no outcome area"),
                linesOf("OUTCOME-FIGURES-STATED", unnamed));
        LocalOutcomeTable empty = new LocalOutcomeTable(null, null, null, null, null, null, List.of());
        assertEquals(List.of("WARNING OUTCOME-FIGURES-STATED /outcomes: The table has no outcomes"), lines(
                VALIDATOR.validate(empty)));
    }

    @Test
    void aReductionMustBeLowIsGoodAndADirectionMustBeStated() {
        LocalOutcomeTable reversed = edited(0, o -> with(o, o.reductionTargetPercent(), o.interimTarget(), o.actual(),
                Direction.HIGHER_IS_BETTER, o.trend()));
        assertEquals(List.of("WARNING OUTCOME-DIRECTION-STATED /outcomes/0/direction: The outcome " + RESIDENTIAL
                + " is a reduction, but its direction is HIGHER_IS_BETTER (high is good); a reduction is better when"
                + " the figure is lower"), linesOf("OUTCOME-DIRECTION-STATED", reversed));
        LocalOutcomeTable none = edited(0, o -> with(o, o.reductionTargetPercent(), o.interimTarget(), o.actual(),
                null, o.trend()));
        assertEquals(List.of("WARNING OUTCOME-DIRECTION-STATED /outcomes/0/direction: The outcome " + RESIDENTIAL
                + " does not say which way is better (low is good or high is good), so its actual cannot be rated"
                + " against its target"), linesOf("OUTCOME-DIRECTION-STATED", none));
        assertEquals(List.of(), linesOf("OUTCOME-INTERIM-TARGET-MISSED", none).stream()
                .filter(l -> l.contains("/outcomes/0/")).toList(), "an outcome without a direction is not rated");
        LocalOutcomeTable growth = edited(0, o -> new LocalOutcome("Increase in people helped at home",
                o.reductionTargetPercent(), o.interimTarget(), o.actual(), o.unit(), Direction.HIGHER_IS_BETTER,
                o.trend()));
        assertEquals(List.of(), linesOf("OUTCOME-DIRECTION-STATED", growth));
    }

    @Test
    void aReductionTargetIsAboveNothingAndAtMostEverythingAndCountsAreNotNegative() {
        LocalOutcomeTable over = edited(3, o -> with(o, new BigDecimal("130.5"), o.interimTarget(), o.actual(),
                o.direction(), o.trend()));
        assertEquals(List.of("WARNING OUTCOME-FIGURES-IN-RANGE /outcomes/3/reductionTargetPercent: The reduction"
                + " target 130.5% of the outcome \"Reduction in emergency acute hospital bed days\" is not a reduction:"
                + " expected more than 0% and at most 100%"), linesOf("OUTCOME-FIGURES-IN-RANGE", over));
        LocalOutcomeTable zero = edited(3, o -> with(o, BigDecimal.ZERO, o.interimTarget(), o.actual(), o.direction(),
                o.trend()));
        assertEquals(1, linesOf("OUTCOME-FIGURES-IN-RANGE", zero).size());
        LocalOutcomeTable hundred = edited(3, o -> with(o, new BigDecimal("100"), o.interimTarget(), o.actual(),
                o.direction(), o.trend()));
        assertEquals(List.of(), linesOf("OUTCOME-FIGURES-IN-RANGE", hundred));
        LocalOutcomeTable negative = edited(3, o -> with(o, o.reductionTargetPercent(), new BigDecimal("-14000"),
                new BigDecimal("-1"), o.direction(), o.trend()));
        assertEquals(List.of(
                "WARNING OUTCOME-FIGURES-IN-RANGE /outcomes/3/interimTarget: The interim target of the outcome"
                        + " \"Reduction in emergency acute hospital bed days\" is negative: -14000 bed days",
                "WARNING OUTCOME-FIGURES-IN-RANGE /outcomes/3/actual: The actual of the outcome"
                        + " \"Reduction in emergency acute hospital bed days\" is negative: -1 bed days"),
                linesOf("OUTCOME-FIGURES-IN-RANGE", negative));
    }

    @Test
    void aTrendThatContradictsTheFiguresIsReported() {
        LocalOutcomeTable above = edited(0, o -> with(o, o.reductionTargetPercent(), o.interimTarget(),
                new BigDecimal("30"), o.direction(), o.trend()));
        assertEquals(List.of("WARNING OUTCOME-TREND-CONTRADICTS-FIGURES /outcomes/0/trend: The trend \"Admissions are"
                + " consistently lower than target\" of the outcome " + RESIDENTIAL + " says the figures are below the"
                + " target, but the actual 30 admissions is above the interim target 28 admissions"),
                linesOf("OUTCOME-TREND-CONTRADICTS-FIGURES", above));
        LocalOutcomeTable equal = edited(3, o -> with(o, o.reductionTargetPercent(), o.interimTarget(),
                new BigDecimal("14000"), o.direction(), o.trend()));
        assertEquals(List.of("WARNING OUTCOME-TREND-CONTRADICTS-FIGURES /outcomes/3/trend: The trend \"Bed days are"
                + " above target\" of the outcome \"Reduction in emergency acute hospital bed days\" says the figures"
                + " are above the target, but the actual 14000 bed days equals the interim target 14000 bed days"),
                linesOf("OUTCOME-TREND-CONTRADICTS-FIGURES", equal));
        LocalOutcomeTable silent = edited(0, o -> with(o, o.reductionTargetPercent(), o.interimTarget(),
                new BigDecimal("30"), o.direction(), "Admissions have risen since April"));
        assertEquals(List.of(), linesOf("OUTCOME-TREND-CONTRADICTS-FIGURES", silent));
    }

    @Test
    void aTrendThatNamesItsOwnMeasureOrNoneIsNotReported() {
        LocalOutcomeTable corrected = edited(2, o -> with(o, o.reductionTargetPercent(), o.interimTarget(),
                o.actual(), o.direction(), "Admissions are consistently above target"));
        assertEquals(List.of(), linesOf("OUTCOME-TREND-NAMES-OTHER-MEASURE", corrected));
        LocalOutcomeTable both = edited(2, o -> with(o, o.reductionTargetPercent(), o.interimTarget(),
                o.actual(), o.direction(), "Admissions, unlike bed days, are above target"));
        assertEquals(List.of(), linesOf("OUTCOME-TREND-NAMES-OTHER-MEASURE", both));
        LocalOutcomeTable twoWords = edited(0, o -> with(o, o.reductionTargetPercent(), o.interimTarget(),
                o.actual(), o.direction(), "Bed days are consistently lower than target"));
        assertEquals(List.of("INFO OUTCOME-TREND-NAMES-OTHER-MEASURE /outcomes/0/trend: The trend \"Bed days are"
                + " consistently lower than target\" of the outcome " + RESIDENTIAL + " speaks of \"bed days\", what"
                + " another outcome counts, but this outcome counts \"admissions\""),
                linesOf("OUTCOME-TREND-NAMES-OTHER-MEASURE", twoWords).stream().filter(l -> l.contains("/outcomes/0/"))
                        .toList());
    }

    @Test
    void theRulesAreDerivedCheckR86AndAreNeverErrors() {
        List<Rule<LocalOutcomeTable>> rules = LocalOutcomeRules.all();
        assertEquals(List.of("OUTCOME-FIGURES-STATED", "OUTCOME-DIRECTION-STATED", "OUTCOME-FIGURES-IN-RANGE",
                "OUTCOME-INTERIM-TARGET-MISSED", "OUTCOME-TREND-CONTRADICTS-FIGURES",
                "OUTCOME-TREND-NAMES-OTHER-MEASURE"), rules.stream().map(Rule::id).toList());
        for (Rule<LocalOutcomeTable> r : rules) {
            assertEquals(true, r.derived(), r.id());
            assertEquals(List.of("R86"), r.requirements(), r.id());
            assertEquals(true, r.severity() != Severity.ERROR, r.id());
            assertEquals(true, r.provenance().contains("[001:"), r.id());
        }
    }

    @Test
    void theValidatorJudgesATableOnlyInItsOwnEdition() {
        LocalOutcomeTable t = MidNottinghamshireOutcomes.october2016();
        List<Finding> any = VALIDATOR.validate((dev.bcfkit.core.BcfDocument) t).findings();
        assertEquals(VALIDATOR.validate(t).findings(), any);
        assertEquals(any, VALIDATOR.validate(t, RuleContext.of(Edition.LOCAL_OUTCOMES_2016, null)).findings());
        assertEquals("context: the edition PLAN_2014 (2014 planning template (Part 1)) does not judge a local outcome"
                + " table", org.junit.jupiter.api.Assertions.assertThrows(dev.bcfkit.core.BcfException.class,
                        () -> VALIDATOR.validate(t, RuleContext.of(Edition.PLAN_2014, null))).getMessage());
        assertEquals("local outcome table: expected a document to validate, found null",
                org.junit.jupiter.api.Assertions.assertThrows(dev.bcfkit.core.BcfException.class,
                        () -> VALIDATOR.validate((LocalOutcomeTable) null)).getMessage());
    }
}
