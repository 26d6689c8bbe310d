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
 * a blank cell is an absent property or {@code null}.
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
        return p.getText();
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
