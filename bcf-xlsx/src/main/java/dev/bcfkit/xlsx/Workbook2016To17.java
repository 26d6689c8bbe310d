package dev.bcfkit.xlsx;

import static dev.bcfkit.xlsx.Labels2016To17.*;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.CareSetting;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeedbackCategory;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.YearEndFeedback;
import dev.bcfkit.xlsx.SheetWriting.Choice;
import dev.bcfkit.xlsx.SheetWriting.Input;
import dev.bcfkit.xlsx.SheetWriting.Percent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a 2016/17 return as its template lays it out ({@code [002:854-1171]}, Q2-Q4
 * {@code [002:1420-2613]}): Cover, Budget Arrangements, National Conditions with the earlier
 * quarters' responses, the I&amp;E quarter grids (with the "Previously returned data" from Q2),
 * Supporting Metrics, Year End Feedback (Q4), Additional Measures and Narrative. A value the
 * template has no cell for (a 2017-19 explanation, challenges or success story) is refused, not
 * dropped.
 */
final class Workbook2016To17 {
    private static final List<String> YES_NO = List.of(YesNo.YES.label(), YesNo.NO.label());

    private Workbook2016To17() {
    }

    static void write(ReturnWriting w, QuarterlyReturn r) {
        Quarter q = r.period().quarter();
        String board = r.cover() == null || r.cover().healthAndWellbeingBoard() == null ? null
                : r.cover().healthAndWellbeingBoard().name();
        CoverSheet.write(w.sheet(COVER, COVER_HEADING), r.cover(), COVER_LABELS);
        budget(selected(w.sheet(BUDGET, BUDGET_HEADING), board), r.budgetArrangements(), q);
        conditions(selected(w.sheet(CONDITIONS, CONDITIONS_HEADING), board), r.nationalConditions(), q);
        finance(selected(w.sheet(FINANCE, FINANCE_HEADING), board), r.incomeAndExpenditure(), r);
        metrics(selected(w.sheet(METRICS, METRICS_HEADING), board), r);
        int tab = 6;
        if (r.yearEndFeedback() != null) {
            yearEnd(selected(w.sheet(tab++ + ". Year End Feedback", YEAR_END_HEADING), board), r.yearEndFeedback());
        }
        if (r.additionalMeasures() != null) {
            measures(selected(w.sheet(tab++ + ". " + MEASURES, MEASURES_HEADING), board), r.additionalMeasures());
        }
        narrative(selected(w.sheet(tab + ". " + NARRATIVE, NARRATIVE_HEADING), board), r.narrative(), q);
    }

    private static SheetWriting selected(SheetWriting s, String board) {
        s.row(SELECTED_HWB, board);
        s.blankRow();
        return s;
    }

    private static String label(YesNo y) {
        return y == null ? null : y.label();
    }

    private static String label(ConditionAnswer a) {
        return a == null ? null : a.label();
    }

    private static void budget(SheetWriting s, BudgetArrangements b, Quarter q) {
        if (b != null && b.explanation() != null) {
            throw new BcfException("budgetArrangements/explanation: the 2016/17 return template has no explanation"
                    + " cell for the s.75 question");
        }
        if (b != null && b.confirmedNowPooled() != null && q == Quarter.Q1) {
            throw new BcfException("budgetArrangements/confirmedNowPooled: the 2016/17 Q1 template does not ask it");
        }
        s.row(POOLED, new Choice(YES_NO, b == null ? null : label(b.pooledViaSection75())));
        if (q != Quarter.Q1) {
            s.row(CONFIRMED, new Choice(YES_NO, b == null ? null : label(b.confirmedNowPooled())));
        }
        s.row(POOLING_DATE, new Input(b == null ? null : b.expectedPoolingDate()));
    }

    private static void conditions(SheetWriting s, List<ConditionResponse> rows, Quarter q) {
        List<Quarter> earlier = Arrays.stream(Quarter.values()).filter(e -> e.compareTo(q) < 0).toList();
        boolean q4 = q == Quarter.Q4;
        List<Object> header = new ArrayList<>();
        header.add(q4 ? CONDITION_Q4 : CONDITION);
        earlier.forEach(e -> header.add(submission(e)));
        header.add(q4 ? SELECT_Q4 : SELECT);
        if (!q4) {
            header.add(EXPECTED_DATE);
        }
        header.add(q4 ? EXPLANATION_Q4 : EXPLANATION);
        s.row(header.toArray());
        List<String> answers = Arrays.stream(ConditionAnswer.values())
                .filter(a -> !q4 || a != ConditionAnswer.NO_IN_PROGRESS).map(ConditionAnswer::label).toList();
        for (ConditionResponse c : rows) {
            for (Quarter p : c.previousResponses().keySet()) {
                if (!earlier.contains(p)) {
                    throw new BcfException("nationalConditions: condition " + c.condition().code() + " has a " + p
                            + " submission response, which the " + q + " template has no column for");
                }
            }
            if (q4 && c.expectedDate() != null) {
                throw new BcfException("nationalConditions: the Q4 template has no estimated-date column (condition "
                        + c.condition().code() + ")");
            }
            String code = c.condition().code();
            if (code.equals("3i")) {
                s.row(CONDITION_GROUPS.get(0));
            } else if (code.equals("4i")) {
                s.row(CONDITION_GROUPS.get(1));
            }
            List<Object> row = new ArrayList<>();
            row.add(c.condition().wording());
            earlier.forEach(e -> row.add(label(c.previousResponses().get(e))));
            row.add(new Choice(answers, label(c.answer())));
            if (!q4) {
                row.add(new Input(c.expectedDate()));
            }
            row.add(new Input(c.explanation()));
            s.row(row.toArray());
        }
    }

    private static void finance(SheetWriting s, IncomeAndExpenditure ie, QuarterlyReturn r) {
        Quarter q = r.period().quarter();
        IncomeAndExpenditure.PreviouslyReturned previous = ie == null ? null : ie.previouslyReturned();
        if (previous != null && q == Quarter.Q1) {
            throw new BcfException("incomeAndExpenditure/previouslyReturned: the Q1 template shows no previously"
                    + " returned data");
        }
        Money pooled = ie == null ? null : ie.pooledFund();
        for (boolean income : List.of(true, false)) {
            s.row(income ? INCOME : EXPENDITURE);
            s.blankRow();
            if (q != Quarter.Q1) {
                FundFlow before = previous == null ? null : income ? previous.income() : previous.expenditure();
                if (before != null && before.differenceComment() != null) {
                    throw new BcfException("incomeAndExpenditure/previouslyReturned: the template shows no comment"
                            + " beside previously returned data");
                }
                s.row(PREVIOUSLY_RETURNED);
                grid(s, before, pooled, income, r, false);
                s.blankRow();
            }
            FundFlow now = ie == null ? null : income ? ie.income() : ie.expenditure();
            s.row(amended(q + " " + r.period().year()));
            grid(s, now, pooled, income, r, true);
            s.blankRow();
            s.row(differenceComment(q), new Input(now == null ? null : now.differenceComment()));
            s.blankRow();
        }
        s.row(FINANCIAL_COMMENTARY, new Input(ie == null ? null : ie.financialCommentary()));
    }

    /** One grid: the quarters, the annual total and the pre-populated pooled fund on the plan row ({@code [002:1615-1618]}). */
    private static void grid(SheetWriting s, FundFlow f, Money pooled, boolean income, QuarterlyReturn r,
            boolean input) {
        List<Object> header = new ArrayList<>(List.of("", ""));
        for (Quarter q : Quarter.values()) {
            header.add(q + " " + r.period().year());
        }
        header.add(ANNUAL_TOTAL);
        header.add(POOLED_FUND);
        s.row(header.toArray());
        figures(s, "", PLAN, f == null ? null : f.plan(), pooled, input);
        figures(s, flowDescription(income), FORECAST, f == null ? null : f.forecast(), null, input);
        figures(s, "", ACTUAL, f == null ? null : f.actual(), null, input);
    }

    private static void figures(SheetWriting s, String description, String row, QuarterlyFigures f, Money pooled,
            boolean input) {
        List<Object> cells = new ArrayList<>(List.of(description, row));
        for (Quarter q : Quarter.values()) {
            Money m = f == null ? null : f.get(q);
            cells.add(input ? new Input(m) : m);
        }
        Money total = f == null ? null : f.annualTotal();
        cells.add(input ? new Input(total) : total);
        cells.add(pooled);
        s.row(cells.toArray());
    }

    private static void metrics(SheetWriting s, QuarterlyReturn r) {
        List<String> progress = MetricAssessment.forEdition(r.edition()).stream().map(MetricAssessment::label)
                .collect(Collectors.toList());
        for (MetricProgress m : r.metrics()) {
            if (m.challenges() != null || m.achievements() != null || m.supportNeeds() != null) {
                throw new BcfException("metrics: the 2016/17 template has no challenges, achievements or support-needs"
                        + " cell (metric " + m.metric().label() + ")");
            }
            s.row(metricRow(m.metric()), m.definition());
            if (m.metric() == dev.bcfkit.core.metrics.MetricKind.PATIENT_EXPERIENCE || m.specifiedMetric() != null) {
                s.row(SPECIFIED, new Input(m.specifiedMetric()));
            }
            s.row(PROGRESS, new Choice(progress, m.assessment() == null ? null : m.assessment().label()));
            s.row(COMMENTARY, new Input(m.commentary()));
            s.blankRow();
        }
    }

    private static void yearEnd(SheetWriting s, YearEndFeedback y) {
        s.row(STATEMENT, RESPONSE, COMMENTS);
        for (int i = 0; i < y.statements().size(); i++) {
            YearEndFeedback.StatementResponse st = y.statements().get(i);
            s.row((i + 1) + ". " + st.statement(), new Input(st.response()), new Input(st.comment()));
        }
        s.blankRow();
        categorised(s, SUCCESSES, SUCCESS_RESPONSE, "Success ", y.successes());
        s.blankRow();
        categorised(s, CHALLENGES, CHALLENGE_RESPONSE, "Challenge ", y.challenges());
    }

    private static void categorised(SheetWriting s, String question, String response, String row,
            List<YearEndFeedback.CategorisedResponse> list) {
        if (list.size() > FEEDBACK_ROWS) {
            throw new BcfException("yearEndFeedback: the template has " + FEEDBACK_ROWS + " rows for \"" + question
                    + "\", found " + list.size() + " entries");
        }
        List<String> categories = Arrays.stream(FeedbackCategory.values()).map(FeedbackCategory::label).toList();
        s.row(question, response, CATEGORY);
        for (int i = 0; i < FEEDBACK_ROWS; i++) {
            YearEndFeedback.CategorisedResponse c = i < list.size() ? list.get(i) : null;
            s.row(row + (i + 1), new Input(c == null ? null : c.response()),
                    new Choice(categories, c == null || c.category() == null ? null : c.category().label()));
        }
    }

    private static void measures(SheetWriting s, AdditionalMeasures m) {
        List<Object> settings = new ArrayList<>(List.of(""));
        Arrays.stream(CareSetting.values()).forEach(c -> settings.add(c.label()));
        s.row(NHS_NUMBER_TITLE);
        s.row(settings.toArray());
        yesNoRow(s, CORRESPONDENCE, m.nhsNumberOnCorrespondence());
        yesNoRow(s, RETRIEVAL, m.nhsNumberRetrieval());
        s.blankRow();
        s.row(OPEN_API_TITLE);
        s.row(SHARING);
        List<Object> to = new ArrayList<>(List.of(""));
        Arrays.stream(CareSetting.values()).forEach(c -> to.add(to(c)));
        s.row(to.toArray());
        for (CareSetting from : CareSetting.values()) {
            Map<CareSetting, String> row = m.dataSharing().get(from);
            List<Object> cells = new ArrayList<>(List.of(from(from)));
            Arrays.stream(CareSetting.values()).forEach(c -> cells.add(new Input(row == null ? null : row.get(c))));
            s.row(cells.toArray());
        }
        s.blankRow();
        s.row(API_PROGRESS);
        s.row(settings.toArray());
        List<Object> status = new ArrayList<>(List.of(STATUS));
        List<Object> goLive = new ArrayList<>(List.of(GO_LIVE));
        for (CareSetting c : CareSetting.values()) {
            AdditionalMeasures.OpenApiProgress p = m.openApiProgress().get(c);
            status.add(new Input(p == null ? null : p.status()));
            goLive.add(new Input(p == null ? null : p.projectedGoLive()));
        }
        s.row(status.toArray());
        s.row(goLive.toArray());
        s.blankRow();
        s.row(PILOT_TITLE);
        s.row(PILOT, new Input(m.integratedCareRecordPilot()));
        s.blankRow();
        AdditionalMeasures.PersonalHealthBudgets p = m.personalHealthBudgets();
        s.row(PHB_TITLE);
        s.row(PHB_TOTAL, new Input(p == null ? null : p.total()));
        s.row(PHB_RATE, p == null ? null : p.ratePer100kShown());
        s.row(PHB_NEW, new Input(p == null ? null : p.newInQuarter()));
        s.row(PHB_STOPPED, new Input(p == null ? null : p.stoppedInQuarter()));
        s.row(PHB_CHC, new Input(p == null || p.percentInContinuingHealthcare() == null ? null
                : new Percent(p.percentInContinuingHealthcare())));
        s.row(p == null || p.populationLabel() == null ? POPULATION : POPULATION + " (" + p.populationLabel() + ")",
                p == null ? null : p.population());
        s.blankRow();
        AdditionalMeasures.IntegratedCareTeams t = m.integratedCareTeams();
        s.row(TEAMS_TITLE);
        s.row(NON_ACUTE, new Input(t == null ? null : t.nonAcute()));
        s.row(ACUTE, new Input(t == null ? null : t.acute()));
    }

    private static void yesNoRow(SheetWriting s, String label, Map<CareSetting, YesNo> answers) {
        List<Object> cells = new ArrayList<>(List.of(label));
        Arrays.stream(CareSetting.values()).forEach(c -> cells.add(new Choice(YES_NO, label(answers.get(c)))));
        s.row(cells.toArray());
    }

    private static void narrative(SheetWriting s, Narrative n, Quarter q) {
        if (n != null && n.successStory() != null) {
            throw new BcfException("narrative/successStory: the 2016/17 template has one narrative cell only");
        }
        String text = n == null ? null : n.progress();
        s.row(REMAINING, (long) (SheetWriting.CELL_LIMIT - (text == null ? 0 : text.length())));
        s.blankRow();
        s.row(narrativePrompt(q));
        s.row(new Input(text));
    }
}
