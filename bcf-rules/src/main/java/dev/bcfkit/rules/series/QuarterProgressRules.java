package dev.bcfkit.rules.series;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.AdditionalMeasures.PersonalHealthBudgets;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnSeries;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import java.util.List;
import java.util.Optional;

/**
 * What should move on from one quarter's return to the next: national conditions and High
 * Impact Change maturity that fall back are made visible, and the personal health budget count
 * carries over. All derived: the papers ask for each quarter's figures, not how they relate, so
 * none of these is an ERROR. Each compares a return with the return of the quarter just before
 * it; a gap in the series (Q1 and Q3 only) leaves the later return uncompared.
 */
final class QuarterProgressRules {

    /**
     * SERIES-CONDITION-REGRESSED: a national condition answered Yes in one quarter is answered No
     * (or "No - In Progress") in the next.
     */
    static final Rule<ReturnSeries> CONDITION_REGRESSED = Rule.on(ReturnSeries.class, "SERIES-CONDITION-REGRESSED")
            .title("A national condition met in one quarter is not met in the next")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("Derived: each return asks whether each condition is met [002:895], [000:195]; a condition that"
                    + " was met and no longer is should not pass unnoticed between two returns")
            .derived()
            .requirements("R45")
            .check((series, ctx, emit) -> {
                for (QuarterlyReturn r : series.returns()) {
                    Optional<QuarterlyReturn> previous = series.previous(r);
                    if (previous.isEmpty()) {
                        continue;
                    }
                    List<ConditionResponse> rows = r.nationalConditions();
                    for (int i = 0; i < rows.size(); i++) {
                        ConditionResponse row = rows.get(i);
                        ConditionAnswer was = answerOf(previous.get(), row);
                        if (was == ConditionAnswer.YES && row.answer() != null && row.answer().isNotMet()) {
                            emit.report(SeriesPointer.of(r, "nationalConditions", i, "answer"), r.period()
                                    + ": national condition " + row.condition().code() + " is answered '"
                                    + row.answer().label() + "' but was met ('Yes') in " + previous.get().period());
                        }
                    }
                }
            });

    /**
     * SERIES-HICM-REGRESSED: a change's current maturity is lower than the current maturity of
     * the quarter before. INFO: "This model is not designed to be a performance management tool"
     * ({@code [002:2783]}), so a fall is a fact worth seeing, not a fault.
     */
    static final Rule<ReturnSeries> HICM_REGRESSED = Rule.on(ReturnSeries.class, "SERIES-HICM-REGRESSED")
            .title("A High Impact Change's current maturity is lower than in the quarter before")
            .severity(Severity.INFO)
            .editions(ReturnEditions.Y2017_19)
            .source("Derived: maturity is assessed each quarter in ascending levels [002:2827]; \"This model is not"
                    + " designed to be a performance management tool\" [002:2783], so a fall is shown, not judged")
            .derived()
            .requirements("R45")
            .check((series, ctx, emit) -> {
                for (QuarterlyReturn r : series.returns()) {
                    Optional<QuarterlyReturn> previous = series.previous(r);
                    HighImpactChangeModel m = r.highImpactChangeModel();
                    if (previous.isEmpty() || m == null) {
                        continue;
                    }
                    for (int i = 0; i < m.changes().size(); i++) {
                        ChangeAssessment row = m.changes().get(i);
                        MaturityLevel now = row.maturity().get(r.period());
                        MaturityLevel was = currentMaturity(previous.get(), row);
                        if (now != null && was != null && now.compareTo(was) < 0) {
                            emit.report(SeriesPointer.of(r, "highImpactChangeModel", "changes", i, "maturity",
                                    r.period()), r.period() + ": change " + row.change().number() + " ('"
                                    + row.change().label() + "') is '" + now.label() + "', lower than '" + was.label()
                                    + "' in " + previous.get().period());
                        }
                    }
                }
            });

    /**
     * SERIES-PHB-CARRIED: the personal health budgets in place at the end of a quarter are those in
     * place at the end of the quarter before, plus the new ones, less the stopped ones.
     */
    static final Rule<ReturnSeries> PHB_CARRIED = Rule.on(ReturnSeries.class, "SERIES-PHB-CARRIED")
            .title("Personal health budgets in place carry over: previous total + new - stopped")
            .severity(Severity.WARNING)
            .editions(Edition.QUARTERLY_2016_17)
            .source("Derived: the return asks for the \"Total number of PHBs in place at the end of the quarter\","
                    + " the \"Number of new PHBs put in place during the quarter\" and the \"Number of existing PHBs"
                    + " stopped during the quarter\" [002:1134-1137], so the total at the end of a quarter is the"
                    + " previous quarter's total plus the new less the stopped")
            .derived()
            .requirements("R45", "R59")
            .check((series, ctx, emit) -> {
                for (QuarterlyReturn r : series.returns()) {
                    Optional<QuarterlyReturn> previous = series.previous(r);
                    PersonalHealthBudgets now = budgetsOf(r);
                    PersonalHealthBudgets was = previous.map(QuarterProgressRules::budgetsOf).orElse(null);
                    if (now == null || was == null || now.total() == null || now.newInQuarter() == null
                            || now.stoppedInQuarter() == null || was.total() == null) {
                        continue;
                    }
                    long expected = was.total() + now.newInQuarter() - now.stoppedInQuarter();
                    if (expected != now.total()) {
                        emit.report(SeriesPointer.of(r, "additionalMeasures", "personalHealthBudgets", "total"),
                                r.period() + ": " + now.total() + " personal health budgets are in place at the end of"
                                        + " the quarter, but " + was.total() + " at the end of " + previous.get().period()
                                        + " + " + now.newInQuarter() + " new - " + now.stoppedInQuarter()
                                        + " stopped makes " + expected);
                    }
                }
            });

    private QuarterProgressRules() {
    }

    /** @return this family's rules, in template order */
    static List<Rule<ReturnSeries>> all() {
        return List.of(CONDITION_REGRESSED, HICM_REGRESSED, PHB_CARRIED);
    }

    private static ConditionAnswer answerOf(QuarterlyReturn r, ConditionResponse like) {
        return r.nationalConditions().stream().filter(c -> c.condition() == like.condition()).findFirst()
                .map(ConditionResponse::answer).orElse(null);
    }

    private static MaturityLevel currentMaturity(QuarterlyReturn r, ChangeAssessment like) {
        HighImpactChangeModel m = r.highImpactChangeModel();
        return m == null ? null : m.changes().stream().filter(c -> c.change() == like.change()).findFirst()
                .map(c -> c.maturity().get(r.period())).orElse(null);
    }

    private static PersonalHealthBudgets budgetsOf(QuarterlyReturn r) {
        AdditionalMeasures a = r.additionalMeasures();
        return a == null ? null : a.personalHealthBudgets();
    }
}
