package dev.bcfkit.core;

/**
 * Small text facts shared by the model: what counts as blank, and how user text is quoted in
 * messages without flooding them. Templates say "leave missing cells blank" ({@code [004:175]}),
 * so blank means not provided.
 */
public final class Text {
    /** The most characters (Unicode code points) of user text quoted in a message. */
    public static final int QUOTE_LIMIT = 60;

    private Text() {
    }

    /**
     * @param s a cell value, possibly null
     * @return whether it was left blank: null, empty or only white space
     */
    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Whether a character must never reach a reader's screen as itself, because it could split a
     * line, drive a terminal or reorder the text around it: the C0 controls (U+0000 to U+001F),
     * DEL (U+007F), the C1 controls (U+0080 to U+009F), the line and paragraph separators
     * (U+2028, U+2029) and the bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E,
     * U+2066 to U+2069). Derived: these are the characters with which a value in a document
     * could make a message, a terminal line or a table cell show something other than it says.
     *
     * @param codePoint a Unicode code point
     * @return whether it is shown as an escape such as {@code \\u202e}
     */
    public static boolean isControl(int codePoint) {
        return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)
                || codePoint == 0x2028 || codePoint == 0x2029 || isBidiControl(codePoint);
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * Appends a character as the escape {@code \\uXXXX} (four lower-case hex digits).
     *
     * @param c a character below U+10000
     * @param b where to append
     */
    public static void appendEscape(char c, StringBuilder b) {
        b.append("\\u");
        String hex = Integer.toHexString(c);
        for (int i = hex.length(); i < 4; i++) {
            b.append('0');
        }
        b.append(hex);
    }

    /**
     * Shortens user text for quoting in a message: at most {@value #QUOTE_LIMIT} characters,
     * with the characters of {@link #isControl(int)} shown as escapes, so that a finding stays
     * one readable line. The text is cut between characters (code points), never inside a
     * surrogate pair, so the quote is always valid Unicode; a lone surrogate in the text is
     * shown as an escape too.
     *
     * @param s the text, possibly null
     * @return the quotable text
     */
    public static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        int taken = 0;
        while (i < s.length() && taken < QUOTE_LIMIT) {
            int cp = s.codePointAt(i);
            if (isControl(cp) || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
                appendEscape((char) cp, b);
            } else {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
            taken++;
        }
        if (i < s.length()) {
            b.append("... (").append(s.codePointCount(0, s.length())).append(" characters)");
        }
        return b.toString();
    }
}
