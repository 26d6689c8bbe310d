package dev.bcfkit.examples.cli;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/**
 * How one value of a document shows on the board page: escaped, in the templates' own form
 * ({@code £13,131,049}, "Yes", {@code 2014-04-02}), and a value the document leaves blank as the
 * word "blank" marked {@code class="blank"}, never as a default such as "No", zero or "met".
 */
final class BoardCell {
    /** The marker of a blank value. */
    static final String BLANK = "<span class=\"blank\">blank</span>";

    private BoardCell() {
    }

    /** @return the amount as the templates print it, or blank */
    static String money(Money m) {
        return m == null ? BLANK : Html.escape(m.format());
    }

    /** @return "Yes" or "No" marked with its answer class, or blank */
    static String yesNo(YesNo answer) {
        if (answer == null) {
            return "<span class=\"answer answer-blank\">blank</span>";
        }
        return answer == YesNo.YES ? "<span class=\"answer answer-yes\">Yes</span>"
                : "<span class=\"answer answer-no\">No</span>";
    }

    /** @return the date, or blank */
    static String date(LocalDate d) {
        return d == null ? BLANK : Html.escape(d.toString());
    }

    /** @return the short text, escaped, or blank */
    static String text(String t) {
        return t == null || t.isBlank() ? BLANK : Html.escape(t.strip());
    }

    /**
     * @param b the page
     * @param term the question or figure
     * @param valueHtml its value, already escaped by one of this class's methods
     */
    static void fact(StringBuilder b, String term, String valueHtml) {
        b.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    /**
     * A row of amounts by financial year, as the templates lay them out: one column per year.
     *
     * @param b the page
     * @param caption what the amounts are
     * @param byYear the amounts; an empty map writes a "blank" paragraph
     */
    static void yearTable(StringBuilder b, String caption, SortedMap<FinancialYear, Money> byYear) {
        if (byYear == null || byYear.isEmpty()) {
            b.append("<p>").append(Html.escape(caption)).append(": ").append(BLANK).append("</p>\n");
            return;
        }
        b.append("<table class=\"by-year\">\n<caption>").append(Html.escape(caption)).append("</caption>\n<thead><tr>");
        for (FinancialYear y : byYear.keySet()) {
            b.append("<th scope=\"col\">").append(Html.escape(String.valueOf(y))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody><tr>");
        for (Map.Entry<FinancialYear, Money> e : byYear.entrySet()) {
            b.append("<td class=\"number\">").append(money(e.getValue())).append("</td>");
        }
        b.append("</tr></tbody>\n</table>\n");
    }
}
