package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Flags of the model (such as {@code frontloaded}, {@code jointlyAgreedToRetain}) as JSON
 * {@code true} or {@code false}; nothing else is taken for a flag (not "Yes", not 1). Template
 * answers "Yes"/"No" are {@code YesNo} labels, not flags.
 */
final class BooleanWire implements Wire<Boolean> {
    static final BooleanWire INSTANCE = new BooleanWire();

    private BooleanWire() {
    }

    @Override
    public Boolean read(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        throw Found.mismatch(p, "true or false");
    }

    @Override
    public void write(Boolean value, JsonGenerator g) throws IOException {
        g.writeBoolean(value);
    }

    @Override
    public void describe(ObjectNode schema) {
        schema.put("type", "boolean");
    }
}
