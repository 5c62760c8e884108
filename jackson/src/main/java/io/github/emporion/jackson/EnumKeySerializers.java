package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Map keys that are Emporion enums are written as the enum's value is: lower snake_case ({@code
 * {"source":"google","medium":"cpc"}} for a {@code Map<UtmParameter, String>}), not Jackson's
 * default constant name ({@code SOURCE}). Reading needs nothing extra: Jackson reads enum keys
 * through {@link RecordCodec}'s enum deserialiser, which expects the same form.
 */
final class EnumKeySerializers extends Serializers.Base {

    @Override
    public @Nullable JsonSerializer<?> findSerializer(
            SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        Class<?> raw = type.getRawClass();
        return Enum.class.isAssignableFrom(raw) && RecordCodec.ours(raw) ? new EnumKeySerializer(raw) : null;
    }

    /** Writes an enum map key as its lower snake_case name. */
    static final class EnumKeySerializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        EnumKeySerializer(Class<?> type) {
            super(type, false);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeFieldName(RecordCodec.snake((Enum<?>) value));
        }
    }
}
