package dev.bcfkit.xlsx;

import java.util.Locale;

/**
 * How a template's words are matched: case, runs of white space, curly quotes and a trailing
 * colon or asterisk do not matter, since the papers render the same label with each of these
 * ({@code [002:764]} "completed by:" and {@code [004]} "Completed by:"; {@code [000:206]}
 * "Delayed Transfers of Care*").
 */
final class Words {
    private Words() {
    }

    static String normal(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"')
                .replace('\u201D', '"').replace('\u00A0', ' ').replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
        while (!s.isEmpty() && (s.endsWith(":") || s.endsWith("*") || s.endsWith(" "))) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Whether a cell says a label: the same words, or (for a long label) the same first words. */
    static boolean says(String cell, String label) {
        String c = normal(cell);
        String l = normal(label);
        if (c.equals(l)) {
            return true;
        }
        int prefix = 40;
        return l.length() > prefix && c.length() >= prefix && c.startsWith(l.substring(0, prefix));
    }
}
