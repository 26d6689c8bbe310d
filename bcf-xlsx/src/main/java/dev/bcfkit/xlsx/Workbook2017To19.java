package dev.bcfkit.xlsx;

import static dev.bcfkit.xlsx.Labels2017To19.*;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
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
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.RedBag;
import dev.bcfkit.xlsx.SheetWriting.Choice;
import dev.bcfkit.xlsx.SheetWriting.Input;
import dev.bcfkit.xlsx.SheetWriting.Percent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes a 2017/18 or 2018/19 return as its template lays it out ({@code [000:180-254]},
 * {@code [004]}): Cover, National Conditions &amp; s75 Pooled Budget, Metrics, High Impact Change
 * Model with the Red Bag scheme, Narrative and, in 2018/19, the additional iBCF sheet.
 */
final class Workbook2017To19 {
    static final String TAB_CONDITIONS = "2. National Conditions & s75";
    static final String TAB_IBCF = "6. Additional iBCF";

    private Workbook2017To19() {
    }

    static void write(ReturnWriting w, QuarterlyReturn r) {
        Edition edition = r.edition();
        CoverSheet.write(w.sheet(COVER, COVER), r.cover(), COVER_LABELS);
        conditions(w.sheet(TAB_CONDITIONS, CONDITIONS), r, edition);
        metrics(w.sheet(METRICS, METRICS), r, edition);
        if (r.highImpactChangeModel() != null) {
            hicm(w.sheet(HICM, HICM), r.period(), r.highImpactChangeModel());
        }
        narrative(w.sheet(NARRATIVE, NARRATIVE), r.narrative());
        if (r.additionalIbcf() != null) {
            ibcf(w.sheet(TAB_IBCF, IBCF), r.additionalIbcf());
        }
    }

    static List<String> labels(Object[] values, java.util.function.Function<Object, String> label) {
        return Arrays.stream(values).map(label).collect(Collectors.toList());
    }

    private static final List<String> YES_NO = List.of(YesNo.YES.label(), YesNo.NO.label());

    private static void conditions(SheetWriting s, QuarterlyReturn r, Edition edition) {
        s.row(SELECTED_HWB, r.cover() == null || r.cover().healthAndWellbeingBoard() == null ? null
                : r.cover().healthAndWellbeingBoard().name());
        s.blankRow();
        s.row(CONDITIONS_TITLE);
        s.row(CONDITION, CONFIRMATION, EXPLANATION);
        List<String> answers = List.of(ConditionAnswer.YES.label(), ConditionAnswer.NO.label());
        for (ConditionResponse c : r.nationalConditions()) {
            if (c.expectedDate() != null || !c.previousResponses().isEmpty()) {
                throw new dev.bcfkit.core.BcfException("nationalConditions: the " + edition.label()
                        + " template has no date or previous-response column for condition " + c.condition().code());
            }
            s.row(c.condition().wording(), new Choice(answers, label(c.answer())), new Input(c.explanation()));
        }
        s.blankRow();
        s.row(S75_TITLE);
        s.row(STATEMENT, RESPONSE, EXPLANATION, POOLING_DATE);
        BudgetArrangements b = r.budgetArrangements();
        if (b != null && b.confirmedNowPooled() != null) {
            throw new dev.bcfkit.core.BcfException("budgetArrangements/confirmedNowPooled: the " + edition.label()
                    + " template does not ask it");
        }
        s.row(POOLED, new Choice(YES_NO, b == null || b.pooledViaSection75() == null ? null
                : b.pooledViaSection75().label()), new Input(b == null ? null : b.explanation()),
                new Input(b == null ? null : b.expectedPoolingDate()));
    }

    private static String label(ConditionAnswer a) {
        return a == null ? null : a.label();
    }

    private static void metrics(SheetWriting s, QuarterlyReturn r, Edition edition) {
        s.row(METRIC, DEFINITION, ASSESSMENT, CHALLENGES, ACHIEVEMENTS, SUPPORT_NEEDS);
        List<String> assessments = MetricAssessment.forEdition(edition).stream().map(MetricAssessment::label)
                .collect(Collectors.toList());
        for (MetricProgress m : r.metrics()) {
            if (m.commentary() != null || m.specifiedMetric() != null) {
                throw new dev.bcfkit.core.BcfException("metrics: the " + edition.label()
                        + " template has no commentary or specified-metric cell (metric " + m.metric().label() + ")");
            }
            s.row(metricRow(m.metric()), m.definition(), new Choice(assessments,
                    m.assessment() == null ? null : m.assessment().label()), new Input(m.challenges()),
                    new Input(m.achievements()), new Input(m.supportNeeds()));
        }
    }

    private static void hicm(SheetWriting s, ReportingPeriod current, HighImpactChangeModel m) {
        TreeSet<ReportingPeriod> periods = new TreeSet<>();
        for (ChangeAssessment c : m.changes()) {
            periods.addAll(c.maturity().keySet());
        }
        if (m.redBag() != null) {
            periods.addAll(m.redBag().maturity().keySet());
        }
        List<String> levels = Arrays.stream(MaturityLevel.values()).map(MaturityLevel::label)
                .collect(Collectors.toList());
        List<Object> over = new ArrayList<>(List.of("", "", MATURITY));
        s.row(over.toArray());
        List<Object> header = new ArrayList<>(List.of("", ""));
        for (ReportingPeriod p : periods) {
            header.add(periodLabel(p, current));
        }
        header.addAll(List.of(RATIONALE, CHALLENGES, MILESTONES, SUPPORT));
        s.row(header.toArray());
        for (ChangeAssessment c : m.changes()) {
            List<Object> row = new ArrayList<>(List.of("Chg " + c.change().number(), c.change().label()));
            maturities(row, periods, c.maturity(), levels);
            row.addAll(List.of(new Input(c.rationale()), new Input(c.challenges()), new Input(c.milestones()),
                    new Input(c.supportNeeds())));
            s.row(row.toArray());
        }
        s.blankRow();
        RedBag b = m.redBag();
        if (b == null) {
            return;
        }
        s.row(RED_BAG_TITLE);
        List<Object> bagHeader = new ArrayList<>(List.of("", ""));
        for (ReportingPeriod p : periods) {
            bagHeader.add(periodLabel(p, current));
        }
        bagHeader.addAll(List.of(MITIGATIONS, CHALLENGES, ACHIEVEMENTS_IMPACT, SUPPORT));
        s.row(bagHeader.toArray());
        List<Object> row = new ArrayList<>(List.of(RED_BAG_KEY, RED_BAG));
        maturities(row, periods, b.maturity(), levels);
        row.addAll(List.of(new Input(b.alternativeMitigations()), new Input(b.challenges()),
                new Input(b.achievements()), new Input(b.supportNeeds())));
        s.row(row.toArray());
    }

    private static void maturities(List<Object> row, TreeSet<ReportingPeriod> periods,
            SortedMap<ReportingPeriod, MaturityLevel> maturity, List<String> levels) {
        for (ReportingPeriod p : periods) {
            MaturityLevel l = maturity.get(p);
            row.add(new Choice(levels, l == null ? null : l.label()));
        }
    }

    /** "Q2 18/19 (Current)", "Q3 18/19 (Planned)", "Q1 18/19" as the template heads them ({@code [004:77]}). */
    static String periodLabel(ReportingPeriod p, ReportingPeriod current) {
        int c = p.compareTo(current);
        return p.templateLabel() + (c == 0 ? " (Current)" : c > 0 ? " (Planned)" : "");
    }

    private static void narrative(SheetWriting s, Narrative n) {
        s.row(PROGRESS, new Input(n == null ? null : n.progress()));
        s.blankRow();
        s.row(SUCCESS, new Input(n == null ? null : n.successStory()));
    }

    private static void ibcf(SheetWriting s, AdditionalIbcf a) {
        s.row(ALLOCATION, a.allocation());
        s.blankRow();
        s.row("", "2017/18", "2018/19", UPLIFT);
        for (FeeServiceType t : FeeServiceType.values()) {
            AverageFee f = a.fees().stream().filter(x -> x.serviceType() == t).findFirst().orElse(null);
            s.row(feeRow(t), new Input(f == null ? null : f.previousYearRate()),
                    new Input(f == null ? null : f.currentYearRate()),
                    new Input(f == null || f.estimatedUpliftPercent() == null ? null
                            : new Percent(f.estimatedUpliftPercent())));
        }
        if (a.fees().size() != a.fees().stream().map(AverageFee::serviceType).distinct().count()
                || !a.fees().stream().map(AverageFee::serviceType).sorted().collect(Collectors.toList())
                        .equals(a.fees().stream().map(AverageFee::serviceType).collect(Collectors.toList()))) {
            throw new dev.bcfkit.core.BcfException("additionalIbcf/fees: the template has one row per service type,"
                    + " in the order home care, care homes without nursing, care homes with nursing");
        }
        s.row(FEE_COMMENTARY, new Input(a.feeCommentary()));
        FeeBasisRows.write(s, a.feeBasis());
    }

    static HighImpactChange change(int number) {
        return HighImpactChange.values()[number - 1];
    }
}
