package dev.bcfkit.examples.cli;

/**
 * Makes text safe to print on a terminal as one line: control characters (including the escape
 * character that starts terminal control sequences, line breaks and C1 controls) are shown as
 * {@code \\uXXXX} escapes, so a hostile value in a document can neither split a message over
 * several lines nor drive the terminal.
 */
final class Terminal {
    private Terminal() {
    }

    /**
     * @param text any text, possibly null
     * @return the text on one line with control characters escaped; "null" for null
     */
    static String oneLine(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            if (control && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (control) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }
}
