package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeBindings;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.jspecify.annotations.Nullable;

/**
 * JSON for Emporion's value records and enums, by one rule instead of one class per type: a
 * record is an object whose property names are its component names in snake_case ({@code kpiId}
 * → {@code kpi_id}); an enum constant is its name in lower case ({@code AGRESTI_COULL} → {@code
 * agresti_coull}); instants, dates, months, zones and durations are ISO-8601 strings; currencies
 * their ISO 4217 code; decimals plain numbers ({@code 1930}, not {@code 1.93E+3}), read back
 * exactly as written (never through {@code double}, see {@link #readExactTree}); an empty
 * {@code Optional} and a {@code @Nullable} component's null are {@code null} (on input also an
 * absent property); a {@code char} a one-character string; a {@code double} a JSON number that
 * reads back to the same bits (Java's {@code Double.toString}), and the non-finite values the
 * strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"} (Jackson's default output,
 * accepted on input). Reading calls the record's
 * canonical constructor, so its validation applies; unknown, missing and invalid properties are
 * errors naming the property. Only classes in {@code io.github.emporion} are handled, and no type
 * information is ever read from the input. A value declared as one of Emporion's sealed interfaces
 * ({@code Benefit}, {@code ShippingRate}, ...) is its record's object with a leading {@code "type"}
 * discriminator, the record's simple name in snake_case ({@code {"type":"order_percent_off",
 * "rate":0.10}}); on input that name is looked up only among the interface's permitted
 * subclasses, never used as a class name.
 */
final class RecordCodec {

    private static final String PACKAGE = "io.github.emporion.";

    /** The discriminator property of a sealed interface's JSON object. */
    static final String TYPE = "type";

    private RecordCodec() {}

    static boolean ours(Class<?> type) {
        return type.getName().startsWith(PACKAGE);
    }

    static String snake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String snake(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Finds serializers for Emporion records and enums. */
    static final class RecordSerializers extends Serializers.Base {
        @Override
        public @Nullable JsonSerializer<?> findSerializer(
                SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            if (!ours(raw)) {
                return null;
            }
            if (raw.isRecord()) {
                return new RecordSerializer(raw);
            }
            if (raw.isEnum()) {
                return new EnumSerializer(raw, false);
            }
            if (sealed(raw)) {
                return new SealedSerializer(raw);
            }
            return null;
        }
    }

    /** Finds deserializers for Emporion records and enums. */
    static final class RecordDeserializers extends Deserializers.Base {
        @Override
        public @Nullable JsonDeserializer<?> findBeanDeserializer(
                JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            if (sealed(raw)) {
                return new SealedDeserializer(raw);
            }
            return ours(raw) && raw.isRecord() ? new RecordDeserializer(type) : null;
        }

        @Override
        public @Nullable JsonDeserializer<?> findEnumDeserializer(
                Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
            return ours(type) ? new EnumDeserializer(type) : null;
        }
    }

    /**
     * Finds key serializers for Emporion's enums: a map keyed by an enum ({@code Map<UtmParameter,
     * String>}) has the enum's snake_case names as its property names, the same form as the values
     * ({@code {"source":"google"}}), which the enum's deserializer reads back.
     */
    static final class EnumKeySerializers extends Serializers.Base {
        @Override
        public @Nullable JsonSerializer<?> findSerializer(
                SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            return ours(raw) && Enum.class.isAssignableFrom(raw) ? new EnumSerializer(raw, true) : null;
        }
    }

    /**
     * Writes an Emporion enum constant as its lower snake_case name: a JSON string as a value, a
     * property name as a map key.
     */
    static final class EnumSerializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        private final boolean key;

        EnumSerializer(Class<?> type, boolean key) {
            super(type, false);
            this.key = key;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (key) {
                gen.writeFieldName(snake((Enum<?>) value));
            } else {
                gen.writeString(snake((Enum<?>) value));
            }
        }
    }

    static final class EnumDeserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        EnumDeserializer(Class<?> type) {
            super(type);
        }

        /** Stateless, so Jackson may cache it instead of introspecting the type on every lookup. */
        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return readEnum(handledType(), ctxt.readTree(p), ctxt);
        }
    }

    static Object readEnum(Class<?> type, JsonNode node, DeserializationContext ctxt) throws IOException {
        if (node.isTextual()) {
            for (Object constant : type.getEnumConstants()) {
                if (snake((Enum<?>) constant).equals(node.textValue())) {
                    return constant;
                }
            }
        }
        Set<String> known = new TreeSet<>();
        for (Object constant : type.getEnumConstants()) {
            known.add(snake((Enum<?>) constant));
        }
        return ctxt.reportInputMismatch(
                type, "%s must be one of %s but was %s", type.getSimpleName(), known, shorten(node.toString()));
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    static Type typeArgument(Type type) {
        return type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1
                ? parameterized.getActualTypeArguments()[0]
                : Object.class;
    }

    /**
     * Whether {@code type} is one of the JDK or money types this codec writes as a string itself
     * (instants, dates, months, zones, durations, weekdays, currencies), also as list or set elements.
     */
    static boolean isoScalar(Class<?> type) {
        return type == Instant.class
                || type == LocalDate.class
                || type == YearMonth.class
                || type == ZoneId.class
                || type == Duration.class
                || type == DayOfWeek.class
                || type == CurrencyUnit.class;
    }

    /** Whether {@code type} is one of Emporion's sealed interfaces, written and read with a discriminator. */
    static boolean sealed(Class<?> type) {
        return type.isInterface() && type.isSealed() && ours(type);
    }

    /** The discriminator of a permitted record: its simple name in snake_case ({@code BuyXGetY} → {@code buy_x_get_y}). */
    static String typeName(Class<?> subclass) {
        String simple = subclass.getSimpleName();
        return snake(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
    }

    /**
     * The permitted record subclasses of a sealed interface by discriminator, sorted by name. Only
     * {@link Class#getPermittedSubclasses()} is consulted: no class name is ever taken from input.
     */
    static Map<String, Class<?>> subtypes(Class<?> sealedType) {
        return SUBTYPES.get(sealedType);
    }

    private static final ClassValue<Map<String, Class<?>>> SUBTYPES = new ClassValue<>() {
        @Override
        protected Map<String, Class<?>> computeValue(Class<?> sealedType) {
            return findSubtypes(sealedType);
        }
    };

    private static Map<String, Class<?>> findSubtypes(Class<?> sealedType) {
        Map<String, Class<?>> byName = new TreeMap<>();
        for (Class<?> subclass : sealedType.getPermittedSubclasses()) {
            if (!subclass.isRecord()) {
                continue; // a non-record subclass has no generic mapping; writing it fails clearly
            }
            for (RecordComponent component : subclass.getRecordComponents()) {
                if (snake(component.getName()).equals(TYPE)) {
                    throw new IllegalStateException(subclass.getName() + " has a component named '" + TYPE
                            + "', which clashes with the discriminator of " + sealedType.getSimpleName());
                }
            }
            byName.put(typeName(subclass), subclass);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    /** The largest scale (positive or negative) of a decimal read exactly; beyond it, a double. */
    static final int MAX_EXACT_SCALE = 1000;

    /**
     * Reads the value at the parser's current token as a tree whose non-integer numbers are exact
     * decimals (up to a scale of ±{@value #MAX_EXACT_SCALE}; beyond, a {@code double} as before). Jackson's own tree ({@code ctxt.readTree}) holds them as {@code double} unless the
     * mapper enables {@code USE_BIG_DECIMAL_FOR_FLOATS}, which would turn a 16-digit ratio such as
     * {@code 0.4838709677419355} or a number amount into a nearby binary value; the records'
     * {@code BigDecimal} components must be read as written. A property given twice in one object
     * is an error (a tree would silently keep the last value). Every hand-written codec of the module
     * reads its object through this method, so a money amount sent as a JSON number inside a cart,
     * an order or a ledger is exact too.
     */
    static JsonNode readExactTree(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        JsonNodeFactory nodes = ctxt.getNodeFactory();
        if (token == JsonToken.START_OBJECT || token == JsonToken.FIELD_NAME) {
            ObjectNode object = nodes.objectNode();
            if (token == JsonToken.START_OBJECT) {
                token = p.nextToken();
            }
            for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
                String name = p.currentName();
                if (object.has(name)) {
                    // a tree would keep the last value silently; which one the sender meant is unknown
                    return ctxt.reportInputMismatch(
                            JsonNode.class, "duplicate property '%s' in one JSON object", shorten(name));
                }
                p.nextToken();
                object.set(name, readExactTree(p, ctxt));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = nodes.arrayNode();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                array.add(readExactTree(p, ctxt));
            }
            return array;
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT && !p.isNaN()) {
            BigDecimal exact;
            try {
                exact = p.getDecimalValue();
            } catch (NumberFormatException | StreamReadException unreadable) {
                return ctxt.readTree(p); // as Jackson reads it
            }
            if (exact.signum() == 0 && p.getText().startsWith("-")) {
                // -0.0: a decimal has no negative zero, a double component does (and the parser now
                // holds the number as a decimal, so it cannot be asked for the double any more)
                return nodes.numberNode(-0.0d);
            }
            // as written, scale kept; an absurd exponent (1e-999999999) stays the double it always was,
            // because exact arithmetic on it would not end
            return Math.abs(exact.scale()) <= MAX_EXACT_SCALE ? DecimalNode.valueOf(exact) : ctxt.readTree(p);
        }
        return ctxt.readTree(p);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    static final class RecordSerializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        RecordSerializer(Class<?> type) {
            super(type, false);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            writeFields(value, gen, provider);
            gen.writeEndObject();
        }

        static void writeFields(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object part;
                try {
                    part = component.getAccessor().invoke(value);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IOException("cannot read " + component.getName() + " of " + value.getClass(), e);
                }
                gen.writeFieldName(snake(component.getName()));
                write(part, component.getGenericType(), gen, provider);
            }
        }

        private static void write(
                @Nullable Object declaredValue, Type declared, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            Object value = inStableOrder(declaredValue);
            Class<?> declaredRaw = raw(declared);
            if (value != null && sealed(declaredRaw)) {
                SealedSerializer.writeTyped(value, declaredRaw, gen, provider);
            } else if (value instanceof Optional<?> optional) {
                write(optional.orElse(null), typeArgument(declared), gen, provider);
            } else if (value instanceof Collection<?> collection
                    && (sealed(raw(typeArgument(declared))) || isoScalar(raw(typeArgument(declared))))) {
                Type element = typeArgument(declared);
                gen.writeStartArray();
                for (Object item : collection) {
                    write(item, element, gen, provider);
                }
                gen.writeEndArray();
            } else if (value instanceof OptionalDouble optional) {
                if (optional.isPresent()) {
                    gen.writeNumber(optional.getAsDouble());
                } else {
                    gen.writeNull();
                }
            } else if (value instanceof OptionalInt || value instanceof OptionalLong) {
                String text = value.toString();
                if (text.endsWith(".empty")) {
                    gen.writeNull();
                } else {
                    gen.writeNumber(value instanceof OptionalInt i ? i.getAsInt() : ((OptionalLong) value).getAsLong());
                }
            } else if (value instanceof Instant
                    || value instanceof LocalDate
                    || value instanceof YearMonth
                    || value instanceof ZoneId
                    || value instanceof Duration) {
                gen.writeString(value.toString());
            } else if (value instanceof BigDecimal decimal) {
                // plain digits (1930, not 1.93E+3) unless the exponent is absurd
                gen.writeNumber(Math.abs(decimal.scale()) <= 100 ? decimal.toPlainString() : decimal.toString());
            } else if (value instanceof DayOfWeek day) {
                gen.writeString(snake(day));
            } else if (value instanceof CurrencyUnit currency) {
                gen.writeString(currency.getCurrencyCode());
            } else {
                provider.defaultSerializeValue(value, gen);
            }
        }
    }

    /**
     * A set whose iteration order is unspecified ({@code Set.of}, {@code Set.copyOf}, {@code
     * HashSet}) as a list in a stable order — natural order when its elements are comparable, else
     * by their {@code toString()} — so one value is written as the same JSON on every run; any other
     * value as it is. Sorted, linked and enum sets keep their own order.
     */
    static @Nullable Object inStableOrder(@Nullable Object value) {
        if (!(value instanceof Set<?> set)
                || set instanceof SortedSet
                || set instanceof LinkedHashSet
                || set instanceof EnumSet
                || set.size() < 2) {
            return value;
        }
        List<Object> items = new ArrayList<>(set);
        boolean comparable = items.stream()
                .allMatch(item -> item instanceof Comparable
                        && item.getClass() == items.get(0).getClass());
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<Object> order =
                comparable ? (Comparator) Comparator.naturalOrder() : Comparator.comparing(String::valueOf);
        items.sort(order);
        return items;
    }

    /**
     * Writes a value declared as one of Emporion's sealed interfaces as its record's object with a
     * leading {@code "type"} property ({@code {"type":"order_percent_off","rate":0.10}}).
     */
    static final class SealedSerializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        SealedSerializer(Class<?> type) {
            super(type, false);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            writeTyped(value, handledType(), gen, provider);
        }

        static void writeTyped(Object value, Class<?> sealedType, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            String name = typeName(value.getClass());
            if (subtypes(sealedType).get(name) != value.getClass()) {
                throw new IOException("cannot write " + value.getClass().getName() + " as " + sealedType.getSimpleName()
                        + ": only its permitted records are mapped");
            }
            gen.writeStartObject();
            gen.writeStringField(TYPE, name);
            RecordSerializer.writeFields(value, gen, provider);
            gen.writeEndObject();
        }
    }

    /**
     * Reads one of Emporion's sealed interfaces: the {@code "type"} property picks the permitted
     * record (resolved only among {@link Class#getPermittedSubclasses()}), the other properties are
     * read through that record's validating constructor.
     */
    static final class SealedDeserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        SealedDeserializer(Class<?> type) {
            super(type);
        }

        /** Stateless, so Jackson may cache it instead of introspecting the type on every lookup. */
        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Class<?> type = handledType();
            JsonNode node = readExactTree(p, ctxt);
            Map<String, Class<?>> subtypes = subtypes(type);
            if (!(node instanceof ObjectNode object)) {
                return ctxt.reportInputMismatch(type, "%s must be a JSON object", type.getSimpleName());
            }
            JsonNode name = object.get(TYPE);
            if (name == null || !name.isTextual()) {
                return ctxt.reportInputMismatch(
                        type,
                        "%s needs a string property '%s', one of %s",
                        type.getSimpleName(),
                        TYPE,
                        subtypes.keySet());
            }
            Class<?> subclass = subtypes.get(name.textValue());
            if (subclass == null) {
                return ctxt.reportInputMismatch(
                        type,
                        "unknown %s type '%s' (expected one of %s)",
                        type.getSimpleName(),
                        shorten(name.textValue()),
                        subtypes.keySet());
            }
            ObjectNode fields = object.deepCopy();
            fields.remove(TYPE);
            return RecordDeserializer.fromNode(ctxt.constructType(subclass), fields, ctxt);
        }
    }

    /**
     * Reads a record through its canonical constructor. The requested {@link JavaType} carries the
     * record's type arguments, so a component declared as a type variable ({@code K key} of {@code
     * CartFact<K>}) is read as its bound type ({@code CartFact<ReportKey>} reads a {@code
     * ReportKey}); unbound, it is read as plain JSON (string, number, boolean, list or map).
     */
    static final class RecordDeserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        RecordDeserializer(JavaType type) {
            super(type);
        }

        /** Stateless, so Jackson may cache it instead of introspecting the type on every lookup. */
        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return fromNode(getValueType(), readExactTree(p, ctxt), ctxt);
        }

        static Object fromNode(JavaType javaType, JsonNode node, DeserializationContext ctxt) throws IOException {
            Class<?> type = javaType.getRawClass();
            TypeBindings bindings = javaType.getBindings();
            if (!node.isObject()) {
                return ctxt.reportInputMismatch(type, "%s must be a JSON object", type.getSimpleName());
            }
            RecordComponent[] components = type.getRecordComponents();
            Set<String> names = new TreeSet<>();
            for (RecordComponent component : components) {
                names.add(snake(component.getName()));
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!names.contains(name)) {
                    return ctxt.reportInputMismatch(
                            type,
                            "unknown property '%s' in %s (expected %s)",
                            shorten(name),
                            type.getSimpleName(),
                            names);
                }
            }
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                types[i] = component.getType();
                String name = snake(component.getName());
                JavaType declared = ctxt.getTypeFactory().resolveMemberType(component.getGenericType(), bindings);
                args[i] = component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                                && (node.get(name) == null || node.get(name).isNull())
                        ? null // a @Nullable component: absent or null is null, like an empty Optional
                        : read(declared, node.get(name), name, type, ctxt);
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IllegalArgumentException
                        || cause instanceof NullPointerException
                        || cause instanceof IllegalStateException
                        || cause instanceof ArithmeticException) {
                    return ctxt.reportInputMismatch(
                            type, "invalid %s: %s", type.getSimpleName(), String.valueOf(cause.getMessage()));
                }
                throw new IOException("cannot create " + type.getName(), cause);
            } catch (ReflectiveOperationException e) {
                throw new IOException("cannot create " + type.getName(), e);
            }
        }

        private static @Nullable Object read(
                JavaType declared, @Nullable JsonNode node, String name, Class<?> owner, DeserializationContext ctxt)
                throws IOException {
            Class<?> raw = declared.getRawClass();
            boolean absent = node == null || node.isNull();
            if (raw == Optional.class) {
                if (absent) {
                    return Optional.empty();
                }
                return Optional.ofNullable(read(declared.containedTypeOrUnknown(0), node, name, owner, ctxt));
            }
            if (raw == OptionalDouble.class) {
                return absent
                        ? OptionalDouble.empty()
                        : OptionalDouble.of(number(node, name, owner, ctxt).doubleValue());
            }
            if (raw == OptionalInt.class) {
                return absent
                        ? OptionalInt.empty()
                        : OptionalInt.of(number(node, name, owner, ctxt).intValue());
            }
            if (raw == OptionalLong.class) {
                return absent
                        ? OptionalLong.empty()
                        : OptionalLong.of(number(node, name, owner, ctxt).longValue());
            }
            if (absent) {
                return ctxt.reportInputMismatch(owner, "%s is missing the property '%s'", owner.getSimpleName(), name);
            }
            if ((raw == List.class || raw == Set.class)
                    && isoScalar(declared.containedTypeOrUnknown(0).getRawClass())) {
                if (!node.isArray()) {
                    return ctxt.reportInputMismatch(owner, "%s.%s must be an array", owner.getSimpleName(), name);
                }
                Collection<Object> items = raw == List.class ? new ArrayList<>() : new LinkedHashSet<>();
                JavaType element = declared.containedTypeOrUnknown(0);
                for (int i = 0; i < node.size(); i++) {
                    items.add(read(element, node.get(i), name + "[" + i + "]", owner, ctxt));
                }
                return items;
            }
            try {
                if (raw == Instant.class) {
                    return Instant.parse(node.asText());
                }
                if (raw == LocalDate.class) {
                    return LocalDate.parse(node.asText());
                }
                if (raw == YearMonth.class) {
                    return YearMonth.parse(node.asText());
                }
                if (raw == ZoneId.class) {
                    return ZoneId.of(node.asText());
                }
                if (raw == Duration.class) {
                    return Duration.parse(node.asText());
                }
                if (raw == DayOfWeek.class) {
                    return readEnum(DayOfWeek.class, node, ctxt);
                }
                if (raw == CurrencyUnit.class) {
                    if (!node.asText().matches("[A-Z]{3}")) {
                        throw new IllegalArgumentException("not an ISO 4217 code");
                    }
                    return Monetary.getCurrency(node.asText());
                }
            } catch (RuntimeException e) {
                return ctxt.reportInputMismatch(
                        owner,
                        "%s.%s is not a valid %s: %s",
                        owner.getSimpleName(),
                        name,
                        raw.getSimpleName(),
                        shorten(node.toString()));
            }
            if (raw == char.class || raw == Character.class) {
                if (node.isTextual() && node.textValue().length() == 1) {
                    return node.textValue().charAt(0);
                }
                return ctxt.reportInputMismatch(
                        owner,
                        "%s.%s must be a one-character string but was %s",
                        owner.getSimpleName(),
                        name,
                        shorten(node.toString()));
            }
            if (node.isTextual() && (raw == double.class || raw == Double.class)) {
                return switch (node.textValue()) {
                    case "NaN" -> Double.NaN;
                    case "Infinity" -> Double.POSITIVE_INFINITY;
                    case "-Infinity" -> Double.NEGATIVE_INFINITY;
                    default ->
                        ctxt.reportInputMismatch(
                                owner,
                                "%s.%s must be a number (or \"NaN\", \"Infinity\", \"-Infinity\") but was %s",
                                owner.getSimpleName(),
                                name,
                                shorten(node.toString()));
                };
            }
            if (raw.isPrimitive() && !node.isNumber() && !node.isBoolean()) {
                return ctxt.reportInputMismatch(owner, "%s.%s must be a number", owner.getSimpleName(), name);
            }
            return ctxt.readTreeAsValue(node, declared);
        }

        private static Number number(JsonNode node, String name, Class<?> owner, DeserializationContext ctxt)
                throws IOException {
            if (!node.isNumber()) {
                return (Number) ctxt.reportInputMismatch(owner, "%s.%s must be a number", owner.getSimpleName(), name);
            }
            return node.numberValue();
        }
    }
}
