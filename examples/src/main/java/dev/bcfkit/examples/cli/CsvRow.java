package dev.bcfkit.examples.cli;

import java.util.List;

/**
 * One CSV record (RFC 4180): a field is quoted when it holds a comma, a double quote, a carriage
 * return or a line feed, or starts or ends with a space, and its double quotes are doubled.
 * Records end with a line feed. A null field is written empty: a blank cell stays blank.
 *
 * <p>Text fields that a spreadsheet would run as a formula are written with a leading apostrophe
 * when passed through {@link #text(String)}: those that start with {@code =}, {@code +}, {@code -}
 * or {@code @} (or their full-width forms) once leading white space (a no-break space included),
 * invisible characters (a byte order mark, a zero-width space, bidirectional controls), control
 * characters (tab, carriage return, line feed) and separators ({@code ;} {@code ,} {@code |})
 * are passed over, since a spreadsheet may skip or split on them; and those that start with a tab
 * or a carriage return. Their control characters (line breaks included) are written as
 * {@code \\uXXXX} escapes ({@link Terminal#oneLine}), so each record is one line. Numbers are
 * never altered.
 */
final class CsvRow {
    private CsvRow() {
    }

    /**
     * @param fields the fields, in column order; null for a blank cell
     * @return the record, ending with a line feed
     */
    static String of(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            field(fields.get(i), b);
        }
        return b.append('\n').toString();
    }

    /**
     * Neutralises user text that a spreadsheet would run as a formula.
     *
     * @param text user text, possibly null
     * @return the text on one line, with a leading apostrophe if it starts like a formula
     */
    static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return "'" + Terminal.oneLine(text);
        }
        int i = 0;
        while (i < text.length() && passedOver(text.charAt(i))) {
            i++;
        }
        String oneLine = Terminal.oneLine(text);
        return i < text.length() && startsFormula(text.charAt(i)) ? "'" + oneLine : oneLine;
    }

    /** Characters a spreadsheet may skip, ignore or split on before it sees a formula. */
    private static boolean passedOver(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT || c == ';' || c == ',' || c == '|';
    }

    private static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@'
                || c == '\uff1d' || c == '\uff0b' || c == '\uff0d' || c == '\uff20';
    }

    private static void field(String value, StringBuilder b) {
        if (value == null) {
            return;
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || (!value.isEmpty()
                        && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
        if (!quote) {
            b.append(value);
            return;
        }
        b.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
