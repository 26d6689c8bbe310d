package dev.bcfkit.examples.cli;

import dev.bcfkit.core.Text;

/**
 * The one place that makes text safe for a terminal: the characters of {@link Text#isControl}
 * (C0 controls such as the escape character that starts terminal control sequences, DEL, the C1
 * controls, the line and paragraph separators and the bidirectional controls) are shown as
 * {@code \\uXXXX} escapes, so a hostile value in a document can neither split a message over
 * several lines, nor drive the terminal, nor reorder what is shown. Every byte the tool writes
 * to standard output or standard error passes through {@link #lines} ({@link TerminalStream});
 * messages also pass through {@link #oneLine}.
 */
final class Terminal {
    private Terminal() {
    }

    /**
     * @param text any text, possibly null
     * @return the text on one line with control characters, line feeds included, escaped;
     *         "null" for null
     */
    static String oneLine(String text) {
        return escape(text, false);
    }

    /**
     * @param text text that may span lines, possibly null
     * @return the text with every control character but the line feed escaped; "null" for null
     */
    static String lines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLineFeeds) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Text.isControl(c) && !(keepLineFeeds && c == '\n');
            if (control && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (control) {
                    Text.appendEscape(c, b);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }
}
