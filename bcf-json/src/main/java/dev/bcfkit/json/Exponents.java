package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Tells whether a JSON number is written in exponent form ({@code 1.3131049E7}). The wire format
 * writes numbers out in full, as the templates print them, and reads only that form, so that a
 * figure is never silently re-expressed.
 */
final class Exponents {
    private Exponents() {
    }

    /**
     * @param p a parser positioned on a number
     * @return whether the number's text has an exponent
     * @throws IOException if the parser cannot give the text
     */
    static boolean isExponentForm(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
            return false;
        }
        String text = p.getText();
        return text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
    }
}
