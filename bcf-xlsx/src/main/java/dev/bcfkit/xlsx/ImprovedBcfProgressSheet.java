package dev.bcfkit.xlsx;

import dev.bcfkit.core.funding.ImprovedBcfPurpose;
import dev.bcfkit.core.returns.ImprovedBcfProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a board records of its improved BCF beside a return: the uses it put the grant to, each
 * under one of the grant's three purposes ({@code [002:117]}, {@code [000:45-49]}), and the
 * progress reports submitted to date ("Two progress reports have been submitted to date",
 * {@code [000:52]}). The return templates have no such sheet; bcfkit adds "Improved BCF progress"
 * so that nothing read from JSON is lost in a workbook. The sheet is written only when the return
 * records the progress, so its presence is what the reader reads as "recorded".
 */
final class ImprovedBcfProgressSheet {
    static final String SHEET = "Improved BCF progress";
    static final String HEADING = "Improved BCF progress (not a template sheet; added by bcfkit)";
    static final String REPORTS = "Progress reports submitted to date (bcfkit):";
    static final List<String> COLUMNS = List.of("Use", "Description", "Purpose", "Amount");

    private ImprovedBcfProgressSheet() {
    }

    static void write(ReturnWriting w, QuarterlyReturn r) {
        ImprovedBcfProgress p = r.improvedBcfProgress();
        if (p == null) {
            return;
        }
        SheetWriting s = w.extraSheet(SHEET, HEADING);
        s.row(REPORTS, p.progressReportsSubmitted() == null ? null : (long) p.progressReportsSubmitted());
        s.blankRow();
        s.row(COLUMNS.toArray());
        long n = 0;
        for (ImprovedBcfProgress.Use u : p.uses()) {
            s.row(++n, u.description(), u.purpose() == null ? null : u.purpose().label(), u.amount());
        }
    }

    /** The recorded progress, with the cell of each value; null if the sheet is absent. */
    static ImprovedBcfProgress read(org.apache.poi.ss.usermodel.Workbook wb, Reading reading) {
        org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet(SHEET);
        if (sheet == null) {
            return null;
        }
        Grid g = new Grid(sheet, reading);
        String base = "/improvedBcfProgress";
        Long reports = g.count(g.valueOf(g.require(REPORTS), COLUMNS.get(0)), base + "/progressReportsSubmitted");
        if (reports != null && (reports < 0 || reports > Integer.MAX_VALUE)) {
            throw reading.problem(base + "/progressReportsSubmitted", g.address(g.valueOf(g.require(REPORTS))),
                    "expected a count of reports from 0 to " + Integer.MAX_VALUE + ", found " + reports);
        }
        int h = g.require(COLUMNS.get(0)).row();
        int[] col = new int[COLUMNS.size()];
        for (int i = 0; i < col.length; i++) {
            col[i] = g.requireColumn(h, COLUMNS.get(i));
        }
        List<ImprovedBcfProgress.Use> uses = new ArrayList<>();
        for (int r = h + 1; r <= sheet.getLastRowNum(); r++) {
            if (g.blank(new Grid.At(r, col[0]))) {
                continue;
            }
            String p = base + "/uses/" + uses.size();
            reading.record(p, g.address(new Grid.At(r, col[0])));
            uses.add(new ImprovedBcfProgress.Use(g.text(new Grid.At(r, col[1]), p + "/description"),
                    g.choice(new Grid.At(r, col[2]), p + "/purpose", ImprovedBcfProgressSheet::purpose),
                    g.money(new Grid.At(r, col[3]), p + "/amount")));
        }
        return new ImprovedBcfProgress(uses, reports == null ? null : reports.intValue());
    }

    private static ImprovedBcfPurpose purpose(String label) {
        return Arrays.stream(ImprovedBcfPurpose.values()).filter(u -> Words.says(label, u.label())).findFirst()
                .orElseThrow(() -> new dev.bcfkit.core.BcfException("purpose: expected one of "
                        + Arrays.stream(ImprovedBcfPurpose.values()).map(u -> "\"" + u.label() + "\"").toList()
                        + ", found \"" + Formats.quote(label) + "\""));
    }
}
