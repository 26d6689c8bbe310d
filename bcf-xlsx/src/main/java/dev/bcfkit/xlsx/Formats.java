package dev.bcfkit.xlsx;

/**
 * The number formats the writer uses and the reader understands: money "£#,##0.00", a
 * percentage "0.0%", a count "#,##0", a date "dd/mm/yyyy". The decimal places a format shows
 * are the places of the value it holds, so 20.0 and 20.00 keep their scale through a workbook.
 */
final class Formats {
    static final String DATE = "dd/mm/yyyy";
    static final String COUNT = "#,##0";

    private Formats() {
    }

    static String money(int places) {
        return "\"£\"#,##0" + decimals(places);
    }

    static String percent(int places) {
        return "0" + decimals(places) + "%";
    }

    static String decimal(int places) {
        return "0" + decimals(places);
    }

    private static String decimals(int places) {
        return places <= 0 ? "" : "." + "0".repeat(places);
    }

    /** Whether a format shows a percentage (a "%" outside quotes). */
    static boolean isPercent(String format) {
        return unquoted(format).contains("%");
    }

    /** The decimal places a number format shows, or -1 for "General" (as many as the number has). */
    static int decimalPlaces(String format) {
        String f = unquoted(format);
        if (f.isEmpty() || f.equalsIgnoreCase("general")) {
            return -1;
        }
        int semicolon = f.indexOf(';');
        if (semicolon >= 0) {
            f = f.substring(0, semicolon);
        }
        int dot = f.indexOf('.');
        if (dot < 0) {
            return f.matches(".*[0#].*") ? 0 : -1;
        }
        int n = 0;
        for (int i = dot + 1; i < f.length() && (f.charAt(i) == '0' || f.charAt(i) == '#'); i++) {
            n++;
        }
        return n;
    }

    private static String unquoted(String format) {
        return format == null ? "" : format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "");
    }

    static String quote(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 60) + "..." : one;
    }
}
