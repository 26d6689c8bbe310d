package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * A {@link Wire} seen by Jackson: how {@link BcfModule} reads a model type when an application's
 * own {@code ObjectMapper} asks for one.
 *
 * @param <T> the model type
 */
final class WireDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Wire<T> wire;

    /**
     * @param type the model type
     * @param wire its wire
     */
    WireDeserializer(Class<?> type, Wire<T> wire) {
        super(type);
        this.wire = wire;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return wire.read(p, ctxt);
    }
}
