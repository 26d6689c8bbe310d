package dev.bcfkit.examples.cli;

/**
 * Escapes user text for the HTML report, so that nothing in a document (a board's name, a
 * narrative, a finding's message) can add markup or script to the page, and the page stays
 * well-formed XML: {@code & < > " '} become character references, and characters XML cannot
 * carry (control characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF)
 * become U+FFFD.
 */
final class Html {
    private Html() {
    }

    /**
     * @param text user text, possibly null (written as nothing)
     * @return the text, safe in element content and in quoted attribute values
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\t', '\n' -> b.append(c);
                case '\r' -> b.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                            || (c >= 0x7f && c <= 0x9f)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
