package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A {@link Wire} seen by Jackson: how {@link BcfModule} writes a model type when an application's
 * own {@code ObjectMapper} is given one.
 *
 * @param <T> the model type
 */
final class WireSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Wire<T> wire;

    /**
     * @param type the model type
     * @param wire its wire
     */
    WireSerializer(Class<T> type, Wire<T> wire) {
        super(type);
        this.wire = wire;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        wire.write(value, g);
    }
}
