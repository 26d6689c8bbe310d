package dev.bcfkit.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * What councils do to a template that must not change what it says, each change written as Excel
 * would save it (Apache POI), and where each cell it moves goes ({@link Moves}). A change that
 * finds nothing to change in this workbook (no label to merge, say) leaves it as it is.
 */
final class LayoutChanges {
    private LayoutChanges() {
    }

    /** One change, described for a failing sample. */
    record Change(String what, BiConsumer<XSSFWorkbook, Moves> change) {
        void apply(XSSFWorkbook w, Moves m) {
            change.accept(w, m);
        }

        @Override
        public String toString() {
            return what;
        }
    }

    static Arbitrary<Change> any() {
        Arbitrary<Double> p = Arbitraries.doubles().between(0, 1);
        return Arbitraries.oneOf(
                Combinators.combine(p, p, Arbitraries.integers().between(1, 3)).as(LayoutChanges::insertRows),
                p.map(LayoutChanges::blankRowInsideTable),
                Combinators.combine(p, Arbitraries.integers().between(1, 4)).as(LayoutChanges::insertColumns),
                Combinators.combine(Arbitraries.integers().between(0, 3), p).as(LayoutChanges::extraSheet),
                Arbitraries.longs().map(LayoutChanges::reorderTabs),
                Combinators.combine(p, Arbitraries.integers().between(0, 3)).as(LayoutChanges::renameTab),
                Combinators.combine(p, p, p).as(LayoutChanges::hide),
                Combinators.combine(p, p).as(LayoutChanges::mergeLabel),
                Combinators.combine(p, p, Arbitraries.integers().between(0, 7)).as(LayoutChanges::retypeLabel),
                Combinators.combine(p, Arbitraries.integers().between(0, 3)).as(LayoutChanges::numberAsText),
                Combinators.combine(p, Arbitraries.integers().between(0, 2)).as(LayoutChanges::dateRetyped),
                Combinators.combine(p, p, Arbitraries.integers().between(0, 1)).as(LayoutChanges::stringStored));
    }

    /** Blank rows inserted above a block: at the top, or where a blank row already parts two blocks. */
    static Change insertRows(double sheet, double where, int n) {
        return new Change("insert " + n + " rows above a block (" + sheet + ", " + where + ")", (w, m) -> {
            XSSFSheet s = pick(sheets(w), sheet);
            List<Integer> boundaries = new ArrayList<>();
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                if (r == 0 || blankRow(s.getRow(r - 1))) {
                    boundaries.add(r);
                }
            }
            int at = pick(boundaries, where);
            s.shiftRows(at, s.getLastRowNum(), n);
            m.ops(s).add(new int[] {0, at, n});
        });
    }

    /**
     * A blank row inserted inside a table, as a council parts a table's rows: above a national
     * condition's, a metric's or a High Impact Change's row whose row above is filled.
     */
    static Change blankRowInsideTable(double which) {
        return new Change("insert a blank row inside a table (" + which + ")", (w, m) -> {
            List<Cell> rows = new ArrayList<>();
            for (Cell c : m.tableRowNames(w)) {
                if (c.getRowIndex() > 0 && !blankRow(c.getSheet().getRow(c.getRowIndex() - 1))) {
                    rows.add(c);
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            Cell c = pick(rows, which);
            XSSFSheet s = (XSSFSheet) c.getSheet();
            int at = c.getRowIndex();
            s.shiftRows(at, s.getLastRowNum(), 1);
            m.ops(s).add(new int[] {0, at, 1});
        });
    }

    /** Blank columns inserted left of everything. */
    static Change insertColumns(double sheet, int n) {
        return new Change("insert " + n + " columns at the left (" + sheet + ")", (w, m) -> {
            XSSFSheet s = pick(sheets(w), sheet);
            int last = 0;
            for (Row r : s) {
                last = Math.max(last, r.getLastCellNum());
            }
            s.shiftColumns(0, last, n);
            m.ops(s).add(new int[] {1, 0, n});
        });
    }

    /** A guidance sheet, a council's checklist, a hidden lookup sheet or a very hidden one, anywhere among the tabs. */
    static Change extraSheet(int kind, double where) {
        String[] names = {"Guidance", "Council checklist", "Lookups", "Data"};
        return new Change("add the sheet \"" + names[kind] + "\" at " + where, (w, m) -> {
            if (w.getSheet(names[kind]) != null) {
                return;
            }
            XSSFSheet s = w.createSheet(names[kind]);
            List<Object[]> rows = switch (kind) {
                case 0 -> List.of(new Object[] {"Guidance"}, new Object[] {"Please complete the yellow cells."},
                        new Object[] {}, new Object[] {"1. Cover", "Who completed the return"},
                        new Object[] {"3. National Conditions", "Confirm each condition"});
                case 1 -> List.of(new Object[] {"Item", "Done?"}, new Object[] {"Cover completed", "Yes"},
                        new Object[] {"Signed off", "No"});
                case 2 -> List.of(new Object[] {"Yes"}, new Object[] {"No"}, new Object[] {"Mature"});
                default -> List.of(new Object[] {1.0, 2.0}, new Object[] {"Q1", "Q2"});
            };
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    if (rows.get(r)[c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue((String) rows.get(r)[c]);
                    }
                }
            }
            w.setSheetOrder(names[kind], Math.min(w.getNumberOfSheets() - 1, (int) (where * w.getNumberOfSheets())));
            activateVisible(w);
            if (kind >= 2) {
                w.setSheetVisibility(w.getSheetIndex(s), kind == 2 ? SheetVisibility.HIDDEN
                        : SheetVisibility.VERY_HIDDEN);
            }
        });
    }

    /** The tabs in another order. */
    static Change reorderTabs(long seed) {
        return new Change("reorder the tabs (" + seed + ")", (w, m) -> {
            Random random = new Random(seed);
            List<String> names = new ArrayList<>();
            w.forEach(s -> names.add(s.getSheetName()));
            for (String name : names) {
                w.setSheetOrder(name, random.nextInt(names.size()));
            }
            activateVisible(w);
        });
    }

    /** A numbered tab ("3. National Conditions") named without its number, "3) ...", with trailing spaces or in capitals. */
    static Change renameTab(double sheet, int style) {
        return new Change("rename a numbered tab, style " + style + " (" + sheet + ")", (w, m) -> {
            List<XSSFSheet> numbered = new ArrayList<>();
            for (XSSFSheet s : sheets(w)) {
                if (s.getSheetName().matches("\\d+\\. .*")) {
                    numbered.add(s);
                }
            }
            if (numbered.isEmpty()) {
                return;
            }
            XSSFSheet s = pick(numbered, sheet);
            String name = s.getSheetName();
            String number = name.substring(0, name.indexOf('.'));
            String rest = name.substring(name.indexOf('.') + 2);
            String renamed = switch (style) {
                case 0 -> rest;
                case 1 -> number + ") " + rest;
                case 2 -> name + "  ";
                default -> name.toUpperCase(Locale.ROOT);
            };
            renamed = renamed.length() > 31 ? renamed.substring(0, 31) : renamed;
            if (w.getSheetIndex(renamed) < 0 && !renamed.isBlank()) {
                w.setSheetName(w.getSheetIndex(s), renamed);
            }
        });
    }

    /** A row and a column hidden. */
    static Change hide(double sheet, double row, double column) {
        return new Change("hide a row and a column (" + sheet + ", " + row + ", " + column + ")", (w, m) -> {
            XSSFSheet s = pick(sheets(w), sheet);
            int r = (int) (row * (s.getLastRowNum() + 1));
            (s.getRow(r) == null ? s.createRow(r) : s.getRow(r)).setZeroHeight(true);
            s.setColumnHidden((int) (column * 8), true);
        });
    }

    /** A label's cell merged with the blank row's cell below it, as a header spread over two rows. */
    static Change mergeLabel(double sheet, double which) {
        return new Change("merge a label with the blank cell below (" + sheet + ", " + which + ")", (w, m) -> {
            XSSFSheet s = pick(sheets(w), sheet);
            List<Cell> labels = new ArrayList<>();
            for (Cell c : m.labels(s)) {
                int r = c.getRowIndex();
                if (blankRow(s.getRow(r + 1)) && !merged(s, r, c.getColumnIndex())
                        && !merged(s, r + 1, c.getColumnIndex())) {
                    labels.add(c);
                }
            }
            if (!labels.isEmpty()) {
                Cell c = pick(labels, which);
                s.addMergedRegion(new CellRangeAddress(c.getRowIndex(), c.getRowIndex() + 1, c.getColumnIndex(),
                        c.getColumnIndex()));
            }
        });
    }

    /** A label typed another way: Alt+Enter, double or non-breaking spaces, another case, a trailing colon or asterisk. */
    static Change retypeLabel(double sheet, double which, int style) {
        return new Change("retype a label, style " + style + " (" + sheet + ", " + which + ")", (w, m) -> {
            XSSFSheet s = pick(sheets(w), sheet);
            List<Cell> labels = m.labels(s);
            if (labels.isEmpty()) {
                return;
            }
            Cell c = pick(labels, which);
            String t = c.getStringCellValue();
            c.setCellValue(switch (style) {
                case 0 -> t.replaceFirst(" ", "\n");
                case 1 -> t.replace(" ", "  ");
                case 2 -> t.replace(' ', '\u00A0');
                case 3 -> t.toUpperCase(Locale.ROOT);
                case 4 -> t.toLowerCase(Locale.ROOT);
                case 5 -> t.endsWith(":") ? t.substring(0, t.length() - 1) : t + ":";
                case 6 -> t + " *";
                default -> " " + t + "  ";
            });
        });
    }

    /** A number typed as text: "1234", "1,234", "£1,234.00", "£ 1,234"; a percentage as "3.5%" or "3.5". */
    static Change numberAsText(double which, int style) {
        return new Change("type a number as text, style " + style + " (" + which + ")", (w, m) -> {
            List<Cell> numbers = new ArrayList<>();
            for (Cell c : m.values(w)) {
                if (c.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(c) && m.isNumber(c)) {
                    numbers.add(c);
                }
            }
            if (numbers.isEmpty()) {
                return;
            }
            Cell c = pick(numbers, which);
            String format = c.getCellStyle().getDataFormatString();
            int places = Formats.decimalPlaces(format);
            BigDecimal n = BigDecimal.valueOf(c.getNumericCellValue());
            String text;
            if (Formats.isPercent(format)) {
                BigDecimal pct = n.movePointRight(2).setScale(Math.max(places, 0), RoundingMode.HALF_UP);
                text = pct.toPlainString() + (style % 2 == 0 ? "%" : "");
            } else {
                BigDecimal v = places >= 0 ? n.setScale(places, RoundingMode.HALF_UP) : n.stripTrailingZeros();
                v = v.scale() < 0 ? v.setScale(0) : v;
                DecimalFormat grouped = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
                grouped.setMinimumFractionDigits(v.scale());
                grouped.setMaximumFractionDigits(v.scale());
                text = switch (style) {
                    case 0 -> v.toPlainString();
                    case 1 -> grouped.format(v);
                    case 2 -> "£" + grouped.format(v);
                    default -> "£ " + grouped.format(v);
                };
            }
            c.setCellValue(text);
        });
    }

    /** A date typed as text, 30/09/2017 or 1/7/2017, or left a bare serial without a date format. */
    static Change dateRetyped(double which, int style) {
        return new Change("retype a date, style " + style + " (" + which + ")", (w, m) -> {
            List<Cell> dates = new ArrayList<>();
            for (Cell c : m.values(w)) {
                if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
                    dates.add(c);
                }
            }
            if (dates.isEmpty()) {
                return;
            }
            Cell c = pick(dates, which);
            if (style == 2) {
                XSSFCellStyle general = w.createCellStyle();
                general.cloneStyleFrom(c.getCellStyle());
                general.setDataFormat(0);
                c.setCellStyle(general);
            } else {
                c.setCellValue(c.getLocalDateTimeCellValue().toLocalDate()
                        .format(DateTimeFormatter.ofPattern(style == 0 ? "dd/MM/yyyy" : "d/M/yyyy")));
            }
        });
    }

    /** A string kept as rich text (a bold first word), or a label as an inline string, not a shared one. */
    static Change stringStored(double sheet, double which, int style) {
        return new Change((style == 0 ? "rich text" : "an inline string") + " (" + sheet + ", " + which + ")",
                (w, m) -> {
                    XSSFSheet s = pick(sheets(w), sheet);
                    List<Cell> cells = style == 0 ? m.strings(s) : m.labels(s);
                    if (cells.isEmpty()) {
                        return;
                    }
                    XSSFCell c = (XSSFCell) pick(cells, which);
                    String t = c.getStringCellValue();
                    if (style == 0) {
                        XSSFRichTextString rich = new XSSFRichTextString(t);
                        XSSFFont bold = w.createFont();
                        bold.setBold(true);
                        rich.applyFont(0, Math.min(t.length(), Math.max(1, t.indexOf(' '))), bold);
                        c.setCellValue(rich);
                    } else {
                        CTCell ct = c.getCTCell();
                        ct.setT(STCellType.INLINE_STR);
                        if (ct.isSetV()) {
                            ct.unsetV();
                        }
                        (ct.isSetIs() ? ct.getIs() : ct.addNewIs()).setT(t.strip());
                    }
                });
    }

    /**
     * Where the original cells went: each sheet's row and column insertions in order, and its
     * name now; which cells hold the values read (the rest of the text cells are the template's
     * words), and which of those are numbers in the document.
     */
    static final class Moves {
        private final Map<String, String> cells;
        private final JsonNode json;
        private final Map<String, XSSFSheet> byOriginalName = new HashMap<>();
        private final Map<XSSFSheet, List<int[]>> ops = new IdentityHashMap<>();

        Moves(Map<String, String> cells, JsonNode json) {
            this.cells = cells;
            this.json = json;
        }

        void start(XSSFWorkbook w) {
            w.forEach(s -> byOriginalName.put(s.getSheetName(), (XSSFSheet) s));
        }

        List<int[]> ops(XSSFSheet s) {
            return ops.computeIfAbsent(s, k -> new ArrayList<>());
        }

        /** An original cell's address now. */
        String moved(String address) {
            int bang = address.lastIndexOf('!');
            XSSFSheet s = byOriginalName.get(address.substring(0, bang));
            CellReference ref = new CellReference(address.substring(bang + 1));
            int r = ref.getRow();
            int c = ref.getCol();
            for (int[] op : ops.getOrDefault(s, List.of())) {
                if (op[0] == 0 && r >= op[1]) {
                    r += op[2];
                } else if (op[0] == 1 && c >= op[1]) {
                    c += op[2];
                }
            }
            return s.getSheetName() + "!" + new CellReference(r, c).formatAsString(false);
        }

        /** The pointers read, by their cell's address now. */
        private Map<String, String> pointersByCell() {
            Map<String, String> out = new HashMap<>();
            cells.forEach((pointer, address) -> out.putIfAbsent(moved(address), pointer));
            return out;
        }

        /** The cells that hold values read, now. */
        List<Cell> values(XSSFWorkbook w) {
            List<Cell> out = new ArrayList<>();
            for (String address : pointersByCell().keySet()) {
                int bang = address.lastIndexOf('!');
                XSSFSheet s = w.getSheet(address.substring(0, bang));
                CellReference ref = new CellReference(address.substring(bang + 1));
                Row row = s.getRow(ref.getRow());
                Cell c = row == null ? null : row.getCell(ref.getCol());
                if (c != null) {
                    out.add(c);
                }
            }
            out.sort((a, b) -> (a.getSheet().getSheetName() + a.getAddress())
                    .compareTo(b.getSheet().getSheetName() + b.getAddress()));
            return out;
        }

        /** The cells read as the name of a table's row: a condition's, a metric's, a High Impact Change's. */
        List<Cell> tableRowNames(XSSFWorkbook w) {
            Map<String, String> byCell = pointersByCell();
            List<Cell> out = new ArrayList<>();
            for (Cell c : values(w)) {
                String pointer = byCell.get(c.getSheet().getSheetName() + "!" + c.getAddress());
                if (pointer.matches("/(nationalConditions/\\d+/condition|metrics/\\d+/metric"
                        + "|highImpactChangeModel/changes/\\d+/change)")) {
                    out.add(c);
                }
            }
            return out;
        }

        boolean isNumber(Cell c) {
            String pointer = pointersByCell().get(c.getSheet().getSheetName() + "!" + c.getAddress());
            return pointer != null && json.at(pointer).isNumber();
        }

        /** A sheet's text cells that hold no value read: the template's words. */
        List<Cell> labels(XSSFSheet s) {
            Map<String, String> read = pointersByCell();
            List<Cell> out = new ArrayList<>();
            for (Cell c : strings(s)) {
                if (!read.containsKey(s.getSheetName() + "!" + c.getAddress())) {
                    out.add(c);
                }
            }
            return out;
        }

        List<Cell> strings(XSSFSheet s) {
            List<Cell> out = new ArrayList<>();
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isBlank()) {
                        out.add(c);
                    }
                }
            }
            return out;
        }
    }

    private static List<XSSFSheet> sheets(XSSFWorkbook w) {
        List<XSSFSheet> out = new ArrayList<>();
        w.forEach(s -> out.add((XSSFSheet) s));
        return out;
    }

    private static <T> T pick(List<T> list, double p) {
        return list.get(Math.min(list.size() - 1, (int) (p * list.size())));
    }

    private static boolean blankRow(Row row) {
        if (row == null) {
            return true;
        }
        for (Cell c : row) {
            if (c.getCellType() != CellType.BLANK
                    && !(c.getCellType() == CellType.STRING && c.getStringCellValue().isEmpty())) {
                return false;
            }
        }
        return true;
    }

    private static boolean merged(XSSFSheet s, int row, int column) {
        for (CellRangeAddress a : s.getMergedRegions()) {
            if (a.isInRange(row, column)) {
                return true;
            }
        }
        return false;
    }

    private static void activateVisible(XSSFWorkbook w) {
        for (int i = 0; i < w.getNumberOfSheets(); i++) {
            if (w.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
                w.setActiveSheet(i);
                w.setSelectedTab(i);
                return;
            }
        }
    }
}
