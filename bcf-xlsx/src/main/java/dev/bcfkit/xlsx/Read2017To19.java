package dev.bcfkit.xlsx;

import static dev.bcfkit.xlsx.Labels2017To19.*;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeeServiceType;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.RedBag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads a 2017/18 or 2018/19 return by the template's words ({@code [000:180-254]}, {@code [004]}).
 */
final class Read2017To19 {
    private static final Pattern CHANGE = Pattern.compile("chg (\\d)");

    private final ReturnReading book;
    private final Reading reading;
    private final ReportingPeriod period;
    private final Edition edition;

    Read2017To19(ReturnReading book, ReportingPeriod period) {
        this.book = book;
        this.reading = book.reading();
        this.period = period;
        this.edition = Edition.ofReturn(period.year());
    }

    QuarterlyReturn read() {
        Grid cover = grid(COVER);
        Grid conditions = grid(CONDITIONS);
        List<MetricProgress> metrics = metrics(grid(METRICS));
        Sheet ibcf = book.optional(IBCF, ALLOCATION);
        return new QuarterlyReturn(period, CoverSheet.read(cover, COVER_LABELS), section75(conditions),
                conditions(conditions), null, metrics, null, null, hicm(grid(HICM)), narrative(grid(NARRATIVE)),
                ibcf == null ? null : ibcf(new Grid(ibcf, reading)));
    }

    private Grid grid(String section) {
        return new Grid(book.sheet(section), reading);
    }

    private List<ConditionResponse> conditions(Grid g) {
        int h = header(g, CONDITION, CONFIRMATION, EXPLANATION);
        int key = g.requireColumn(h, CONDITION);
        int answer = g.requireColumn(h, CONFIRMATION);
        int why = g.requireColumn(h, EXPLANATION);
        List<NationalCondition> known = NationalCondition.forEdition(edition);
        List<ConditionResponse> out = new ArrayList<>();
        for (int r : TableRows.under(g, reading, h, key, new int[] {answer, why},
                t -> known.stream().anyMatch(n -> Words.says(t, n.wording())), t -> true, "/nationalConditions",
                "a national condition of the " + edition.label() + " such as \"" + known.get(0).wording() + "\"")) {
            Grid.At k = new Grid.At(r, key);
            String wording = g.raw(k);
            NationalCondition c = known.stream().filter(n -> Words.says(wording, n.wording())).findFirst()
                    .orElseThrow(() -> reading.problem("/nationalConditions/" + out.size(), g.address(k),
                            "expected a national condition of the " + edition.label() + " such as \""
                                    + known.get(0).wording() + "\", found \"" + Formats.quote(wording) + "\""));
            String p = "/nationalConditions/" + out.size();
            reading.record(p + "/condition", g.address(k));
            out.add(ConditionResponse.of(c, g.choice(new Grid.At(r, answer), p + "/answer",
                    ConditionAnswer::fromLabel), null, g.text(new Grid.At(r, why), p + "/explanation")));
        }
        return out;
    }

    private BudgetArrangements section75(Grid g) {
        int h = header(g, STATEMENT, RESPONSE, EXPLANATION, POOLING_DATE);
        int response = g.requireColumn(h, RESPONSE);
        int why = g.requireColumn(h, EXPLANATION);
        int date = g.requireColumn(h, POOLING_DATE);
        int r = g.require(POOLED).row();
        YesNo pooled = g.choice(new Grid.At(r, response), "/budgetArrangements/pooledViaSection75", YesNo::fromLabel);
        String explanation = g.text(new Grid.At(r, why), "/budgetArrangements/explanation");
        java.time.LocalDate when = g.date(new Grid.At(r, date), "/budgetArrangements/expectedPoolingDate");
        return pooled == null && explanation == null && when == null ? null
                : new BudgetArrangements(pooled, null, when, explanation);
    }

    private List<MetricProgress> metrics(Grid g) {
        int h = header(g, METRIC, DEFINITION, ASSESSMENT, CHALLENGES, ACHIEVEMENTS, SUPPORT_NEEDS);
        int key = g.requireColumn(h, METRIC);
        int definition = g.requireColumn(h, DEFINITION);
        int assessment = g.requireColumn(h, ASSESSMENT);
        int challenges = g.requireColumn(h, CHALLENGES);
        int achievements = g.requireColumn(h, ACHIEVEMENTS);
        int support = g.requireColumn(h, SUPPORT_NEEDS);
        List<MetricKind> kinds = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        String expected = "a metric row such as \"NEA\", \"Res Admissions\", \"Reablement\" or"
                + " \"Delayed Transfers of Care\"";
        for (int r : TableRows.under(g, reading, h, key,
                new int[] {definition, assessment, challenges, achievements, support},
                t -> java.util.Arrays.stream(MetricKind.values()).anyMatch(m -> Words.says(t, metricRow(m))),
                t -> true, "/metrics", expected)) {
            Grid.At k = new Grid.At(r, key);
            String name = g.raw(k);
            MetricKind kind = java.util.Arrays.stream(MetricKind.values())
                    .filter(m -> Words.says(name, metricRow(m))).findFirst()
                    .orElseThrow(() -> reading.problem("/metrics/" + kinds.size(), g.address(k),
                            "expected " + expected + ", found \"" + Formats.quote(name) + "\""));
            kinds.add(kind);
            rows.add(r);
        }
        Map<MetricKind, MetricFigures> figures = MetricFiguresSheet.read(book.workbook(), reading, kinds);
        List<MetricProgress> out = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            int r = rows.get(i);
            String p = "/metrics/" + i;
            reading.record(p + "/metric", g.address(new Grid.At(r, key)));
            out.add(new MetricProgress(kinds.get(i), g.text(new Grid.At(r, definition), p + "/definition"),
                    g.choice(new Grid.At(r, assessment), p + "/assessment", MetricAssessment::fromLabel), null,
                    g.text(new Grid.At(r, challenges), p + "/challenges"),
                    g.text(new Grid.At(r, achievements), p + "/achievements"),
                    g.text(new Grid.At(r, support), p + "/supportNeeds"), null, figures.get(kinds.get(i))));
        }
        return out;
    }

    /**
     * The first row that heads a table with all the given columns. A
     * column's words may stand elsewhere on the sheet too (the 2018/19 High Impact Change Model
     * explains "Challenges", "Milestones met during the quarter / Observed Impact" and "Support
     * Needs" above its table, {@code [004:66-76]}), so the header is the row that has them all.
     * When no row has them all, the row with the most of them is taken for the header and the
     * columns it lacks are named.
     */
    /** The first row at or after fromRow where one of the columns' words is written; -1 if none. */
    private static int nextRowSaying(Grid g, int fromRow, String... columns) {
        int next = -1;
        for (String c : columns) {
            Grid.At at = g.findFrom(fromRow, c);
            if (at != null && (next < 0 || at.row() < next)) {
                next = at.row();
            }
        }
        return next;
    }

    private int header(Grid g, String... columns) {
        int best = -1;
        int most = 0;
        // Only the rows that hold one of the columns' words are candidates: each step jumps, by
        // the label index, to the next such row, so the search costs the columns' occurrences,
        // not rows x columns.
        for (int r = nextRowSaying(g, Math.max(0, g.sheet.getFirstRowNum()), columns); r >= 0;
                r = nextRowSaying(g, r + 1, columns)) {
            int has = 0;
            for (String c : columns) {
                if (g.column(r, c) >= 0) {
                    has++;
                }
            }
            if (has == columns.length) {
                return r;
            }
            if (has > most) {
                most = has;
                best = r;
            }
        }
        if (best < 0) {
            throw reading.problem("", null, "sheet \"" + g.name + "\": expected a header row with the template's"
                    + " columns " + quoted(List.of(columns)) + "; no row has any of them");
        }
        List<String> missing = new ArrayList<>();
        for (String c : columns) {
            if (g.column(best, c) < 0) {
                missing.add(c);
            }
        }
        throw reading.problem("", g.name + "!" + (best + 1), "expected the column" + (missing.size() == 1 ? " " : "s ")
                + quoted(missing) + " of the template in this header row, which has the table's other columns;"
                + " no row has them all");
    }

    private static String quoted(List<String> labels) {
        StringBuilder out = new StringBuilder();
        for (String c : labels) {
            out.append(out.length() == 0 ? "" : ", ").append('"').append(Formats.quote(c)).append('"');
        }
        return out.toString();
    }

    /**
     * A column heading that the template may set in the header row or in the row or two above it,
     * when its cell spans the header's rows (Dorset's rationale column is headed one row above the
     * quarters, {@code [004:78-79]}; Nottinghamshire's in the same row, {@code [000:221]}).
     */
    private int aboveOrIn(Grid g, int h, String label) {
        for (int r = h; r >= Math.max(0, h - 2); r--) {
            int c = g.column(r, label);
            if (c >= 0) {
                return c;
            }
        }
        return g.requireColumn(h, label);
    }

    private HighImpactChangeModel hicm(Grid g) {
        int h = header(g, CHALLENGES, MILESTONES, SUPPORT);
        Map<Integer, ReportingPeriod> periods = periods(g, h);
        int rationale = aboveOrIn(g, h, RATIONALE);
        int challenges = g.requireColumn(h, CHALLENGES);
        int milestones = g.requireColumn(h, MILESTONES);
        int support = g.requireColumn(h, SUPPORT);
        Grid.At bagTitle = g.findFrom(h, MITIGATIONS);
        int last = bagTitle == null ? g.sheet.getLastRowNum() : bagTitle.row() - 1;
        List<ChangeAssessment> changes = new ArrayList<>();
        // The change's key ("Chg 1") is left of the answers, however many columns were inserted before it.
        int answers = java.util.stream.IntStream.concat(periods.keySet().stream().mapToInt(Integer::intValue),
                java.util.stream.IntStream.of(rationale, challenges, milestones, support)).min().orElse(3);
        for (int r = h + 1; r <= last; r++) {
            for (int c = 0; c < answers; c++) {
                Matcher m = CHANGE.matcher(Words.normal(g.raw(new Grid.At(r, c))));
                if (m.matches() && Integer.parseInt(m.group(1)) >= 1
                        && Integer.parseInt(m.group(1)) <= HighImpactChange.values().length) {
                    HighImpactChange change = Workbook2017To19.change(Integer.parseInt(m.group(1)));
                    String p = "/highImpactChangeModel/changes/" + changes.size();
                    reading.record(p + "/change", g.address(new Grid.At(r, c)));
                    changes.add(new ChangeAssessment(change, maturity(g, r, periods, p + "/maturity/"),
                            g.text(new Grid.At(r, rationale), p + "/rationale"),
                            g.text(new Grid.At(r, challenges), p + "/challenges"),
                            g.text(new Grid.At(r, milestones), p + "/milestones"),
                            g.text(new Grid.At(r, support), p + "/supportNeeds")));
                    break;
                }
            }
        }
        return new HighImpactChangeModel(changes, bagTitle == null ? null : redBag(g, bagTitle.row()));
    }

    private RedBag redBag(Grid g, int h) {
        Map<Integer, ReportingPeriod> periods = periods(g, h);
        int mitigations = g.requireColumn(h, MITIGATIONS);
        int challenges = g.requireColumn(h, CHALLENGES);
        int achievements = g.column(h, ACHIEVEMENTS_IMPACT) >= 0 ? g.column(h, ACHIEVEMENTS_IMPACT)
                : g.requireColumn(h, ACHIEVEMENTS);
        int support = g.column(h, SUPPORT);
        Grid.At row = g.findFrom(h + 1, RED_BAG);
        if (row == null) {
            throw reading.problem("/highImpactChangeModel/redBag", g.name + "!" + (h + 2),
                    "expected the row \"" + RED_BAG + "\" under the Red Bag scheme's header");
        }
        int r = row.row();
        String p = "/highImpactChangeModel/redBag";
        return new RedBag(maturity(g, r, periods, p + "/maturity/"),
                g.text(new Grid.At(r, mitigations), p + "/alternativeMitigations"),
                g.text(new Grid.At(r, challenges), p + "/challenges"),
                g.text(new Grid.At(r, achievements), p + "/achievements"),
                support < 0 ? null : g.text(new Grid.At(r, support), p + "/supportNeeds"));
    }

    /** The maturity columns of a header row: each cell that names a quarter ("Q2 18/19 (Current)"), by its words ({@link Words}). */
    private Map<Integer, ReportingPeriod> periods(Grid g, int h) {
        Map<Integer, ReportingPeriod> out = new LinkedHashMap<>();
        org.apache.poi.ss.usermodel.Row row = g.sheet.getRow(h);
        for (org.apache.poi.ss.usermodel.Cell c : row) {
            String words = Words.normal(g.raw(new Grid.At(h, c.getColumnIndex())));
            if (words.matches("q[1-4] \\d{2}/\\d{2}.*")) {
                try {
                    out.put(c.getColumnIndex(), ReportingPeriod.parse(("Q" + words.substring(1))
                            .replace("(current)", "(Current)").replace("(planned)", "(Planned)")));
                } catch (BcfException e) {
                    throw reading.problem("", g.address(new Grid.At(h, c.getColumnIndex())), e.getMessage());
                }
            }
        }
        return out;
    }

    private TreeMap<ReportingPeriod, MaturityLevel> maturity(Grid g, int r, Map<Integer, ReportingPeriod> periods,
            String pointer) {
        TreeMap<ReportingPeriod, MaturityLevel> out = new TreeMap<>();
        for (Map.Entry<Integer, ReportingPeriod> e : periods.entrySet()) {
            String p = pointer + e.getValue().toString().replace("~", "~0").replace("/", "~1");
            MaturityLevel l = g.choice(new Grid.At(r, e.getKey()), p, MaturityLevel::fromLabel);
            if (l != null) {
                out.put(e.getValue(), l);
            }
        }
        return out;
    }

    private Narrative narrative(Grid g) {
        String progress = g.text(g.valueOf(g.require(PROGRESS), SUCCESS), "/narrative/progress");
        String success = g.text(g.valueOf(g.require(SUCCESS)), "/narrative/successStory");
        return progress == null && success == null ? null : new Narrative(progress, success);
    }

    private AdditionalIbcf ibcf(Grid g) {
        String p = "/additionalIbcf";
        Money allocation = g.money(g.valueOf(g.require(ALLOCATION)), p + "/allocation");
        int h = g.require(UPLIFT).row();
        int previous = g.requireColumn(h, edition.year().previous().toString());
        int current = g.requireColumn(h, edition.year().toString());
        int uplift = g.requireColumn(h, UPLIFT);
        List<AverageFee> fees = new ArrayList<>();
        for (FeeServiceType t : FeeServiceType.values()) {
            int r = g.require(feeRow(t)).row();
            String f = p + "/fees/" + fees.size();
            Money before = g.money(new Grid.At(r, previous), f + "/previousYearRate");
            Money now = g.money(new Grid.At(r, current), f + "/currentYearRate");
            BigDecimal pct = g.percent(new Grid.At(r, uplift), f + "/estimatedUpliftPercent");
            if (before != null || now != null || pct != null) {
                fees.add(new AverageFee(t, before, now, pct));
            }
        }
        Grid.At commentary = g.valueOf(g.require(FEE_COMMENTARY), FeeBasisRows.HEADING);
        return new AdditionalIbcf(allocation, fees, g.text(commentary, p + "/feeCommentary"),
                FeeBasisRows.read(g, reading, p + "/feeBasis"));
    }
}
