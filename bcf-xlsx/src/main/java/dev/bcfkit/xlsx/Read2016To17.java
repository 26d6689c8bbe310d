package dev.bcfkit.xlsx;

import static dev.bcfkit.xlsx.Labels2016To17.*;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
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
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.YearEndFeedback;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads a 2016/17 return by the template's words ({@code [002:854-1171]}, Q2-Q4
 * {@code [002:1420-2613]}). Labels that share their first words (the estimated-date and
 * explanation headers, the acute and non-acute care-team questions) are told apart by their
 * whole wording.
 */
final class Read2016To17 {
    private static final Pattern POPULATION_LABEL = Pattern.compile("population(?: \\((.*)\\))?",
            Pattern.CASE_INSENSITIVE);

    /** A condition's number or sub-number at the start of its wording: "7) ", "iv) ". */
    private static final Pattern NUMBER = Pattern.compile("^(?:\\d+|[ivx]+)\\) ");

    private final ReturnReading book;
    private final Reading reading;
    private final ReportingPeriod period;

    Read2016To17(ReturnReading book, ReportingPeriod period) {
        this.book = book;
        this.reading = book.reading();
        this.period = period;
    }

    QuarterlyReturn read() {
        Grid cover = grid(COVER);
        BudgetArrangements budget = budget(grid(BUDGET));
        List<ConditionResponse> conditions = conditions(grid(CONDITIONS));
        IncomeAndExpenditure finance = finance(grid(FINANCE));
        List<MetricProgress> metrics = metrics(grid(METRICS));
        Sheet yearEnd = book.optional(YEAR_END, YEAR_END_HEADING);
        Sheet measures = book.optional(MEASURES, CORRESPONDENCE);
        return new QuarterlyReturn(period, CoverSheet.read(cover, COVER_LABELS), budget, conditions, finance, metrics,
                yearEnd == null ? null : yearEnd(new Grid(yearEnd, reading)),
                measures == null ? null : measures(new Grid(measures, reading)), null, narrative(grid(NARRATIVE)),
                null);
    }

    private Grid grid(String section) {
        return new Grid(book.sheet(section), reading);
    }

    // ---- finding by words ----

    /** The first cell in rows [from, to] whose normal words pass the test; null if none (the sheet's label index). */
    private static Grid.At first(Grid g, int from, int to, Predicate<String> test) {
        return g.firstWhere(Math.max(from, 0), to, test);
    }

    /** The first cell at or after a row that says the label (the same words, or its first words). */
    private static Grid.At says(Grid g, int from, String label) {
        return g.findFrom(from, label);
    }

    /** The first cell at or after a row whose words are exactly the label's. */
    private static Grid.At exactly(Grid g, int from, String label) {
        return g.exactly(from, label);
    }

    private Grid.At require(Grid g, Grid.At at, String label) {
        if (at == null) {
            throw reading.problem("", null, "sheet \"" + g.name + "\": expected the label \"" + label
                    + "\" of the 2016/17 template; it is not on the sheet");
        }
        return at;
    }

    /** The column of a header row whose words pass the test; -1 if none. */
    private static int column(Grid g, int row, Predicate<String> test) {
        Grid.At at = first(g, row, row, test);
        return at == null ? -1 : at.column();
    }

    /** The answer beside a label: the first filled cell right of it on its row, or null if none. */
    private static Grid.At beside(Grid g, Grid.At label) {
        if (label == null) {
            return null;
        }
        Row row = g.sheet.getRow(label.row());
        for (int c = label.column() + 1; row != null && c < row.getLastCellNum(); c++) {
            if (!g.blank(new Grid.At(label.row(), c))) {
                return new Grid.At(label.row(), c);
            }
        }
        return null;
    }

    private static String starts(String label) {
        return Words.normal(label);
    }

    // ---- sections ----

    private BudgetArrangements budget(Grid g) {
        String p = "/budgetArrangements/";
        YesNo pooled = g.choice(beside(g, require(g, says(g, 0, POOLED), POOLED)), p + "pooledViaSection75",
                YesNo::fromLabel);
        YesNo confirmed = g.choice(beside(g, says(g, 0, CONFIRMED)), p + "confirmedNowPooled", YesNo::fromLabel);
        LocalDate when = g.date(beside(g, require(g, says(g, 0, POOLING_DATE), POOLING_DATE)),
                p + "expectedPoolingDate");
        return pooled == null && confirmed == null && when == null ? null
                : new BudgetArrangements(pooled, confirmed, when, null);
    }

    private List<ConditionResponse> conditions(Grid g) {
        Grid.At head = says(g, 0, CONDITION);
        if (head == null) {
            head = require(g, exactly(g, 0, CONDITION_Q4), CONDITION);
        }
        int h = head.row();
        int key = head.column();
        int answer = column(g, h, t -> t.startsWith(starts("Please Select")));
        if (answer < 0) {
            throw reading.problem("", g.name + "!" + (h + 1), "expected the column \"" + SELECT
                    + "\" of the template in this header row");
        }
        int date = column(g, h, t -> t.startsWith("if the answer") && t.contains("estimated date"));
        int why = column(g, h, t -> t.startsWith("if the answer") && t.contains("explanation"));
        Map<Quarter, Integer> earlier = new EnumMap<>(Quarter.class);
        for (Quarter q : Quarter.values()) {
            int c = column(g, h, t -> t.equals(Words.normal(submission(q))));
            if (c >= 0) {
                earlier.put(q, c);
            }
        }
        List<NationalCondition> known = NationalCondition.forEdition(Edition.QUARTERLY_2016_17);
        List<ConditionResponse> out = new ArrayList<>();
        int[] answers = java.util.stream.IntStream.concat(java.util.stream.IntStream.of(answer, date, why),
                earlier.values().stream().mapToInt(Integer::intValue)).toArray();
        for (int r : TableRows.under(g, reading, h, key, answers,
                t -> known.stream().anyMatch(n -> numbered(t, n.wording()))
                        || CONDITION_GROUPS.stream().anyMatch(group -> numbered(t, group)),
                t -> CONDITION_GROUPS.stream().noneMatch(group -> numbered(t, group)), "/nationalConditions",
                "a national condition of the " + Edition.QUARTERLY_2016_17.label() + " such as \""
                        + known.get(0).wording() + "\"")) {
            Grid.At k = new Grid.At(r, key);
            String wording = g.raw(k);
            if (CONDITION_GROUPS.stream().anyMatch(group -> numbered(wording, group))) {
                continue;
            }
            String p = "/nationalConditions/" + out.size();
            NationalCondition c = known.stream().filter(n -> numbered(wording, n.wording())).findFirst()
                    .orElseThrow(() -> reading.problem(p, g.address(k), "expected a national condition of the "
                            + Edition.QUARTERLY_2016_17.label() + " such as \"" + known.get(0).wording() + "\", found \""
                            + Formats.quote(wording) + "\""));
            reading.record(p + "/condition", g.address(k));
            TreeMap<Quarter, ConditionAnswer> previous = new TreeMap<>();
            for (Map.Entry<Quarter, Integer> e : earlier.entrySet()) {
                ConditionAnswer a = g.choice(new Grid.At(r, e.getValue()), p + "/previousResponses/" + e.getKey(),
                        ConditionAnswer::fromLabel);
                if (a != null) {
                    previous.put(e.getKey(), a);
                }
            }
            out.add(new ConditionResponse(c, g.choice(new Grid.At(r, answer), p + "/answer", ConditionAnswer::fromLabel),
                    date < 0 ? null : g.date(new Grid.At(r, date), p + "/expectedDate"),
                    why < 0 ? null : g.text(new Grid.At(r, why), p + "/explanation"), previous));
        }
        return out;
    }

    /**
     * Whether a condition's cell says its wording, with or without the wording's number: the
     * papers print "7) Agreement to invest ..." and, for the same row, "Agreement to invest ..."
     * ({@code [002:1866]}, {@code [002:1490]}), "4) In respect of Data Sharing" and "In respect of
     * Data Sharing" ({@code [002:1483]}, {@code [002:905]}), and "i) Are you pursuing Open APIs"
     * for "ii)" ({@code [002:1485]}); the words after the number tell the conditions apart.
     */
    private static boolean numbered(String cell, String wording) {
        return Words.says(cell, wording) || Words.says(NUMBER.matcher(Words.normal(cell)).replaceFirst(""),
                NUMBER.matcher(Words.normal(wording)).replaceFirst(""));
    }

    private IncomeAndExpenditure finance(Grid g) {
        Grid.At income = require(g, exactly(g, 0, INCOME), INCOME);
        Grid.At expenditure = require(g, exactly(g, income.row() + 1, EXPENDITURE), EXPENDITURE);
        Grid.At commentary = says(g, expenditure.row() + 1, FINANCIAL_COMMENTARY);
        int end = commentary == null ? g.sheet.getLastRowNum() : commentary.row() - 1;
        String p = "/incomeAndExpenditure";
        Money[] pooled = new Money[1];
        FundFlow[] before = new FundFlow[2];
        FundFlow[] now = new FundFlow[2];
        int[][] regions = {{income.row(), expenditure.row() - 1}, {expenditure.row(), end}};
        for (int i = 0; i < 2; i++) {
            String name = i == 0 ? "income" : "expenditure";
            int from = regions[i][0];
            int to = regions[i][1];
            Grid.At previous = first(g, from, to, t -> t.equals(Words.normal(PREVIOUSLY_RETURNED)));
            Grid.At amended = require(g, first(g, from, to, t -> t.endsWith("amended data")),
                    amended(period.quarter() + " " + period.year()));
            if (previous != null) {
                before[i] = flow(g, previous.row(), amended.row() - 1, p + "/previouslyReturned/" + name, null, null);
            }
            now[i] = flow(g, amended.row(), to, p + "/" + name, i == 0 ? pooled : null, p + "/pooledFund");
        }
        IncomeAndExpenditure.PreviouslyReturned previously = before[0] == null && before[1] == null ? null
                : new IncomeAndExpenditure.PreviouslyReturned(before[0], before[1]);
        String financial = g.text(beside(g, commentary), p + "/financialCommentary");
        if (pooled[0] == null && now[0] == null && now[1] == null && previously == null && financial == null) {
            return null;
        }
        return new IncomeAndExpenditure(pooled[0], now[0], now[1], financial, previously);
    }

    /** One grid and, after it, its difference comment; the pooled fund read from its plan row if asked. */
    private FundFlow flow(Grid g, int from, int to, String pointer, Money[] pooled, String pooledPointer) {
        String last = Quarter.Q4 + " " + period.year();
        Grid.At lastQuarter = require(g, first(g, from, to, t -> t.equals(Words.normal(last))), last);
        int h = lastQuarter.row();
        int[] quarters = new int[4];
        for (Quarter q : Quarter.values()) {
            String label = q + " " + period.year();
            quarters[q.ordinal()] = column(g, h, t -> t.equals(Words.normal(label)));
            if (quarters[q.ordinal()] < 0) {
                throw reading.problem("", g.name + "!" + (h + 1), "expected the column \"" + label
                        + "\" of the template in this header row");
            }
        }
        int total = column(g, h, t -> t.equals(Words.normal(ANNUAL_TOTAL)));
        if (total < 0) {
            total = lastQuarter.column() + 1;
        }
        int fund = column(g, h, t -> t.equals(Words.normal(POOLED_FUND)) || t.startsWith("total bcf pooled budget"));
        QuarterlyFigures[] rows = new QuarterlyFigures[3];
        String[] names = {PLAN, FORECAST, ACTUAL};
        String[] properties = {"plan", "forecast", "actual"};
        for (int i = 0; i < 3; i++) {
            String want = Words.normal(names[i]);
            Grid.At at = require(g, first(g, h + 1, Math.min(to, h + 4), want::equals), names[i]);
            String rp = pointer + "/" + properties[i] + "/";
            Money[] cells = new Money[5];
            for (Quarter q : Quarter.values()) {
                cells[q.ordinal()] = g.money(new Grid.At(at.row(), quarters[q.ordinal()]), rp + "q" + q.number());
            }
            cells[4] = g.money(new Grid.At(at.row(), total), rp + "annualTotal");
            rows[i] = java.util.Arrays.stream(cells).allMatch(java.util.Objects::isNull) ? null
                    : new QuarterlyFigures(cells[0], cells[1], cells[2], cells[3], cells[4]);
            if (i == 0 && pooled != null && fund >= 0) {
                pooled[0] = g.money(new Grid.At(at.row(), fund), pooledPointer);
            }
        }
        Grid.At comment = first(g, h + 4, to, t -> t.startsWith(Words.normal(COMMENT_PREFIX)));
        String difference = g.text(beside(g, comment), pointer + "/differenceComment");
        return rows[0] == null && rows[1] == null && rows[2] == null && difference == null ? null
                : new FundFlow(rows[0], rows[1], rows[2], difference);
    }

    private List<MetricProgress> metrics(Grid g) {
        List<MetricKind> kinds = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int r = 0; r <= g.sheet.getLastRowNum(); r++) {
            Grid.At left = leftmost(g, r);
            if (left == null) {
                continue;
            }
            String text = g.raw(left);
            for (MetricKind k : MetricKind.values()) {
                if (Words.says(text, metricRow(k))) {
                    kinds.add(k);
                    starts.add(r);
                    break;
                }
            }
        }
        Map<MetricKind, MetricFigures> figures = MetricFiguresSheet.read(book.workbook(), reading, kinds);
        List<MetricProgress> out = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) - 1 : g.sheet.getLastRowNum();
            String p = "/metrics/" + i + "/";
            Grid.At name = leftmost(g, from);
            reading.record(p + "metric", g.address(name));
            String definition = g.text(beside(g, name), p + "definition");
            String specified = g.text(beside(g, first(g, from + 1, to, t -> t.equals(Words.normal(SPECIFIED)))),
                    p + "specifiedMetric");
            MetricAssessment assessment = g.choice(beside(g, first(g, from + 1, to,
                    t -> t.equals(Words.normal(PROGRESS)))), p + "assessment", MetricAssessment::fromLabel);
            String commentary = g.text(beside(g, first(g, from + 1, to, t -> t.equals(Words.normal(COMMENTARY)))),
                    p + "commentary");
            out.add(new MetricProgress(kinds.get(i), definition, assessment, commentary, null, null, null, specified,
                    figures.get(kinds.get(i))));
        }
        return out;
    }

    private static Grid.At leftmost(Grid g, int r) {
        Row row = g.sheet.getRow(r);
        if (row == null) {
            return null;
        }
        for (Cell c : row) {
            if (!g.blank(new Grid.At(r, c.getColumnIndex()))) {
                return new Grid.At(r, c.getColumnIndex());
            }
        }
        return null;
    }

    private YearEndFeedback yearEnd(Grid g) {
        Grid.At head = require(g, exactly(g, 0, STATEMENT), STATEMENT);
        int h = head.row();
        int response = column(g, h, t -> t.equals(Words.normal(RESPONSE)));
        int comments = column(g, h, t -> t.startsWith("comments"));
        List<YearEndFeedback.StatementResponse> statements = new ArrayList<>();
        for (int r = h + 1; r <= g.sheet.getLastRowNum() && !g.blank(new Grid.At(r, head.column())); r++) {
            String p = "/yearEndFeedback/statements/" + statements.size() + "/";
            Grid.At k = new Grid.At(r, head.column());
            String text = g.text(k, p + "statement");
            String number = (statements.size() + 1) + ". ";
            statements.add(new YearEndFeedback.StatementResponse(text.startsWith(number)
                    ? text.substring(number.length()) : text,
                    response < 0 ? null : g.text(new Grid.At(r, response), p + "response"),
                    comments < 0 ? null : g.text(new Grid.At(r, comments), p + "comment")));
        }
        return new YearEndFeedback(statements, categorised(g, SUCCESSES, "Success ", "successes"),
                categorised(g, CHALLENGES, "Challenge ", "challenges"));
    }

    private List<YearEndFeedback.CategorisedResponse> categorised(Grid g, String question, String row,
            String property) {
        Grid.At q = says(g, 0, question);
        if (q == null) {
            return List.of();
        }
        int response = column(g, q.row(), t -> t.startsWith("response - please detail"));
        int category = column(g, q.row(), t -> t.equals(Words.normal(CATEGORY)));
        List<YearEndFeedback.CategorisedResponse> out = new ArrayList<>();
        for (int i = 1; i <= FEEDBACK_ROWS; i++) {
            String want = Words.normal(row + i);
            Grid.At at = first(g, q.row() + 1, q.row() + FEEDBACK_ROWS + 1, want::equals);
            String p = "/yearEndFeedback/" + property + "/" + out.size() + "/";
            String text = at == null || response < 0 ? null : g.text(new Grid.At(at.row(), response), p + "response");
            FeedbackCategory c = at == null || category < 0 ? null
                    : g.choice(new Grid.At(at.row(), category), p + "category", FeedbackCategory::fromLabel);
            out.add(new YearEndFeedback.CategorisedResponse(text, c));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).response() == null
                && out.get(out.size() - 1).category() == null) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private AdditionalMeasures measures(Grid g) {
        String p = "/additionalMeasures/";
        Grid.At settings = require(g, exactly(g, 0, CareSetting.GP.label()), CareSetting.GP.label());
        Map<CareSetting, Integer> columns = settingColumns(g, settings.row(), CareSetting::label);
        Map<CareSetting, YesNo> correspondence = yesNoRow(g, require(g, says(g, 0, CORRESPONDENCE), CORRESPONDENCE),
                columns, p + "nhsNumberOnCorrespondence/");
        Map<CareSetting, YesNo> retrieval = yesNoRow(g, require(g, says(g, 0, RETRIEVAL), RETRIEVAL), columns,
                p + "nhsNumberRetrieval/");
        Grid.At toHeader = require(g, exactly(g, 0, to(CareSetting.GP)), to(CareSetting.GP));
        Map<CareSetting, Integer> toColumns = settingColumns(g, toHeader.row(), Labels2016To17::to);
        Map<CareSetting, Map<CareSetting, String>> sharing = new EnumMap<>(CareSetting.class);
        for (CareSetting from : CareSetting.values()) {
            Grid.At row = exactly(g, toHeader.row() + 1, from(from));
            if (row == null) {
                continue;
            }
            Map<CareSetting, String> cells = new EnumMap<>(CareSetting.class);
            for (Map.Entry<CareSetting, Integer> e : toColumns.entrySet()) {
                String v = g.text(new Grid.At(row.row(), e.getValue()),
                        p + "dataSharing/" + from.label() + "/" + e.getKey().label());
                if (v != null) {
                    cells.put(e.getKey(), v);
                }
            }
            if (!cells.isEmpty()) {
                sharing.put(from, cells);
            }
        }
        Grid.At progressTitle = require(g, says(g, 0, API_PROGRESS), API_PROGRESS);
        Grid.At progressHeader = require(g, exactly(g, progressTitle.row() + 1, CareSetting.GP.label()),
                CareSetting.GP.label());
        Map<CareSetting, Integer> progressColumns = settingColumns(g, progressHeader.row(), CareSetting::label);
        Grid.At status = require(g, exactly(g, progressHeader.row() + 1, STATUS), STATUS);
        Grid.At goLive = require(g, says(g, progressHeader.row() + 1, GO_LIVE), GO_LIVE);
        Map<CareSetting, AdditionalMeasures.OpenApiProgress> progress = new EnumMap<>(CareSetting.class);
        for (Map.Entry<CareSetting, Integer> e : progressColumns.entrySet()) {
            String s = g.text(new Grid.At(status.row(), e.getValue()),
                    p + "openApiProgress/" + e.getKey().label() + "/status");
            String l = g.text(new Grid.At(goLive.row(), e.getValue()),
                    p + "openApiProgress/" + e.getKey().label() + "/projectedGoLive");
            if (s != null || l != null) {
                progress.put(e.getKey(), new AdditionalMeasures.OpenApiProgress(s, l));
            }
        }
        String pilot = g.text(beside(g, require(g, says(g, 0, PILOT), PILOT)), p + "integratedCareRecordPilot");
        return new AdditionalMeasures(correspondence, retrieval, sharing, progress, pilot, budgets(g, p),
                teams(g, p));
    }

    private AdditionalMeasures.PersonalHealthBudgets budgets(Grid g, String pointer) {
        String p = pointer + "personalHealthBudgets/";
        Long total = g.count(beside(g, require(g, says(g, 0, PHB_TOTAL), PHB_TOTAL)), p + "total");
        BigDecimal rate = g.number(beside(g, require(g, exactly(g, 0, PHB_RATE), PHB_RATE)), p + "ratePer100kShown",
                "a number such as 13.3");
        Long added = g.count(beside(g, require(g, says(g, 0, PHB_NEW), PHB_NEW)), p + "newInQuarter");
        Long stopped = g.count(beside(g, require(g, says(g, 0, PHB_STOPPED), PHB_STOPPED)), p + "stoppedInQuarter");
        BigDecimal chc = g.percent(beside(g, require(g, says(g, 0, PHB_CHC), PHB_CHC)),
                p + "percentInContinuingHealthcare");
        Grid.At populationAt = require(g, first(g, 0, Integer.MAX_VALUE,
                t -> POPULATION_LABEL.matcher(t).matches()), POPULATION);
        Matcher m = POPULATION_LABEL.matcher(g.raw(populationAt).strip());
        String label = m.matches() ? m.group(1) : null;
        if (label != null) {
            reading.record(p + "populationLabel", g.address(populationAt));
        }
        Long population = g.count(beside(g, populationAt), p + "population");
        if (total == null && rate == null && added == null && stopped == null && chc == null && population == null
                && label == null) {
            return null;
        }
        return new AdditionalMeasures.PersonalHealthBudgets(total, added, stopped, chc, rate, population, label);
    }

    private AdditionalMeasures.IntegratedCareTeams teams(Grid g, String pointer) {
        String p = pointer + "integratedCareTeams/";
        String nonAcute = g.text(beside(g, require(g, exactly(g, 0, NON_ACUTE), NON_ACUTE)), p + "nonAcute");
        String acute = g.text(beside(g, require(g, exactly(g, 0, ACUTE), ACUTE)), p + "acute");
        return nonAcute == null && acute == null ? null
                : new AdditionalMeasures.IntegratedCareTeams(nonAcute, acute);
    }

    private Map<CareSetting, Integer> settingColumns(Grid g, int row,
            java.util.function.Function<CareSetting, String> label) {
        Map<CareSetting, Integer> out = new EnumMap<>(CareSetting.class);
        for (CareSetting s : CareSetting.values()) {
            String want = Words.normal(label.apply(s));
            int c = column(g, row, want::equals);
            if (c < 0) {
                throw reading.problem("", g.name + "!" + (row + 1), "expected the column \"" + label.apply(s)
                        + "\" of the template in this header row");
            }
            out.put(s, c);
        }
        return out;
    }

    private Map<CareSetting, YesNo> yesNoRow(Grid g, Grid.At label, Map<CareSetting, Integer> columns,
            String pointer) {
        Map<CareSetting, YesNo> out = new EnumMap<>(CareSetting.class);
        for (Map.Entry<CareSetting, Integer> e : columns.entrySet()) {
            YesNo v = g.choice(new Grid.At(label.row(), e.getValue()), pointer + e.getKey().label(), YesNo::fromLabel);
            if (v != null) {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    private Narrative narrative(Grid g) {
        Grid.At prompt = require(g, says(g, 0, NARRATIVE_PROMPT_START + ", reflecting"), NARRATIVE_PROMPT_START);
        Grid.At value = beside(g, prompt);
        if (value == null) {
            value = new Grid.At(prompt.row() + 1, prompt.column());
        }
        String progress = g.text(value, "/narrative/progress");
        return progress == null ? null : new Narrative(progress, null);
    }
}
