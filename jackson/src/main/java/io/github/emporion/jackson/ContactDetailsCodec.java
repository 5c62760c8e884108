package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.emporion.commerce.customer.ContactDetails;
import io.github.emporion.commerce.customer.PostalAddress;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * JSON for {@link ContactDetails}, a final class that is not a record: {@code {"email":
 * "ada@example.org","phone":null,"address":{"lines":["1 Main St"],"postal_code":"10115","city":
 * "Berlin","country_code":"DE"}}}, every property {@code null} (or absent, on input) when unknown;
 * {@link ContactDetails#none()} is three nulls.
 *
 * <p>Unlike {@code toString()}, which redacts them, the JSON carries the personal data in clear:
 * that is its purpose. Errors never quote the e-mail or phone value (the class's own messages
 * withhold it, and so do ours).
 */
final class ContactDetailsCodec {

    private static final String EMAIL = "email";
    private static final String PHONE = "phone";
    private static final String ADDRESS = "address";

    private ContactDetailsCodec() {}

    /** Writes the e-mail address, phone number and postal address, each {@code null} if unknown. */
    static final class Serializer extends StdSerializer<ContactDetails> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(ContactDetails.class);
        }

        @Override
        public void serialize(ContactDetails contact, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject();
            gen.writeFieldName(EMAIL);
            provider.defaultSerializeValue(contact.email().orElse(null), gen);
            gen.writeFieldName(PHONE);
            provider.defaultSerializeValue(contact.phone().orElse(null), gen);
            gen.writeFieldName(ADDRESS);
            provider.defaultSerializeValue(contact.address().orElse(null), gen);
            gen.writeEndObject();
        }
    }

    /** Reads contact details through {@link ContactDetails#none()} and its withers, which validate. */
    static final class Deserializer extends StdDeserializer<ContactDetails> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(ContactDetails.class);
        }

        /** Stateless, so Jackson may cache it instead of introspecting the type on every lookup. */
        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public ContactDetails deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Fields in = Fields.of(
                    ContactDetails.class, RecordCodec.readExactTree(p, ctxt), Set.of(EMAIL, PHONE, ADDRESS), ctxt);
            String email = text(in, EMAIL);
            String phone = text(in, PHONE);
            PostalAddress address = in.optional(ADDRESS, in.type(PostalAddress.class));
            ContactDetails contact = ContactDetails.none();
            try {
                contact = email == null ? contact : contact.withEmail(email);
                contact = phone == null ? contact : contact.withPhone(phone);
            } catch (IllegalArgumentException e) {
                // the message names the field and the rule, never the value
                return ctxt.reportInputMismatch(ContactDetails.class, "invalid ContactDetails: %s", e.getMessage());
            }
            return Optional.ofNullable(address).map(contact::withAddress).orElse(contact);
        }

        private static @Nullable String text(Fields in, String name) throws IOException {
            JsonNode value = in.node().get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                return in.ctxt()
                        .reportInputMismatch(ContactDetails.class, "ContactDetails.%s must be a string or null", name);
            }
            return value.textValue();
        }
    }
}
