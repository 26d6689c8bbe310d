package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.CareSetting;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.FundRow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.core.returns.YearEndFeedback;
import dev.bcfkit.rules.SectionCompletion;
import dev.bcfkit.rules.engine.Tally;
import java.util.List;
import java.util.Map;

/**
 * The 2016/17 return's "No. of questions answered" checklist on the cover sheet
 * ({@code [002:869-876]} Q1, {@code [002:1433-1440]} Q2, {@code [002:1811-1818]} Q3,
 * {@code [002:2206-2214]} Q4), with the counts printed on the checklist: Q1 Cover 5, Budget
 * Arrangements 2, National Conditions 36, I&amp;E 21, Supporting Metrics 13, Additional Measures 67,
 * Narrative 1; Q2-Q4 Budget Arrangements 1 (the s.75 answer is pre-populated), I&amp;E 15 / 17 / 19
 * (the plan is pre-populated; forecast and actuals to date are asked), Q4 National Conditions 24
 * (no date column) and "6. Year End Feedback 13", with the later sections renumbered.
 *
 * <p>A question counts as answered when its cell is filled in; a conditional question ("If the
 * answer is 'No' ... please enter ...", "Please comment if one of the following applies") also
 * counts once the answer it depends on makes it unnecessary, as the template's green validation
 * cell does: Southend answered every condition "Yes" with the date and explanation cells blank and
 * its checklist shows 36 of 36 ({@code [002:873]}, {@code [002:896-913]}).
 */
final class Checklist2016 {
    private Checklist2016() {
    }

    /**
     * @param r the return
     * @param q the quarter reported on
     * @return the checklist rows in cover-sheet order
     */
    static List<SectionCompletion> sections(QuarterlyReturn r, Quarter q) {
        boolean q4 = q == Quarter.Q4;
        SectionCompletion cover = cover(r.cover());
        SectionCompletion budget = budget(r.budgetArrangements(), q);
        SectionCompletion conditions = conditions(r.nationalConditions(), q);
        SectionCompletion ie = incomeAndExpenditure(r.incomeAndExpenditure(), q);
        SectionCompletion metrics = metrics(r.metrics());
        SectionCompletion additional = additionalMeasures(r.additionalMeasures(), q4 ? "7. Additional Measures"
                : "6. Additional Measures");
        SectionCompletion narrative = new Tally(q4 ? "8. Narrative" : "7. Narrative")
                .text(r.narrative() == null ? null : r.narrative().progress()).completion();
        if (q4) {
            return List.of(cover, budget, conditions, ie, metrics, yearEndFeedback(r.yearEndFeedback()), additional,
                    narrative);
        }
        return List.of(cover, budget, conditions, ie, metrics, additional, narrative);
    }

    /**
     * @param c the cover, possibly null
     * @return "1. Cover": the board, completed by, e-mail, contact number and signed off by ({@code [002:858-864]})
     */
    static SectionCompletion cover(ReturnCover c) {
        Tally t = new Tally("1. Cover");
        t.text(c == null || c.healthAndWellbeingBoard() == null ? null : c.healthAndWellbeingBoard().name());
        t.text(c == null ? null : c.completedBy());
        t.text(c == null ? null : c.email());
        t.text(c == null ? null : c.contactNumber());
        t.text(c == null ? null : c.signedOffBy());
        return t.completion();
    }

    private static SectionCompletion budget(BudgetArrangements b, Quarter q) {
        Tally t = new Tally("2. Budget Arrangements");
        YesNo pooled = b == null ? null : b.pooledViaSection75();
        boolean dated = b != null && b.expectedPoolingDate() != null;
        if (q == Quarter.Q1) {
            // the s.75 answer, and the date it asks for after a "No" ([002:881-882])
            t.value(pooled);
            t.ask(pooled == YesNo.YES || dated);
        } else {
            // one question: the pre-populated answer, settled after a "No" by "can you confirm that they
            // have now?" and, if still not, by the date ([002:1445-1449])
            YesNo confirmed = b == null ? null : b.confirmedNowPooled();
            t.ask(pooled == YesNo.YES
                    || pooled == YesNo.NO && (confirmed == YesNo.YES || confirmed == YesNo.NO && dated));
        }
        return t.completion();
    }

    private static SectionCompletion conditions(List<ConditionResponse> rows, Quarter q) {
        Tally t = new Tally("3. National Conditions");
        for (NationalCondition c : NationalCondition.forEdition(Edition.QUARTERLY_2016_17)) {
            ConditionResponse row = rows.stream().filter(x -> x.condition() == c).findFirst().orElse(null);
            boolean answered = row != null && row.answer() != null;
            boolean met = answered && !row.answer().isNotMet();
            t.ask(answered);
            if (q != Quarter.Q4) {
                t.ask(met || row != null && row.expectedDate() != null);
            }
            t.ask(met || row != null && !Text.isBlank(row.explanation()));
        }
        return t.completion();
    }

    private static SectionCompletion incomeAndExpenditure(IncomeAndExpenditure ie, Quarter q) {
        Tally t = new Tally("4. I&E");
        for (FundGrid grid : FundGrid.values()) {
            FundFlow flow = grid.of(ie);
            if (q == Quarter.Q1) {
                quarters(t, FundGrid.figures(flow, FundRow.PLAN), Quarter.Q4);
            }
            quarters(t, FundGrid.figures(flow, FundRow.FORECAST), Quarter.Q4);
            quarters(t, FundGrid.figures(flow, FundRow.ACTUAL), q);
            t.ask(flow != null && (!Text.isBlank(flow.differenceComment())
                    || FinanceRules.commentTriggers(ie, grid, q).isEmpty()));
        }
        t.text(ie == null ? null : ie.financialCommentary());
        return t.completion();
    }

    private static void quarters(Tally t, QuarterlyFigures f, Quarter upTo) {
        for (Quarter q : Quarter.values()) {
            if (q.compareTo(upTo) <= 0) {
                t.value(FundGrid.quarter(f, q));
            }
        }
    }

    private static SectionCompletion metrics(List<MetricProgress> rows) {
        Tally t = new Tally("5. Supporting Metrics");
        for (MetricKind m : MetricRules.expected(Edition.QUARTERLY_2016_17)) {
            MetricProgress p = rows.stream().filter(x -> x.metric() == m).findFirst().orElse(null);
            if (m == MetricKind.PATIENT_EXPERIENCE) {
                t.ask(p != null && (!Text.isBlank(p.definition()) || !Text.isBlank(p.specifiedMetric())));
            }
            t.value(p == null ? null : p.assessment());
            t.text(p == null ? null : p.commentary());
        }
        return t.completion();
    }

    private static SectionCompletion yearEndFeedback(YearEndFeedback y) {
        Tally t = new Tally("6. Year End Feedback");
        for (int i = 0; i < YearEndFeedbackRules.STATEMENTS; i++) {
            t.text(y != null && i < y.statements().size() ? y.statements().get(i).response() : null);
        }
        responses(t, y == null ? List.of() : y.successes());
        responses(t, y == null ? List.of() : y.challenges());
        return t.completion();
    }

    private static void responses(Tally t, List<YearEndFeedback.CategorisedResponse> list) {
        for (int i = 0; i < YearEndFeedbackRules.MOST; i++) {
            t.text(i < list.size() ? list.get(i).response() : null);
        }
    }

    private static SectionCompletion additionalMeasures(AdditionalMeasures am, String section) {
        Tally t = new Tally(section);
        for (CareSetting s : CareSetting.values()) {
            t.value(am == null ? null : am.nhsNumberOnCorrespondence().get(s));
        }
        for (CareSetting s : CareSetting.values()) {
            t.value(am == null ? null : am.nhsNumberRetrieval().get(s));
        }
        for (CareSetting from : CareSetting.values()) {
            Map<CareSetting, String> row = am == null ? null : am.dataSharing().get(from);
            for (CareSetting to : CareSetting.values()) {
                t.text(row == null ? null : row.get(to));
            }
        }
        for (CareSetting s : CareSetting.values()) {
            AdditionalMeasures.OpenApiProgress p = am == null ? null : am.openApiProgress().get(s);
            t.text(p == null ? null : p.status());
            t.text(p == null ? null : p.projectedGoLive());
        }
        t.text(am == null ? null : am.integratedCareRecordPilot());
        AdditionalMeasures.PersonalHealthBudgets phb = am == null ? null : am.personalHealthBudgets();
        t.value(phb == null ? null : phb.total());
        t.value(phb == null ? null : phb.newInQuarter());
        t.value(phb == null ? null : phb.stoppedInQuarter());
        t.value(phb == null ? null : phb.percentInContinuingHealthcare());
        AdditionalMeasures.IntegratedCareTeams teams = am == null ? null : am.integratedCareTeams();
        t.text(teams == null ? null : teams.nonAcute());
        t.text(teams == null ? null : teams.acute());
        return t.completion();
    }
}
