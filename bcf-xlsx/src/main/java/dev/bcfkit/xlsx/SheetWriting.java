package dev.bcfkit.xlsx;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one sheet row by row, the way the template lays it out: labels as text, answers in
 * input cells with the number format of their kind, closed answers with a drop-down list of the
 * template's texts, and a count of the input cells answered and expected for the checklist.
 */
final class SheetWriting {
    /** The most characters an Excel cell holds. */
    static final int CELL_LIMIT = 32_767;
    /** Digits a double holds exactly; a longer amount is written as text. */
    private static final int EXACT_DIGITS = 15;

    /** An input cell: counted for the checklist. */
    record Input(Object value) {
    }

    /** A closed answer: an input cell with a drop-down list of the template's texts. */
    record Choice(List<String> options, String value) {
    }

    /** A percentage, such as 3.5 for 3.5%. */
    record Percent(BigDecimal value) {
    }

    final XSSFSheet sheet;
    final String section;
    private final XSSFWorkbook workbook;
    private final Map<String, CellStyle> styles;
    private final Lists lists;
    private int next;
    int answered;
    int expected;

    SheetWriting(XSSFWorkbook workbook, String sheetName, String section, Map<String, CellStyle> styles,
            Lists lists) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(sheetName);
        this.section = section;
        this.styles = styles;
        this.lists = lists;
    }

    /** The drop-down lists, on a hidden sheet (an explicit list is limited to 255 characters). */
    static final class Lists {
        private final XSSFSheet sheet;
        private final Map<List<String>, String> ranges = new HashMap<>();

        Lists(XSSFWorkbook workbook) {
            sheet = workbook.createSheet("Lists");
            workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        }

        String range(List<String> options) {
            return ranges.computeIfAbsent(options, o -> {
                int column = ranges.size();
                for (int i = 0; i < o.size(); i++) {
                    Row row = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
                    row.createCell(column).setCellValue(o.get(i));
                }
                String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
                return "Lists!$" + letter + "$1:$" + letter + "$" + o.size();
            });
        }
    }

    void blankRow() {
        next++;
    }

    int row(Object... cells) {
        int r = next++;
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            put(row, c, cells[c]);
        }
        return r;
    }

    private void put(Row row, int c, Object value) {
        if (value instanceof Input input) {
            expected++;
            if (input.value != null) {
                answered++;
            }
            put(row, c, input.value);
            return;
        }
        if (value instanceof Choice choice) {
            expected++;
            if (choice.value != null) {
                answered++;
                put(row, c, choice.value);
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidationConstraint list = helper.createFormulaListConstraint(lists.range(choice.options));
            DataValidation v = helper.createValidation(list,
                    new CellRangeAddressList(row.getRowNum(), row.getRowNum(), c, c));
            v.setShowErrorBox(true);
            sheet.addValidationData(v);
            return;
        }
        if (value == null) {
            return;
        }
        XSSFCell cell = (XSSFCell) row.createCell(c);
        if (value instanceof String s) {
            if (s.length() > CELL_LIMIT) {
                throw new BcfException(sheet.getSheetName() + "!" + cell.getReference() + ": a text of "
                        + s.length() + " characters does not fit an Excel cell (" + CELL_LIMIT + " at most)");
            }
            cell.setCellValue(s);
        } else if (value instanceof Money m) {
            number(cell, m.amount(), Formats.money(m.amount().scale()));
        } else if (value instanceof Percent p) {
            BigDecimal fraction = p.value.movePointLeft(2);
            if (p.value.precision() > EXACT_DIGITS) {
                cell.setCellValue(p.value.toPlainString() + "%");
            } else {
                cell.setCellValue(fraction.doubleValue());
                cell.setCellStyle(style(Formats.percent(Math.max(0, p.value.scale()))));
            }
        } else if (value instanceof BigDecimal d) {
            number(cell, d, Formats.decimal(Math.max(0, d.scale())));
        } else if (value instanceof Long n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(style(Formats.COUNT));
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(style(Formats.DATE));
        } else {
            throw new IllegalArgumentException("cell value " + value.getClass());
        }
    }

    private void number(XSSFCell cell, BigDecimal n, String format) {
        if (n.precision() > EXACT_DIGITS || n.scale() < 0) {
            cell.setCellValue(n.toPlainString());
        } else {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(style(format));
        }
    }

    private CellStyle style(String format) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle s = workbook.createCellStyle();
            s.setDataFormat(workbook.createDataFormat().getFormat(f));
            return s;
        });
    }
}
