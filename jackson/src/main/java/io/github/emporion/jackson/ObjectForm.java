package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of one of Emporion's classes that are not records (or whose form is not the
 * generic record mapping): a JSON object with a fixed set of property names, written from the
 * value's parts and read back through the class's public factories, so its rules apply. A form says
 * only what is particular to its class (its {@code properties}, a {@link Writer} and a {@link
 * Reader}); {@link Serializer} and {@link Deserializer}, built from it and registered by {@link
 * EmporionModule}, do the rest the same way for every form:
 *
 * <ul>
 *   <li>writing opens the object, lets the writer write the properties through an {@link Out},
 *       and closes it;
 *   <li>reading takes the next JSON value exactly ({@link RecordCodec#readExactTree}), rejects
 *       anything but an object and any property not in {@code properties} ({@link Fields#of}),
 *       and lets the reader read the properties and call the factories; an {@link
 *       IllegalArgumentException}, {@link IllegalStateException}, {@link ArithmeticException} or
 *       {@link NullPointerException} thrown by them (a rule of the class broken) becomes a {@code
 *       MismatchedInputException} {@code "invalid <Class>: <the rule's message>"}.
 * </ul>
 *
 * <p>Each form is a constant of the codec file of its area ({@code ValueClassCodecs.CART}, ...),
 * its writer and reader references to static methods there. Jackson's serialisers are {@link
 * Serializable}, so a form, its writer and its reader are too.
 *
 * @param <T> the class the form is of
 * @param type the class the form is of, named in error messages
 * @param properties every property name the JSON object may have; any other is rejected on input
 * @param writer writes a value's properties, in the order of the form
 * @param reader reads a value from the properties through the class's public factories
 */
record ObjectForm<T>(Class<T> type, Set<String> properties, Writer<T> writer, Reader<T> reader)
        implements Serializable {

    /** Copies the property names, so a form cannot change. */
    ObjectForm {
        properties = Set.copyOf(properties);
    }

    /**
     * Writes a value's properties into the already opened object.
     *
     * @param <T> the class of the values
     */
    @FunctionalInterface
    interface Writer<T> extends Serializable {

        /**
         * Writes the value's properties, in the order of the form.
         *
         * @param value the value
         * @param out where the properties go
         * @throws IOException if writing fails, or the value has no JSON form
         */
        void write(T value, Out out) throws IOException;
    }

    /**
     * Reads a value from the properties of its object.
     *
     * @param <T> the class of the values
     */
    @FunctionalInterface
    interface Reader<T> extends Serializable {

        /**
         * Reads the value through the class's public factories; an exception of a broken rule may
         * be left to the caller, which reports it as {@code "invalid <Class>: ..."}.
         *
         * @param in the properties of the object, already checked for unknown names
         * @return the value
         * @throws IOException a {@code MismatchedInputException} if the JSON is not a valid value
         */
        T read(Fields in) throws IOException;
    }

    /**
     * Where a form writes its properties: each by name, through the serializer provider so that
     * every value keeps its own JSON form.
     *
     * @param gen the generator, inside the form's object
     * @param provider the serializer provider
     */
    record Out(JsonGenerator gen, SerializerProvider provider) {

        /** Writes a property in the JSON form of its value; {@code null} is written as {@code null}. */
        void field(String name, @Nullable Object value) throws IOException {
            gen.writeFieldName(name);
            provider.defaultSerializeValue(value, gen);
        }

        /** Writes a string property. */
        void string(String name, String value) throws IOException {
            gen.writeStringField(name, value);
        }

        /** Writes a number property, as {@code Double.toString} writes it. */
        void number(String name, double value) throws IOException {
            gen.writeNumberField(name, value);
        }

        /** Writes a number property as its plain decimal digits ({@code 0.10}, scale kept). */
        void plainNumber(String name, BigDecimal value) throws IOException {
            gen.writeFieldName(name);
            gen.writeNumber(value.toPlainString());
        }
    }

    /**
     * Writes a value in its form: the object, its properties, the end of the object.
     *
     * @param <T> the class of the form
     */
    static final class Serializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        private final ObjectForm<T> form;

        Serializer(ObjectForm<T> form) {
            super(form.type());
            this.form = form;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            form.writer().write(value, new Out(gen, provider));
            gen.writeEndObject();
        }
    }

    /**
     * Reads a value in its form, reporting a broken rule of the class as a {@code
     * MismatchedInputException}.
     *
     * @param <T> the class of the form
     */
    static final class Deserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final ObjectForm<T> form;

        Deserializer(ObjectForm<T> form) {
            super(form.type());
            this.form = form;
        }

        /** Stateless, so Jackson may cache it instead of introspecting the type on every lookup. */
        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Class<T> type = form.type();
            Fields in = Fields.of(type, RecordCodec.readExactTree(p, ctxt), form.properties(), ctxt);
            try {
                return form.reader().read(in);
            } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | NullPointerException e) {
                return ctxt.reportInputMismatch(type, "invalid %s: %s", type.getSimpleName(), e.getMessage());
            }
        }
    }
}
