package dev.bcfkit.xlsx;

import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.MetricUnit;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.metrics.Trend;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a performance report beside a return (target, actual, their units and periods,
 * the RAG rating and trend as printed, {@code [000:20-26]}). The return templates have no such
 * sheet; bcfkit adds "Metric figures" so that nothing read from JSON is lost in a workbook.
 */
final class MetricFiguresSheet {
    static final String SHEET = "Metric figures";
    static final String HEADING = "Metric figures as reported (not a template sheet; added by bcfkit)";
    static final List<String> COLUMNS = List.of("Metric", "Reference", "Target", "Target unit", "Target period",
            "Actual", "Actual unit", "Actual period", "RAG", "Trend", "Mitigating actions");

    private MetricFiguresSheet() {
    }

    static void write(ReturnWriting w, QuarterlyReturn r) {
        if (r.metrics().stream().allMatch(m -> m.figures() == null)) {
            return;
        }
        SheetWriting s = w.extraSheet(SHEET, HEADING);
        s.row(COLUMNS.toArray());
        for (MetricProgress m : r.metrics()) {
            MetricFigures f = m.figures();
            if (f == null) {
                continue;
            }
            s.row(m.metric().label(), f.reference(), f.target(), unit(f.targetUnit()), f.targetPeriod(), f.actual(),
                    unit(f.actualUnit()), f.actualPeriod(), f.reportedRag() == null ? null : f.reportedRag().letter(),
                    f.reportedTrend() == null ? null : f.reportedTrend().arrow(), f.mitigatingActions());
        }
    }

    private static String unit(MetricUnit u) {
        return u == null ? null : u.label();
    }

    /** The figures by metric, with the pointer of each block; empty if the sheet is absent. */
    static Map<MetricKind, MetricFigures> read(org.apache.poi.ss.usermodel.Workbook wb, Reading reading,
            List<MetricKind> order) {
        Map<MetricKind, MetricFigures> out = new HashMap<>();
        org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet(SHEET);
        if (sheet == null) {
            return out;
        }
        Grid g = new Grid(sheet, reading);
        Grid.At head = g.require(COLUMNS.get(0));
        int h = head.row();
        int[] col = new int[COLUMNS.size()];
        for (int i = 0; i < col.length; i++) {
            col[i] = g.requireColumn(h, COLUMNS.get(i));
        }
        for (int r = h + 1; r <= sheet.getLastRowNum(); r++) {
            Grid.At key = new Grid.At(r, col[0]);
            if (g.blank(key)) {
                continue;
            }
            String name = g.raw(key);
            MetricKind kind = Arrays.stream(MetricKind.values()).filter(k -> Words.says(name, k.label())).findFirst()
                    .orElseThrow(() -> reading.problem("", g.address(key), "expected a metric such as \""
                            + MetricKind.REABLEMENT.label() + "\", found \"" + Formats.quote(name) + "\""));
            int index = order.indexOf(kind);
            String p = "/metrics/" + (index < 0 ? "-" : String.valueOf(index)) + "/figures/";
            out.put(kind, new MetricFigures(g.text(new Grid.At(r, col[1]), p + "reference"),
                    g.number(new Grid.At(r, col[2]), p + "target", "a number"),
                    g.choice(new Grid.At(r, col[3]), p + "targetUnit", MetricFiguresSheet::unit),
                    g.text(new Grid.At(r, col[4]), p + "targetPeriod"),
                    g.number(new Grid.At(r, col[5]), p + "actual", "a number"),
                    g.choice(new Grid.At(r, col[6]), p + "actualUnit", MetricFiguresSheet::unit),
                    g.text(new Grid.At(r, col[7]), p + "actualPeriod"),
                    g.choice(new Grid.At(r, col[8]), p + "reportedRag", Rag::fromLetter),
                    g.choice(new Grid.At(r, col[9]), p + "reportedTrend", MetricFiguresSheet::trend),
                    g.text(new Grid.At(r, col[10]), p + "mitigatingActions")));
        }
        return out;
    }

    private static MetricUnit unit(String label) {
        return Arrays.stream(MetricUnit.values()).filter(u -> u.label().equals(label)).findFirst()
                .orElseThrow(() -> new dev.bcfkit.core.BcfException("unit: expected one of "
                        + Arrays.stream(MetricUnit.values()).map(u -> "\"" + u.label() + "\"").toList() + ", found \""
                        + Formats.quote(label) + "\""));
    }

    private static Trend trend(String arrow) {
        return Arrays.stream(Trend.values()).filter(t -> t.arrow().equals(arrow)).findFirst()
                .orElseThrow(() -> new dev.bcfkit.core.BcfException("trend: expected one of ↑, → or ↓, found \""
                        + Formats.quote(arrow) + "\""));
    }
}
