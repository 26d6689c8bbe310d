package dev.bcfkit.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook typed back from a paper's rendering ({@link PaperLayout}): the rendering printed
 * what Excel showed, so a cell that shows a number is stored as the number with the format that
 * shows it that way. "£3,282,763" is 3282763 formatted {@code "£"#,##0}; "94%" is 0.94 formatted
 * {@code 0%}; "30/09/2016" is the date formatted {@code dd/mm/yyyy}; "1,234" and "12.5" are
 * numbers. Anything else, and any digits with a leading zero ("01702 212 113", "0123"), stays
 * the text printed. Where the renderer printed a cell's line breaks as HTML ({@code <p>South</p>
 * <p>Growth at NUH ...</p>}, a list opened by {@code <ul ...>}, {@code [000:213]}), the cell's
 * lines are the texts between those tags, joined by a line break.
 */
final class PaperWorkbook {
    private static final Pattern MONEY = Pattern.compile("(-)?£ ?(-)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern NUMBER = Pattern.compile("(-)?(\\d{1,3}(?:,\\d{3})+|[1-9]\\d*|0)(\\.\\d+)?");
    private static final Pattern PERCENT = Pattern.compile("(-)?(\\d+)(\\.\\d+)? ?%");
    private static final Pattern TAG = Pattern.compile("\\s*</?(?:p|ul)(?:\\s[^>]*)?>\\s*");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private PaperWorkbook() {
    }

    static Workbook of(PaperLayout layout) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Map<String, CellStyle> styles = new HashMap<>();
        for (Map.Entry<String, List<List<String>>> sheet : layout.sheets().entrySet()) {
            Sheet s = wb.createSheet(sheet.getKey());
            int r = 0;
            for (List<String> fields : sheet.getValue()) {
                Row row = s.createRow(r++);
                for (int c = 0; c < fields.size(); c++) {
                    String text = lines(fields.get(c)).strip();
                    if (!text.isEmpty()) {
                        type(row.createCell(c), text, wb, styles);
                    }
                }
            }
        }
        return wb;
    }

    /** A field's text, the renderer's paragraph and list tags turned back into line breaks. */
    static String lines(String field) {
        if (!TAG.matcher(field).find()) {
            return field;
        }
        return TAG.splitAsStream(field).map(String::strip).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static void type(Cell cell, String text, Workbook wb, Map<String, CellStyle> styles) {
        Matcher m;
        if ((m = MONEY.matcher(text)).matches()) {
            boolean negative = m.group(1) != null || m.group(2) != null;
            String places = m.group(4) == null ? "" : m.group(4);
            number(cell, (negative ? "-" : "") + m.group(3).replace(",", "") + places,
                    "\"£\"#,##0" + zeros(places), wb, styles);
        } else if ((m = PERCENT.matcher(text)).matches()) {
            String places = m.group(3) == null ? "" : m.group(3);
            BigDecimal value = new BigDecimal((m.group(1) == null ? "" : "-") + m.group(2) + places).movePointLeft(2);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style("0" + zeros(places) + "%", wb, styles));
        } else if ((m = NUMBER.matcher(text)).matches()) {
            String places = m.group(3) == null ? "" : m.group(3);
            number(cell, (m.group(1) == null ? "" : "-") + m.group(2).replace(",", "") + places,
                    (m.group(2).contains(",") ? "#,##0" : "0") + zeros(places), wb, styles);
        } else if (DATE.matcher(text).matches() && date(text) != null) {
            cell.setCellValue(date(text));
            cell.setCellStyle(style("dd/mm/yyyy", wb, styles));
        } else {
            cell.setCellValue(text);
        }
    }

    private static void number(Cell cell, String digits, String format, Workbook wb, Map<String, CellStyle> styles) {
        cell.setCellValue(new BigDecimal(digits).doubleValue());
        cell.setCellStyle(style(format, wb, styles));
    }

    private static String zeros(String places) {
        return places.isEmpty() ? "" : "." + "0".repeat(places.length() - 1);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static CellStyle style(String format, Workbook wb, Map<String, CellStyle> styles) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(f));
            return s;
        });
    }
}
