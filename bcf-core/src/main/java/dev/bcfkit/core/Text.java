package dev.bcfkit.core;

/**
 * Small text facts shared by the model: what counts as blank, and how user text is quoted in
 * messages without flooding them. Templates say "leave missing cells blank" ({@code [004:175]}),
 * so blank means not provided.
 */
public final class Text {
    /** The most characters of user text quoted in a message. */
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
     * Shortens user text for quoting in a message: at most {@value #QUOTE_LIMIT} characters,
     * with control characters shown as escapes, so that a finding stays one readable line.
     *
     * @param s the text, possibly null
     * @return the quotable text
     */
    public static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        int n = Math.min(s.length(), QUOTE_LIMIT);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > QUOTE_LIMIT) {
            b.append("... (").append(s.length()).append(" characters)");
        }
        return b.toString();
    }
}
