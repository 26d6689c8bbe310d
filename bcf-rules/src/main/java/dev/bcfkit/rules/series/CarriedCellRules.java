package dev.bcfkit.rules.series;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnSeries;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cells a quarterly return pre-populates from an earlier return of the same board and year,
 * compared with what that return said. Where a paper says a cell is pre-populated from the
 * previous return, a different value means the return was made on the wrong template or the
 * locked cell was edited: an ERROR. Where the papers only show earlier quarters' columns without
 * saying where they come from, a difference is a derived WARNING. A cell blank on either side is
 * not compared: a blank is incompleteness, which the return's own rules report.
 */
final class CarriedCellRules {

    /**
     * SERIES-S75-CARRIED: the pre-populated s.75 answer of a Q2-Q4 2016/17 return is the answer of
     * the latest earlier return in the series, or Yes where that return confirmed the funds "have
     * now" been pooled ({@code [002:1445-1449]}).
     */
    static final Rule<ReturnSeries> S75_CARRIED = Rule.on(ReturnSeries.class, "SERIES-S75-CARRIED")
            .title("The pre-populated s.75 answer equals the answer of the previous return")
            .severity(Severity.ERROR)
            .editions(Edition.QUARTERLY_2016_17)
            .source("[002:1453] \"For the S.75 pooled budget question, which is pre-populated, the data is from a"
                    + " previous quarterly collection returned by the HWB\" (also [002:1829], [002:2229])")
            .requirements("R45")
            .check((series, ctx, emit) -> {
                for (QuarterlyReturn r : series.returns()) {
                    Optional<QuarterlyReturn> earlier = latestEarlier(series, r,
                            e -> e.budgetArrangements() != null && e.budgetArrangements().pooledViaSection75() != null);
                    YesNo shown = r.budgetArrangements() == null ? null : r.budgetArrangements().pooledViaSection75();
                    if (r.period().quarter() == Quarter.Q1 || shown == null || earlier.isEmpty()) {
                        continue;
                    }
                    BudgetArrangements was = earlier.get().budgetArrangements();
                    boolean confirmed = was.confirmedNowPooled() == YesNo.YES && shown == YesNo.YES;
                    if (shown != was.pooledViaSection75() && !confirmed) {
                        emit.report(SeriesPointer.of(r, "budgetArrangements", "pooledViaSection75"),
                                r.period() + ": the pre-populated answer to \"Have the funds been pooled via a s.75"
                                        + " pooled budget?\" is '" + shown.label() + "' but the "
                                        + earlier.get().period() + " return answered '"
                                        + was.pooledViaSection75().label() + "'");
                    }
                }
            });

    /**
     * SERIES-POOLED-FUND-CARRIED: the pre-populated pooled fund of a Q2-Q4 2016/17 return equals
     * the latest earlier return's.
     */
    static final Rule<ReturnSeries> POOLED_FUND_CARRIED = Rule.on(ReturnSeries.class, "SERIES-POOLED-FUND-CARRIED")
            .title("The pre-populated pooled fund equals the previous return's")
            .severity(Severity.ERROR)
            .editions(Edition.QUARTERLY_2016_17)
            .source("[002:1659] \"For the pooled fund which is pre-populated, the data is from a quarterly collection"
                    + " previously filled in by the HWB\" (also [002:2046], [002:2421])")
            .requirements("R45")
            .check((series, ctx, emit) -> {
                for (QuarterlyReturn r : series.returns()) {
                    Money shown = r.incomeAndExpenditure() == null ? null : r.incomeAndExpenditure().pooledFund();
                    Optional<QuarterlyReturn> earlier = latestEarlier(series, r,
                            e -> e.incomeAndExpenditure() != null && e.incomeAndExpenditure().pooledFund() != null);
                    if (r.period().quarter() == Quarter.Q1 || shown == null || earlier.isEmpty()) {
                        continue;
                    }
                    Money was = earlier.get().incomeAndExpenditure().pooledFund();
                    if (!shown.equals(was)) {
                        emit.report(SeriesPointer.of(r, "incomeAndExpenditure", "pooledFund"), r.period()
                                + ": the pre-populated pooled fund is " + shown.format() + " but the "
                                + earlier.get().period() + " return gave " + was.format());
                    }
                }
            });

    /**
     * SERIES-FUND-CARRIED: the "Previously returned data" grids of the Q2 and Q3 2016/17 returns
     * equal the returns they are sourced from: in Q2 the plan, forecast and Q1 actual of the Q1
     * return ({@code [002:1659]}); in Q3 the plan of the Q1 return and the forecast and Q1 and Q2
     * actuals of the Q2 return ({@code [002:2046]}).
     */
    static final Rule<ReturnSeries> FUND_CARRIED = Rule.on(ReturnSeries.class, "SERIES-FUND-CARRIED")
            .title("The previously returned income and expenditure of Q2 and Q3 equal the returns they come from")
            .severity(Severity.ERROR)
            .editions(Edition.QUARTERLY_2016_17)
            .source("[002:1659] \"Pre-populated Plan, Forecast and Q1 Actual figures are sourced from the Q1 16/17"
                    + " return\"; [002:2046] \"Pre-populated Plan figures are sourced from the Q1 16/17 collection"
                    + " whilst Forecast, Q1 and Q2 Actual figures are sourced from the Q2 16/17 return\"")
            .requirements("R45")
            .check((series, ctx, emit) -> {
                for (QuarterlyReturn r : series.returns()) {
                    Quarter q = r.period().quarter();
                    if (q == Quarter.Q2 || q == Quarter.Q3) {
                        compareGrids(series, r, emit);
                    }
                }
            });

    /**
     * SERIES-FUND-CARRIED-Q4: the "Previously returned data" grids of the Q4 2016/17 return equal
     * the plan of the Q1 return and the forecast and actuals of the Q3 return. Derived, a WARNING:
     * the Q4 footnote names only the pooled fund as pre-populated ({@code [002:2421]}); the grids'
     * heading "Previously returned data" ({@code [002:2383]}) and the Q3 footnote's pattern
     * ({@code [002:2046]}) are the reasoning.
     */
    static final Rule<ReturnSeries> FUND_CARRIED_Q4 = Rule.on(ReturnSeries.class, "SERIES-FUND-CARRIED-Q4")
            .title("The previously returned income and expenditure of Q4 equal the Q1 plan and the Q3 return")
            .severity(Severity.WARNING)
            .editions(Edition.QUARTERLY_2016_17)
            .source("Derived: the Q4 grids are headed \"Previously returned data\" [002:2383] but the Q4 footnote"
                    + " names only the pooled fund as pre-populated [002:2421]; the sources are taken from the Q3"
                    + " footnote's pattern [002:2046] (plan from Q1, forecast and actuals from the previous return)")
            .derived()
            .requirements("R45")
            .check((series, ctx, emit) -> {
                for (QuarterlyReturn r : series.returns()) {
                    if (r.period().quarter() == Quarter.Q4) {
                        compareGrids(series, r, emit);
                    }
                }
            });

    /**
     * SERIES-CONDITION-ANSWERS-CARRIED: a condition row's pre-populated answer for an earlier
     * quarter equals the answer that quarter's return gave to the same condition.
     */
    static final Rule<ReturnSeries> CONDITION_ANSWERS_CARRIED = Rule.on(ReturnSeries.class,
                    "SERIES-CONDITION-ANSWERS-CARRIED")
            .title("The pre-populated earlier answers to a national condition equal the earlier returns' answers")
            .severity(Severity.ERROR)
            .editions(ReturnEditions.ALL)
            .source("[002:2373] \"For each of the condition questions which are pre-populated, the data is from the"
                    + " quarterly data collections previously returned by the HWB\" (earlier quarters' columns"
                    + " [002:1465-1470])")
            .requirements("R45")
            .check((series, ctx, emit) -> {
                for (QuarterlyReturn r : series.returns()) {
                    List<ConditionResponse> rows = r.nationalConditions();
                    for (int i = 0; i < rows.size(); i++) {
                        ConditionResponse row = rows.get(i);
                        for (Map.Entry<Quarter, ConditionAnswer> e : row.previousResponses().entrySet()) {
                            if (e.getKey().compareTo(r.period().quarter()) >= 0) {
                                continue;
                            }
                            Optional<QuarterlyReturn> source = series.get(e.getKey());
                            ConditionAnswer was = source.map(s -> answerOf(s, row)).orElse(null);
                            if (was != null && was != e.getValue()) {
                                emit.report(SeriesPointer.of(r, "nationalConditions", i, "previousResponses", e.getKey()),
                                        r.period() + ": national condition " + row.condition().code() + " shows '"
                                                + e.getValue().label() + "' as the " + e.getKey() + " answer but the "
                                                + source.get().period() + " return answered '" + was.label() + "'");
                            }
                        }
                    }
                }
            });

    /**
     * SERIES-HICM-EARLIER-COLUMNS: a High Impact Change Model row's maturity for an earlier quarter
     * of the year equals the current maturity that quarter's return gave. Derived, a WARNING: the
     * papers show earlier quarters' columns ({@code [004:62-95]}) but do not say they are
     * pre-populated.
     */
    static final Rule<ReturnSeries> HICM_EARLIER_COLUMNS = Rule.on(ReturnSeries.class, "SERIES-HICM-EARLIER-COLUMNS")
            .title("High Impact Change maturity for an earlier quarter equals what that quarter's return gave")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2017_19)
            .source("Derived: the 2018/19 HICM sheet shows earlier quarters' maturity beside the current one"
                    + " [004:62-95] without saying they are pre-populated; a column that differs from the return of"
                    + " its quarter means one of the two is wrong")
            .derived()
            .requirements("R45")
            .check((series, ctx, emit) -> {
                for (QuarterlyReturn r : series.returns()) {
                    HighImpactChangeModel m = r.highImpactChangeModel();
                    if (m == null) {
                        continue;
                    }
                    for (int i = 0; i < m.changes().size(); i++) {
                        ChangeAssessment row = m.changes().get(i);
                        for (Map.Entry<ReportingPeriod, MaturityLevel> e : row.maturity().entrySet()) {
                            ReportingPeriod p = e.getKey();
                            if (p.compareTo(r.period()) >= 0 || !p.year().equals(r.period().year())) {
                                continue;
                            }
                            Optional<QuarterlyReturn> source = series.get(p.quarter());
                            MaturityLevel was = source.map(s -> maturityOf(s, row)).orElse(null);
                            if (was != null && was != e.getValue()) {
                                emit.report(SeriesPointer.of(r, "highImpactChangeModel", "changes", i, "maturity", p),
                                        r.period() + ": change " + row.change().number() + " ('" + row.change().label()
                                                + "') shows '" + e.getValue().label() + "' for " + p + " but the " + p
                                                + " return gave '" + was.label() + "'");
                            }
                        }
                    }
                }
            });

    private CarriedCellRules() {
    }

    /** @return this family's rules, in template order */
    static List<Rule<ReturnSeries>> all() {
        return List.of(S75_CARRIED, POOLED_FUND_CARRIED, FUND_CARRIED, FUND_CARRIED_Q4, CONDITION_ANSWERS_CARRIED,
                HICM_EARLIER_COLUMNS);
    }

    /** The latest return before {@code r} in the series that has what {@code has} asks. */
    private static Optional<QuarterlyReturn> latestEarlier(ReturnSeries series, QuarterlyReturn r,
            java.util.function.Predicate<QuarterlyReturn> has) {
        QuarterlyReturn found = null;
        for (QuarterlyReturn e : series.returns()) {
            if (e.period().compareTo(r.period()) < 0 && has.test(e)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    private static ConditionAnswer answerOf(QuarterlyReturn r, ConditionResponse like) {
        return r.nationalConditions().stream().filter(c -> c.condition() == like.condition()).findFirst()
                .map(ConditionResponse::answer).orElse(null);
    }

    private static MaturityLevel maturityOf(QuarterlyReturn r, ChangeAssessment like) {
        HighImpactChangeModel m = r.highImpactChangeModel();
        return m == null ? null : m.changes().stream().filter(c -> c.change() == like.change()).findFirst()
                .map(c -> c.maturity().get(r.period())).orElse(null);
    }

    /** Compares a return's "Previously returned data" grids with the returns they come from. */
    private static void compareGrids(ReturnSeries series, QuarterlyReturn r, Emitter emit) {
        IncomeAndExpenditure ie = r.incomeAndExpenditure();
        if (ie == null || ie.previouslyReturned() == null) {
            return;
        }
        Optional<IncomeAndExpenditure> first = series.get(Quarter.Q1).map(QuarterlyReturn::incomeAndExpenditure);
        Optional<QuarterlyReturn> previous = series.previous(r);
        Optional<IncomeAndExpenditure> last = previous.map(QuarterlyReturn::incomeAndExpenditure);
        compareFlow(r, "income", ie.previouslyReturned().income(), first.map(IncomeAndExpenditure::income),
                last.map(IncomeAndExpenditure::income), previous, series, emit);
        compareFlow(r, "expenditure", ie.previouslyReturned().expenditure(),
                first.map(IncomeAndExpenditure::expenditure), last.map(IncomeAndExpenditure::expenditure), previous,
                series, emit);
    }

    private static void compareFlow(QuarterlyReturn r, String flow, FundFlow shown, Optional<FundFlow> first,
            Optional<FundFlow> last, Optional<QuarterlyReturn> previous, ReturnSeries series, Emitter emit) {
        if (shown == null) {
            return;
        }
        ReportingPeriod q1 = new ReportingPeriod(r.period().year(), Quarter.Q1);
        compareRow(r, flow, "plan", shown.plan(), first.map(FundFlow::plan).orElse(null), q1, Quarter.Q4, true, emit);
        ReportingPeriod prev = previous.map(QuarterlyReturn::period).orElse(null);
        compareRow(r, flow, "forecast", shown.forecast(), last.map(FundFlow::forecast).orElse(null), prev, Quarter.Q4,
                true, emit);
        Quarter before = Quarter.values()[r.period().quarter().ordinal() - 1];
        compareRow(r, flow, "actual", shown.actual(), last.map(FundFlow::actual).orElse(null), prev, before, false,
                emit);
    }

    private static void compareRow(QuarterlyReturn r, String flow, String row, QuarterlyFigures shown,
            QuarterlyFigures source, ReportingPeriod from, Quarter upTo, boolean withTotal, Emitter emit) {
        if (shown == null || source == null) {
            return;
        }
        for (Quarter q : Quarter.values()) {
            if (q.compareTo(upTo) <= 0) {
                cell(r, flow, row, q.name().toLowerCase(java.util.Locale.ROOT), q + " " + r.period().year(),
                        shown.get(q), source.get(q), from, emit);
            }
        }
        if (withTotal) {
            cell(r, flow, row, "annualTotal", "the annual total", shown.annualTotal(), source.annualTotal(), from, emit);
        }
    }

    private static void cell(QuarterlyReturn r, String flow, String row, String column, String columnName,
            Money shown, Money source, ReportingPeriod from, Emitter emit) {
        if (shown != null && source != null && !shown.equals(source)) {
            emit.report(SeriesPointer.of(r, "incomeAndExpenditure", "previouslyReturned", flow, row, column),
                    r.period() + ": the previously returned " + flow + " " + row + " for " + columnName + " shows "
                            + shown.format() + " but the " + from + " return gave " + source.format());
        }
    }
}
