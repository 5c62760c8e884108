package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.emporion.metrics.grouped.KpiBreakdown;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * JSON for {@link KpiBreakdown}, whose groups are a map keyed by any type ({@code ReportKey}, an
 * enum, a string): a JSON object can only have string names, so the groups are an array of
 * key–value entries, in the map's iteration order, and every key keeps its own JSON form.
 *
 * <pre>{@code
 * {"groups":[{"key":{"channel":"search","channel_group":null,"campaign_id":null,"period":null},
 *             "value":{"carts":600,"purchased_carts":180}}],
 *  "total":{"carts":600,"purchased_carts":180}}
 * }</pre>
 *
 * <p>Reading needs the key and summary types ({@code KpiBreakdown<ReportKey, CartSummary>}, as a
 * record component or through a {@code TypeReference}); without them keys and values are read as
 * plain JSON values. A group entry must have exactly {@code key} and {@code value}, both present;
 * a key that occurs twice is rejected, as is a missing {@code total}.
 */
final class BreakdownCodec {

    private static final Set<String> PROPERTIES = Set.of("groups", "total");
    private static final Set<String> ENTRY = Set.of("key", "value");

    private BreakdownCodec() {}

    /** Finds the serializer of {@link KpiBreakdown}, with its type arguments where known. */
    static final class BreakdownSerializers extends Serializers.Base {
        @Override
        public @Nullable JsonSerializer<?> findSerializer(
                SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            return type.getRawClass() == KpiBreakdown.class ? new BreakdownSerializer(type) : null;
        }
    }

    /** Finds the deserializer of {@link KpiBreakdown} for its requested type arguments. */
    static final class BreakdownDeserializers extends Deserializers.Base {
        @Override
        public @Nullable JsonDeserializer<?> findBeanDeserializer(
                JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
            return type.getRawClass() == KpiBreakdown.class ? new BreakdownDeserializer(type) : null;
        }
    }

    /** Writes the groups as an array of {@code {"key":..., "value":...}} entries, then the total. */
    static final class BreakdownSerializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        private final JavaType type;

        BreakdownSerializer(JavaType type) {
            super(type);
            this.type = type;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            KpiBreakdown<?, ?> breakdown = (KpiBreakdown<?, ?>) value;
            JavaType keyType = type.containedTypeOrUnknown(0);
            JavaType summaryType = type.containedTypeOrUnknown(1);
            gen.writeStartObject();
            gen.writeArrayFieldStart("groups");
            for (Map.Entry<?, ?> group : breakdown.groups().entrySet()) {
                gen.writeStartObject();
                gen.writeFieldName("key");
                write(group.getKey(), keyType, gen, provider);
                gen.writeFieldName("value");
                write(group.getValue(), summaryType, gen, provider);
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeFieldName("total");
            write(breakdown.total(), summaryType, gen, provider);
            gen.writeEndObject();
        }

        /** A value declared as one of Emporion's sealed interfaces keeps its {@code "type"}. */
        private static void write(Object value, JavaType declared, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            if (RecordCodec.sealed(declared.getRawClass())) {
                RecordCodec.SealedSerializer.writeTyped(value, declared.getRawClass(), gen, provider);
            } else {
                provider.defaultSerializeValue(value, gen);
            }
        }
    }

    /** Reads the groups' entries into a map (a repeated key is an error) and the total. */
    static final class BreakdownDeserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        BreakdownDeserializer(JavaType type) {
            super(type);
        }

        /** Stateless and made for one type: Jackson may keep it instead of looking it up again. */
        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JavaType keyType = getValueType().containedTypeOrUnknown(0);
            JavaType summaryType = getValueType().containedTypeOrUnknown(1);
            JsonNode node = RecordCodec.readExactTree(p, ctxt);
            Fields in = Fields.of(KpiBreakdown.class, node, PROPERTIES, ctxt);
            JsonNode groups = node.get("groups");
            if (groups == null || !groups.isArray()) {
                return ctxt.reportInputMismatch(
                        KpiBreakdown.class,
                        "KpiBreakdown needs the property 'groups', an array of {\"key\":...,\"value\":...}");
            }
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                JsonNode entry = groups.get(i);
                checkEntry(entry, i, ctxt);
                Object key = ctxt.readTreeAsValue(entry.get("key"), keyType);
                Object summary = ctxt.readTreeAsValue(entry.get("value"), summaryType);
                if (key == null || summary == null) {
                    return ctxt.reportInputMismatch(
                            KpiBreakdown.class, "KpiBreakdown groups[%d] needs a non-null 'key' and 'value'", i);
                }
                if (map.putIfAbsent(key, summary) != null) {
                    return ctxt.reportInputMismatch(
                            KpiBreakdown.class,
                            "KpiBreakdown groups[%d]: the key %s occurs twice",
                            i,
                            shorten(entry.get("key").toString()));
                }
            }
            Object total = in.required("total", summaryType);
            try {
                return new KpiBreakdown<>(map, total);
            } catch (IllegalArgumentException | IllegalStateException e) {
                return ctxt.reportInputMismatch(KpiBreakdown.class, "invalid KpiBreakdown: %s", e.getMessage());
            }
        }

        private static void checkEntry(JsonNode entry, int index, DeserializationContext ctxt) throws IOException {
            if (!entry.isObject()) {
                ctxt.reportInputMismatch(
                        KpiBreakdown.class,
                        "KpiBreakdown groups[%d] must be an object {\"key\":...,\"value\":...}",
                        index);
            }
            for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!ENTRY.contains(name)) {
                    ctxt.reportInputMismatch(
                            KpiBreakdown.class,
                            "unknown property '%s' in KpiBreakdown groups[%d] (expected [key, value])",
                            shorten(name),
                            index);
                }
            }
            for (String name : ENTRY) {
                JsonNode part = entry.get(name);
                if (part == null || part.isNull()) {
                    ctxt.reportInputMismatch(
                            KpiBreakdown.class, "KpiBreakdown groups[%d] is missing the property '%s'", index, name);
                }
            }
        }

        private static String shorten(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "…";
        }
    }
}
