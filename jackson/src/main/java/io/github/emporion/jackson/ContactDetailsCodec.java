package io.github.emporion.jackson;

import com.fasterxml.jackson.databind.JsonNode;
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

    /**
     * {@link ContactDetails}: {@code {"email":...,"phone":...,"address":{...}}}, each {@code null}
     * if unknown; read through {@link ContactDetails#none()} and its withers, which validate.
     */
    static final ObjectForm<ContactDetails> CONTACT_DETAILS = new ObjectForm<>(
            ContactDetails.class,
            Set.of(EMAIL, PHONE, ADDRESS),
            ContactDetailsCodec::writeContactDetails,
            ContactDetailsCodec::readContactDetails);

    private static void writeContactDetails(ContactDetails contact, ObjectForm.Out out) throws IOException {
        out.field(EMAIL, contact.email().orElse(null));
        out.field(PHONE, contact.phone().orElse(null));
        out.field(ADDRESS, contact.address().orElse(null));
    }

    /** The withers' messages name the field and the rule, never the value. */
    private static ContactDetails readContactDetails(Fields in) throws IOException {
        String email = text(in, EMAIL);
        String phone = text(in, PHONE);
        PostalAddress address = in.optional(ADDRESS, in.type(PostalAddress.class));
        ContactDetails contact = ContactDetails.none();
        contact = email == null ? contact : contact.withEmail(email);
        contact = phone == null ? contact : contact.withPhone(phone);
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
