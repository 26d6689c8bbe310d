package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * {@link KeyWire Key wires} seen by Jackson, so that an application's own maps keyed by a
 * financial year, a reporting period or a care setting use the same property names as the bcfkit
 * documents.
 */
final class WireKeys {
    private WireKeys() {
    }

    /**
     * Reads map keys.
     *
     * @param <K> the key type
     */
    static final class Reader<K> extends KeyDeserializer {
        private final KeyWire<K> key;

        /** @param key the key wire */
        Reader(KeyWire<K> key) {
            this.key = key;
        }

        @Override
        public Object deserializeKey(String text, DeserializationContext ctxt) throws IOException {
            return key.fromKey(text, ctxt.getParser());
        }
    }

    /**
     * Writes map keys.
     *
     * @param <K> the key type
     */
    static final class Writer<K> extends StdSerializer<K> {
        private static final long serialVersionUID = 1L;

        private final transient KeyWire<K> key;

        /**
         * @param type the key type
         * @param key the key wire
         */
        Writer(Class<K> type, KeyWire<K> key) {
            super(type);
            this.key = key;
        }

        @Override
        public void serialize(K value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeFieldName(key.toKey(value));
        }
    }
}
