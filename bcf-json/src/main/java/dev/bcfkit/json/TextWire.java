package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Text cells (names, commentaries, narratives) as JSON strings, kept exactly as typed: no
 * trimming, and no number or boolean is turned into text. An empty string stays an empty string;
 * a blank cell is an absent property or {@code null}. Text with half a surrogate pair is refused,
 * since it could not be written back as it was read.
 */
final class TextWire implements Wire<String> {
    static final TextWire INSTANCE = new TextWire();

    private TextWire() {
    }

    @Override
    public String read(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Found.mismatch(p, "text");
        }
        return whole(p.getText(), p);
    }

    /**
     * Refuses text with half a surrogate pair, such as an escaped U+D800 without its low half: it
     * is no character, and no writer could write it back as it was read.
     *
     * @param text text read from a string
     * @param p the parser, on that string, for the error's place
     * @return the text
     * @throws IOException ({@link WireException}) if the text has an unpaired surrogate
     */
    private static String whole(String text, JsonParser p) throws IOException {
        String unpaired = unpairedSurrogate(text);
        if (unpaired != null) {
            throw WireException.at(p, "expected text, found " + unpaired);
        }
        return text;
    }

    /**
     * @param text text read from a string or a property name
     * @return what is wrong if the text has half a surrogate pair ("an unpaired surrogate ... at
     *     character N, which is no character ..."), else null
     */
    static String unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "an unpaired surrogate \\u" + String.format("%04x", (int) c) + " at character " + (i + 1)
                        + ", which is no character (escape a character beyond U+FFFF as a pair, such as"
                        + " \\ud83d\\ude00)";
            }
        }
        return null;
    }

    @Override
    public void write(String value, JsonGenerator g) throws IOException {
        g.writeString(value);
    }

    @Override
    public void describe(ObjectNode schema) {
        schema.put("type", "string");
    }
}
