package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.bcfkit.core.Text;
import java.io.IOException;

/**
 * Says what the reader found, for the "expected ..., found ..." half of a message: a string is
 * quoted (and shortened, {@link Text#abbreviate(String)}), a number is shown as written, and
 * objects and lists are named.
 */
final class Found {
    private Found() {
    }

    /**
     * @param p a parser on a token
     * @return what the token is, for a message
     * @throws IOException if the parser fails
     */
    static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of the document";
        }
        return switch (t) {
            case VALUE_STRING -> quote(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Text.abbreviate(p.getText());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case FIELD_NAME -> "the property " + quote(p.currentName());
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    /**
     * @param text user text
     * @return the text shortened and in double quotes
     */
    static String quote(String text) {
        return "\"" + Text.abbreviate(text) + "\"";
    }

    /**
     * The failure for a value of the wrong kind.
     *
     * @param p the parser, on the value
     * @param expected what was expected, such as "an amount in pounds"
     * @return the exception to throw
     * @throws IOException if the parser fails
     */
    static WireException mismatch(JsonParser p, String expected) throws IOException {
        return WireException.at(p, "expected " + expected + ", found " + describe(p));
    }
}
