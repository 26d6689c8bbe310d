package dev.bcfkit.xlsx;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.UnknownEditionException;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Recognises a workbook's edition by its cover's title ("Better Care Fund Template Q2 2018/19",
 * {@code [004:3]}; "Q4 2016/17", {@code [002:2192]}) and reads it with that edition's layout. A
 * workbook without a cover, or whose title names no known template, is refused saying what was
 * expected.
 */
final class ReturnReading {
    /** How many filled rows at a sheet's top may hold its section's heading. */
    private static final int HEADING_ROWS = 4;
    private static final Pattern PERIOD = Pattern.compile("(Q[1-4])\\s+(\\d{4}/\\d{2})", Pattern.CASE_INSENSITIVE);

    private final XSSFWorkbook workbook;
    private final Reading reading;

    ReturnReading(XSSFWorkbook workbook, String source) {
        this.workbook = workbook;
        this.reading = new Reading(source);
    }

    WorkbookDocument read() {
        Sheet cover = sheet("1. Cover");
        ReportingPeriod period = period(new Grid(cover, reading));
        Edition edition;
        try {
            edition = Edition.ofReturn(period.year());
        } catch (UnknownEditionException e) {
            throw reading.problem("/period", cover.getSheetName(), e.getMessage());
        }
        QuarterlyReturn r = edition == Edition.QUARTERLY_2016_17 ? new Read2016To17(this, period).read()
                : new Read2017To19(this, period).read();
        r = r.withImprovedBcfProgress(ImprovedBcfProgressSheet.read(workbook, reading));
        return new WorkbookDocument(r, reading.cells, reading.notices);
    }

    Reading reading() {
        return reading;
    }

    XSSFWorkbook workbook() {
        return workbook;
    }

    /**
     * The sheet of a template section: its tab named as the section ("3. Metrics"), or a
     * shortening of it ("2. National Conditions &amp; s75", since a tab holds 31 characters), with
     * or without its number ({@link Words#tab}); else the sheet headed by the section's words.
     */
    Sheet sheet(String section) {
        Sheet s = find(section);
        if (s == null) {
            throw reading.problem("", null, "expected the sheet \"" + section + "\" of the template; the workbook has "
                    + names());
        }
        return s;
    }

    Sheet find(String section) {
        String want = Words.tab(section);
        for (Sheet s : workbook) {
            String have = Words.tab(s.getSheetName());
            if (!have.isEmpty() && (want.equals(have) || want.startsWith(have) && have.length() >= 10)) {
                return s;
            }
        }
        for (Sheet s : workbook) {
            if (headed(s, section)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The sheet of a section a return may lack (the 2016/17 year-end feedback and additional
     * measures, the 2018/19 additional iBCF): null when no sheet has it. A sheet that holds the
     * section's own label but is neither named nor headed as the section is refused, naming the
     * sheet and the label: its answers are never read as a blank section.
     */
    Sheet optional(String section, String ownLabel) {
        Sheet s = find(section);
        if (s != null) {
            return s;
        }
        for (Sheet other : workbook) {
            Grid.At at = reading.index(other).first(ownLabel, 0);
            if (at != null) {
                throw reading.problem("", new Grid(other, reading).address(at), "sheet \"" + other.getSheetName()
                        + "\" has the label \"" + ownLabel + "\" of the section \"" + section + "\", but neither"
                        + " its tab nor its first rows name that section; expected the tab or the heading \""
                        + section + "\"");
            }
        }
        return null;
    }

    /**
     * Whether one of a sheet's first {@value #HEADING_ROWS} filled rows is the section's heading,
     * whatever its tab is called. Blank rows do not count: a council may insert rows above the
     * heading (derived).
     */
    private static boolean headed(Sheet s, String section) {
        int filled = 0;
        for (org.apache.poi.ss.usermodel.Row row : s) {
            boolean blank = true;
            for (org.apache.poi.ss.usermodel.Cell c : row) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && Words.normal(c.getStringCellValue()).equals(Words.normal(section))) {
                    return true;
                }
                blank &= c.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK
                        || c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && c.getStringCellValue().isBlank();
            }
            if (!blank && ++filled >= HEADING_ROWS) {
                return false;
            }
        }
        return false;
    }

    private String names() {
        StringBuilder b = new StringBuilder();
        for (Sheet s : workbook) {
            b.append(b.length() == 0 ? "" : ", ").append('"').append(s.getSheetName()).append('"');
        }
        return b.length() == 0 ? "no sheets" : b.toString();
    }

    private ReportingPeriod period(Grid g) {
        for (int r = 0; r <= Math.min(10, g.sheet.getLastRowNum()); r++) {
            org.apache.poi.ss.usermodel.Row row = g.sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (org.apache.poi.ss.usermodel.Cell c : row) {
                String text = g.raw(new Grid.At(r, c.getColumnIndex()));
                Matcher m = text == null ? null : PERIOD.matcher(text);
                if (m != null && m.find()) {
                    try {
                        reading.record("/period", g.address(new Grid.At(r, c.getColumnIndex())));
                        return ReportingPeriod.parse(m.group(2) + " " + m.group(1).toUpperCase(java.util.Locale.ROOT));
                    } catch (BcfException e) {
                        throw reading.problem("/period", g.address(new Grid.At(r, c.getColumnIndex())),
                                e.getMessage());
                    }
                }
            }
        }
        throw reading.problem("/period", g.name, "expected the title \"Better Care Fund Template Q2 2018/19\""
                + " (the quarter and year) in the first rows of the cover");
    }
}
