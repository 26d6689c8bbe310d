package dev.bcfkit.examples.cli;

/**
 * The pieces every section of the {@link BoardReport} page is made of: a {@code <section>} with a
 * stable id (the browser test and a reader's bookmarks find each section by it) and its heading,
 * a paragraph saying what a document leaves blank or its edition does not ask, and a block of the
 * document's own prose, escaped, keeping its line breaks.
 */
final class BoardSection {
    private BoardSection() {
    }

    /**
     * Opens a section.
     *
     * @param b the page
     * @param id the section's id, such as {@code national-conditions}
     * @param title its heading
     */
    static void open(StringBuilder b, String id, String title) {
        b.append("<section id=\"").append(Html.escape(id)).append("\" class=\"board-section\">\n<h2>")
                .append(Html.escape(title)).append("</h2>\n");
    }

    /**
     * Closes the section {@link #open} opened.
     *
     * @param b the page
     */
    static void close(StringBuilder b) {
        b.append("</section>\n");
    }

    /**
     * @param message why there is nothing to show, in the page's words (escaped here)
     * @return a paragraph marked as blank
     */
    static String blank(String message) {
        return "<p class=\"blank\">" + Html.escape(message) + "</p>\n";
    }

    /**
     * @param text the document's own words, possibly null or blank
     * @return the text as a block that keeps its line breaks, or a "blank" marker
     */
    static String prose(String text) {
        if (text == null || text.isBlank()) {
            return "<span class=\"blank\">blank</span>";
        }
        return "<div class=\"prose\">" + Html.escape(text.strip()) + "</div>";
    }

    /**
     * @param b the page
     * @param label the question the text answers, such as "Challenges"
     * @param text the answer; nothing is written when it is null or blank
     */
    static void labelledProse(StringBuilder b, String label, String text) {
        if (text != null && !text.isBlank()) {
            b.append("<dt>").append(Html.escape(label)).append("</dt><dd>").append(prose(text)).append("</dd>\n");
        }
    }
}
