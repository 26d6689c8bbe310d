package dev.bcfkit.xlsx;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * One sheet, read by the template's words: labels and table headers are found wherever they
 * are, and each value is read from its cell as the user typed it, keeping the cell's address.
 * Formulas are never evaluated: a formula cell gives the value Excel cached, with a notice.
 */
final class Grid {
    /** Excel's first date serial is 1900-01-01; a serial above this is past the year 9999. */
    private static final double MAX_DATE_SERIAL = 2_958_465;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    final Sheet sheet;
    final String name;
    private final Reading reading;

    Grid(Sheet sheet, Reading reading) {
        this.sheet = sheet;
        this.name = sheet.getSheetName();
        this.reading = reading;
    }

    /** A cell position. */
    record At(int row, int column) {
        At right(int n) {
            return new At(row, column + n);
        }
    }

    String address(At at) {
        return name + "!" + new CellReference(at.row, at.column).formatAsString(false);
    }

    /** The first cell, in reading order, that says the label; null if none. */
    At find(String label) {
        return findFrom(0, label);
    }

    At findFrom(int firstRow, String label) {
        return index().first(label, firstRow);
    }

    /** The first cell at or after a row whose words are exactly the label's (no first-words match); null if none. */
    At exactly(int firstRow, String label) {
        return index().exactly(label, firstRow);
    }

    /** The first cell, in reading order, in rows [fromRow, toRow] whose normal words pass the test; null if none. */
    At firstWhere(int fromRow, int toRow, java.util.function.Predicate<String> words) {
        return index().first(fromRow, toRow, words);
    }

    private LabelIndex index() {
        return reading.index(sheet);
    }

    At require(String label) {
        At at = find(label);
        if (at == null) {
            throw reading.problem("", null, "sheet \"" + name + "\": expected the label \"" + label
                    + "\" of the template; it is not on the sheet");
        }
        return at;
    }

    /** The column, in a header row, whose header says the label; -1 if none. */
    int column(int headerRow, String label) {
        At at = index().first(label, headerRow);
        return at != null && at.row() == headerRow ? at.column() : -1;
    }

    int requireColumn(int headerRow, String label) {
        int c = column(headerRow, label);
        if (c < 0) {
            throw reading.problem("", name + "!" + (headerRow + 1), "expected the column \"" + label
                    + "\" of the template in this header row");
        }
        return c;
    }

    /** The first row at or after firstRow whose column holds text saying the label; -1 if none. */
    int rowSaying(int firstRow, int column, String label, int lastRow) {
        return index().rowSaying(label, column, firstRow, lastRow);
    }

    /**
     * The value a label asks for: the first filled cell right of the label, or, when the label
     * stands alone on its row (as the 2018/19 cover renders it, {@code [004]}), the next filled
     * row's only cell if that is not itself one of the sheet's labels. Blank rows between the
     * label and its answer are passed over, however many a council inserted (derived).
     */
    At valueOf(At label, String... otherLabels) {
        Row row = sheet.getRow(label.row);
        for (int c = label.column + 1; c <= Math.max(label.column + 1, row.getLastCellNum()); c++) {
            if (!blank(new At(label.row, c))) {
                return new At(label.row, c);
            }
        }
        for (Row below : sheet) {
            int r = below.getRowNum();
            if (r <= label.row || blankRow(below)) {
                continue;
            }
            for (Cell c : below) {
                if (!blank(new At(r, c.getColumnIndex()))) {
                    String text = raw(new At(r, c.getColumnIndex()));
                    for (String other : otherLabels) {
                        if (Words.says(text, other)) {
                            return null;
                        }
                    }
                    return new At(r, c.getColumnIndex());
                }
            }
            return null;
        }
        return null;
    }

    private boolean blankRow(Row row) {
        for (Cell c : row) {
            if (!blank(new At(row.getRowNum(), c.getColumnIndex()))) {
                return false;
            }
        }
        return true;
    }

    boolean blank(At at) {
        Cell c = cell(at);
        if (c == null) {
            return true;
        }
        CellType t = type(c);
        return t == CellType.BLANK || t == CellType.STRING && c.getStringCellValue().isEmpty();
    }

    private Cell cell(At at) {
        if (at == null || at.column < 0) {
            return null;
        }
        Row row = sheet.getRow(at.row);
        return row == null ? null : row.getCell(at.column);
    }

    private static CellType type(Cell c) {
        return c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    }

    private Cell input(At at, String pointer) {
        Cell c = cell(at);
        if (c == null) {
            return null;
        }
        if (c.getCellType() == CellType.FORMULA) {
            reading.notices.add(address(at) + ": a formula (=" + c.getCellFormula()
                    + ") where the template wants a typed value; its cached value was read, not recalculated");
        }
        return c;
    }

    /** The cell's text without recording it: a number as its plain digits. */
    String raw(At at) {
        Cell c = cell(at);
        if (c == null) {
            return null;
        }
        return switch (type(c)) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> null;
        };
    }

    /** A free-text answer, exactly as typed; a number typed into it as its plain digits. */
    String text(At at, String pointer) {
        if (blank(at)) {
            return null;
        }
        Cell c = input(at, pointer);
        reading.record(pointer, address(at));
        if (type(c) == CellType.ERROR) {
            throw reading.problem(pointer, address(at), "the cell holds an Excel error, not an answer");
        }
        return raw(at);
    }

    /** A drop-down answer: the text the template shows, read by the closed list's own parser. */
    <T> T choice(At at, String pointer, Function<String, T> fromLabel) {
        String text = text(at, pointer);
        if (text == null) {
            return null;
        }
        try {
            return fromLabel.apply(text.strip());
        } catch (BcfException e) {
            throw reading.problem(pointer, address(at), e.getMessage());
        }
    }

    /** An amount in pounds: a number, or text such as "£1,234", "1,234" or "£ 20.0". */
    Money money(At at, String pointer) {
        BigDecimal n = number(at, pointer, "an amount in pounds such as £1,234");
        if (n == null) {
            return null;
        }
        try {
            return Money.of(n);
        } catch (BcfException e) {
            throw reading.problem(pointer, address(at), e.getMessage());
        }
    }

    /** A percentage: a number formatted as a percentage (0.035 shown 3.5%), or 3.5, or "3.5%". */
    BigDecimal percent(At at, String pointer) {
        if (blank(at)) {
            return null;
        }
        Cell c = cell(at);
        if (type(c) == CellType.NUMERIC && Formats.isPercent(c.getCellStyle().getDataFormatString())) {
            input(at, pointer);
            reading.record(pointer, address(at));
            int places = Formats.decimalPlaces(c.getCellStyle().getDataFormatString());
            return BigDecimal.valueOf(c.getNumericCellValue()).movePointRight(2).setScale(places, RoundingMode.HALF_UP);
        }
        return number(at, pointer, "a percentage such as 3.5%");
    }

    /** A whole count, such as "1,234". */
    Long count(At at, String pointer) {
        BigDecimal n = number(at, pointer, "a whole number such as 1,234");
        if (n == null) {
            return null;
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw reading.problem(pointer, address(at), "expected a whole number such as 1,234, found "
                    + n.toPlainString());
        }
    }

    /** A number: a number cell (to the decimal places its format shows), or text with "£", "," or "%". */
    BigDecimal number(At at, String pointer, String expected) {
        if (blank(at)) {
            return null;
        }
        Cell c = input(at, pointer);
        reading.record(pointer, address(at));
        CellType t = type(c);
        if (t == CellType.NUMERIC) {
            BigDecimal n = BigDecimal.valueOf(c.getNumericCellValue());
            String format = c.getCellStyle().getDataFormatString();
            int places = Formats.decimalPlaces(format);
            return places >= 0 ? n.setScale(places, RoundingMode.HALF_UP) : plain(n);
        }
        if (t == CellType.STRING) {
            String s = c.getStringCellValue().strip();
            String digits = s.replace("£", "").replace(",", "").replace("%", "").replace(" ", "");
            if (digits.matches("-?\\d{1,17}(\\.\\d{1,15})?")) {
                return new BigDecimal(digits);
            }
            throw reading.problem(pointer, address(at), "expected " + expected + ", found \"" + Formats.quote(s)
                    + "\"");
        }
        throw reading.problem(pointer, address(at), "expected " + expected + ", found " + describe(c));
    }

    /** A date: a date cell, an Excel date serial, or text DD/MM/YYYY. */
    LocalDate date(At at, String pointer) {
        if (blank(at)) {
            return null;
        }
        Cell c = input(at, pointer);
        reading.record(pointer, address(at));
        CellType t = type(c);
        if (t == CellType.NUMERIC) {
            double serial = c.getNumericCellValue();
            if (serial < 1 || serial > MAX_DATE_SERIAL || serial != Math.floor(serial)) {
                throw reading.problem(pointer, address(at), "expected a date DD/MM/YYYY or an Excel date serial,"
                        + " found the number " + plain(BigDecimal.valueOf(serial)).toPlainString());
            }
            return DateUtil.getLocalDateTime(serial).toLocalDate();
        }
        if (t == CellType.STRING) {
            String s = c.getStringCellValue().strip();
            try {
                return LocalDate.parse(s, DAY_MONTH_YEAR);
            } catch (DateTimeException e) {
                throw reading.problem(pointer, address(at), "expected a date DD/MM/YYYY, found \""
                        + Formats.quote(s) + "\"");
            }
        }
        throw reading.problem(pointer, address(at), "expected a date DD/MM/YYYY, found " + describe(c));
    }

    private static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String describe(Cell c) {
        return switch (type(c)) {
            case BOOLEAN -> "the logical value " + (c.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> "an Excel error";
            default -> "a " + type(c).name().toLowerCase(java.util.Locale.ROOT) + " cell";
        };
    }
}
