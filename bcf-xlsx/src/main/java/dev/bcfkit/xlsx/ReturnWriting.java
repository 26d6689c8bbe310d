package dev.bcfkit.xlsx;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Lays a quarterly return out as its edition's template, then adds the checklist sheet. */
final class ReturnWriting {
    private final QuarterlyReturn ret;
    final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final SheetWriting.Lists lists = new SheetWriting.Lists(workbook);
    private final List<SheetWriting> sheets = new ArrayList<>();

    ReturnWriting(QuarterlyReturn ret) {
        this.ret = ret;
    }

    XSSFWorkbook workbook() {
        try {
            if (ret.edition() == Edition.QUARTERLY_2016_17) {
                Workbook2016To17.write(this, ret);
            } else {
                Workbook2017To19.write(this, ret);
            }
            MetricFiguresSheet.write(this, ret);
            ImprovedBcfProgressSheet.write(this, ret);
            checklist();
            workbook.setSheetOrder("Lists", workbook.getNumberOfSheets() - 1);
            workbook.setActiveSheet(0);
            return workbook;
        } catch (RuntimeException e) {
            try {
                workbook.close();
            } catch (java.io.IOException ignored) {
                // nothing was written
            }
            throw e;
        }
    }

    /**
     * The title every sheet starts with, naming the quarter and year: "Better Care Fund Template
     * Q2 2018/19" ({@code [004:3]}); the 2016/17 cover prints the quarter alone, "Q1 2016/17"
     * ({@code [002:856]}).
     */
    String title() {
        String period = ret.period().quarter() + " " + ret.period().year();
        return ret.edition() == Edition.QUARTERLY_2016_17 ? period : "Better Care Fund Template " + period;
    }

    /** A new sheet of the template: its tab, then the title and section heading rows. */
    SheetWriting sheet(String tab, String heading) {
        SheetWriting s = new SheetWriting(workbook, tab, heading, styles, lists);
        s.row(title());
        s.row(heading);
        s.blankRow();
        sheets.add(s);
        return s;
    }

    /** A sheet the template does not have, which bcfkit adds; not counted in the checklist. */
    SheetWriting extraSheet(String tab, String heading) {
        SheetWriting s = new SheetWriting(workbook, tab, heading, styles, lists);
        s.row(heading);
        s.blankRow();
        return s;
    }

    private void checklist() {
        SheetWriting c = new SheetWriting(workbook, Checklist.SHEET, Checklist.SHEET, styles, lists);
        c.row(title());
        c.row(Checklist.SHEET);
        c.blankRow();
        c.row(Checklist.SECTION, Checklist.ANSWERED, Checklist.EXPECTED, Checklist.COMPLETE);
        for (SheetWriting s : sheets) {
            c.row(s.section, (long) s.answered, (long) s.expected, s.answered == s.expected ? "Yes" : "No");
        }
    }
}
