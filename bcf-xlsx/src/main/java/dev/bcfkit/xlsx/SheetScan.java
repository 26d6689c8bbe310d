package dev.bcfkit.xlsx;

import dev.bcfkit.core.Text;
import java.util.BitSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamReader;

/**
 * What {@link WorkbookScan} checks in one worksheet's rows and cells, as they stream by: each
 * row numbered from 1 to the most rows a return's sheet has, and none twice; each cell's reference
 * a cell of its own row ("B4" in row 4), within the columns a return uses, and none twice; each
 * cell's type one Excel writes, and its value one that type can hold: a finite number Excel can
 * store, a shared string that exists, a logical value 0 or 1. A workbook that breaks one of these
 * was not written by a spreadsheet program, and reading it would lose or change a value
 * silently (Apache POI keeps the last of two cells at one address, and turns "NaN" or a number
 * past Excel's range into an exception or a zero), so it is refused. Derived from how Excel
 * writes a sheet, not from the papers. Memory: two bit sets of the limits' size.
 */
final class SheetScan {
    private static final Pattern REFERENCE = Pattern.compile("([A-Z]{1,3})([1-9][0-9]{0,6})");
    private static final Pattern NUMBER = Pattern.compile("\\s*[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*");
    private static final Pattern INDEX = Pattern.compile("\\s*[0-9]{1,9}\\s*");

    private final String sheet;
    private final int sharedStrings;
    private final Function<String, RuntimeException> refused;
    private final BitSet rows = new BitSet();
    private final BitSet columns = new BitSet();
    private int row;
    private int column;
    private String cell;
    private String type;
    private StringBuilder value;

    /**
     * @param sheet the sheet's name (or its part's) for messages
     * @param sharedStrings how many shared strings the workbook has
     * @param refused makes the refusal of a problem
     */
    SheetScan(String sheet, int sharedStrings, Function<String, RuntimeException> refused) {
        this.sheet = "sheet \"" + Text.abbreviate(sheet) + "\"";
        this.sharedStrings = sharedStrings;
        this.refused = refused;
    }

    void start(XMLStreamReader r) {
        switch (r.getLocalName()) {
            case "row" -> row(WorkbookScan.attribute(r, "r"));
            case "c" -> cell(WorkbookScan.attribute(r, "r"), WorkbookScan.attribute(r, "t"));
            case "v" -> value = new StringBuilder();
            default -> {
                // other elements are counted by the scan only
            }
        }
    }

    void text(XMLStreamReader r) {
        if (value != null) {
            value.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        }
    }

    void end(XMLStreamReader r) {
        if (value != null && r.getLocalName().equals("v")) {
            value(value.toString());
            value = null;
        }
    }

    private void row(String at) {
        row = at == null ? row + 1 : rowNumber(at);
        if (row < 1) {
            throw refused.apply(sheet + " has a row numbered " + row + "; rows are numbered from 1");
        }
        if (row > WorkbookScan.MAX_ROWS) {
            throw refused.apply(sheet + " has " + row + " rows; a return's sheet has at most " + WorkbookScan.MAX_ROWS);
        }
        if (rows.get(row)) {
            throw refused.apply(sheet + " has row " + row + " twice, so one of its values would be lost");
        }
        rows.set(row);
        columns.clear();
        column = 0;
    }

    private void cell(String at, String t) {
        if (at == null) {
            column++;
        } else {
            column = WorkbookScan.column(at);
            if (column > WorkbookScan.MAX_COLUMNS) {
                throw refused.apply(sheet + " has a cell at " + Text.abbreviate(at) + ", past column "
                        + WorkbookScan.MAX_COLUMNS + " (ALL); a return's sheet has fewer columns");
            }
            Matcher m = REFERENCE.matcher(at);
            if (!m.matches()) {
                throw refused.apply(sheet + " has a cell at \"" + Text.abbreviate(at) + "\", not a cell reference"
                        + " such as B4");
            }
            if (Integer.parseInt(m.group(2)) != row) {
                throw refused.apply(sheet + " has the cell " + at + " in row " + row + ", so where its value"
                        + " belongs is unclear");
            }
        }
        cell = at != null ? at : "column " + column + " of row " + row;
        if (columns.get(column)) {
            throw refused.apply(sheet + " has the cell " + cell + " twice, so one of its values would be lost");
        }
        columns.set(column);
        type = t == null ? "n" : t;
        if (!type.equals("n") && !type.equals("s") && !type.equals("b") && !type.equals("e")
                && !type.equals("str") && !type.equals("inlineStr")) {
            throw refused.apply(sheet + " cell " + cell + " has the type \"" + Text.abbreviate(type)
                    + "\"; Excel writes n, s, b, e, str or inlineStr");
        }
    }

    private void value(String v) {
        switch (type) {
            case "n" -> number(v);
            case "s" -> {
                long i = INDEX.matcher(v).matches() ? Long.parseLong(v.strip()) : -1;
                if (i < 0 || i >= sharedStrings) {
                    throw refused.apply(sheet + " cell " + cell + " refers to shared string \"" + Text.abbreviate(v)
                            + "\"; the workbook has " + sharedStrings);
                }
            }
            case "b" -> {
                String s = v.strip();
                if (!s.equals("0") && !s.equals("1")) {
                    throw refused.apply(sheet + " cell " + cell + " holds the logical value \"" + Text.abbreviate(v)
                            + "\"; Excel writes 0 or 1");
                }
            }
            default -> {
                // errors, formula strings and inline strings are text
            }
        }
    }

    private void number(String v) {
        if (v.isBlank()) {
            return;
        }
        if (!NUMBER.matcher(v).matches()) {
            throw refused.apply(sheet + " cell " + cell + " holds \"" + Text.abbreviate(v) + "\" as a number");
        }
        double d = Double.parseDouble(v.strip());
        if (Double.isInfinite(d)) {
            throw refused.apply(sheet + " cell " + cell + " holds the number " + Text.abbreviate(v.strip())
                    + ", past what Excel holds (about 1E+308)");
        }
        if (d == 0 && mantissaIsNotZero(v)) {
            throw refused.apply(sheet + " cell " + cell + " holds the number " + Text.abbreviate(v.strip())
                    + ", too small for Excel to hold (it would read as 0)");
        }
    }

    private static boolean mantissaIsNotZero(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private int rowNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException x) {
            throw refused.apply(sheet + ": a row numbered \"" + Text.abbreviate(text) + "\", not a whole number");
        }
    }
}
