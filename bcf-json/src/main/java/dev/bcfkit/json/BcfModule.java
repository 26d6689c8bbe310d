package dev.bcfkit.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.ser.Serializers;

/**
 * The Jackson module of the bcfkit wire format: explicit serializers and deserializers for every
 * record, closed list and value of the bcfkit domain model ({@code dev.bcfkit.core} and its
 * subpackages), so that the model itself carries no Jackson annotation (a design principle: "Jackson stays
 * inside bcf-json"). It is listed in {@code META-INF/services/com.fasterxml.jackson.databind.Module},
 * so {@code ObjectMapper.findAndRegisterModules()} finds it.
 *
 * <p>The conventions (money as exact JSON numbers, financial years as {@code "2017/18"}, template
 * labels for closed lists, ISO dates, blank cells left out, property names = record component
 * names, a {@code "format"} property naming each document) are those of {@link BcfJson}. An
 * application that registers this module on its own mapper gets the same shape; it does not get
 * {@link BcfJson}'s hardened reader settings, its plain-English {@link BcfParseException} or its
 * format dispatch, and sees Jackson's own exceptions. Prefer {@link BcfJson#strict()} for reading
 * files from outside.
 */
public final class BcfModule extends Module {
    /** The module's name, which Jackson uses to register it once only. */
    public static final String NAME = "bcfkit";

    /** Creates the module; it has no settings. */
    public BcfModule() {
        // nothing to configure: every rule of the wire format is fixed
    }

    @Override
    public String getModuleName() {
        return NAME;
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public Object getTypeId() {
        return BcfModule.class.getName();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addDeserializers(new ModelDeserializers());
        context.addSerializers(new ModelSerializers());
        context.addKeyDeserializers(new ModelKeyDeserializers());
        context.addKeySerializers(new ModelKeySerializers());
    }

    private static final class ModelDeserializers extends Deserializers.Base {
        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription beanDesc) {
            return find(type.getRawClass());
        }

        @Override
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                BeanDescription beanDesc) {
            return find(type);
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return Wires.covers(valueType);
        }

        private static JsonDeserializer<?> find(Class<?> raw) {
            return Wires.covers(raw) ? new WireDeserializer<>(raw, Wires.of(raw)) : null;
        }
    }

    private static final class ModelSerializers extends Serializers.Base {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            return Wires.covers(raw) ? new WireSerializer(raw, Wires.of(raw)) : null;
        }
    }

    private static final class ModelKeyDeserializers implements KeyDeserializers {
        @Override
        public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            return Wires.hasKeyForm(raw) ? new WireKeys.Reader<>(Wires.keyOf(raw)) : null;
        }
    }

    private static final class ModelKeySerializers extends Serializers.Base {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            return Wires.hasKeyForm(raw) ? new WireKeys.Writer(raw, Wires.keyOf(raw)) : null;
        }
    }
}
