package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.w3c.dom.Document;

/** Escaped user text is inert markup and well-formed XML. */
class HtmlProperties {

    @Example
    void escapesTheFiveMarkupCharacters() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", Html.escape("<b> & \"x\" 'y'"));
        assertEquals("", Html.escape(null));
        assertEquals("a\uFFFDb\uFFFD", Html.escape("a\u0000b\ud800"));
    }

    @Property(tries = 300)
    void anyTextParsesBackToItselfLessWhatXmlCannotCarry(@ForAll String s) throws Exception {
        String escaped = Html.escape(s);
        assertFalse(escaped.contains("<"));
        Document d = Xhtml.parse("<p xmlns=\"http://www.w3.org/1999/xhtml\" title=\"" + escaped + "\">" + escaped
                + "</p>");
        assertEquals(carriable(s), d.getDocumentElement().getTextContent());
    }

    /** The text with each character XML 1.0 cannot carry (and each C1 control) as U+FFFD. */
    private static String carriable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp < 0x7F)
                    || (cp > 0x9F && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            b.appendCodePoint(ok ? cp : 0xFFFD);
        });
        return b.toString();
    }
}
