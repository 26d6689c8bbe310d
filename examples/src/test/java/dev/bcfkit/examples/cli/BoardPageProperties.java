package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Whatever a board writes in an explanation or its narrative, the page has the same elements it
 * has for plain words (the text adds no markup), and shows the text itself, less the characters
 * XML cannot carry.
 */
class BoardPageProperties {
    private static final QuarterlyReturn NOTTS = (QuarterlyReturn) Samples.read(Samples.NOTTS_Q2);

    @Property(tries = 60)
    void anyTextIsShownVerbatimAndAddsNoMarkup(@ForAll String text) throws Exception {
        Document page = BoardPages.page(written(text));
        Document plain = BoardPages.page(written(text.isBlank() ? "" : "plain words"));
        assertEquals(elements(plain), elements(page));
        if (!text.isBlank()) {
            String shown = carriable(text.strip());
            Element explanation = Xhtml.children(Xhtml.children(Xhtml.children(Xhtml.withClass(
                    BoardPages.section(page, "national-conditions"), Xhtml.XHTML, "table", "conditions").get(0),
                    "tbody").get(0), "tr").get(0), "td").get(3);
            assertEquals(shown, explanation.getTextContent());
            List<String> narrative = Xhtml.withClass(BoardPages.section(page, "narrative"), Xhtml.XHTML, "div", "prose")
                    .stream().map(Element::getTextContent).toList();
            assertEquals(List.of(shown, shown), narrative);
        }
    }

    private static QuarterlyReturn written(String text) {
        return BoardPages.narrated(BoardPages.conditionAnswered(NOTTS, 0, ConditionAnswer.NO, null, text), text, text);
    }

    /** @return the page's element names and classes in document order */
    private static List<String> elements(Document page) {
        return Xhtml.all(page, "*", "*").stream().map(e -> e.getLocalName() + "." + e.getAttribute("class")).toList();
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
