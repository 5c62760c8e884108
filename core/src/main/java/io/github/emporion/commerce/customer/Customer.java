package io.github.emporion.commerce.customer;

import java.util.Objects;

/**
 * A customer: the identifier, the customer type, the contact details (personal data, kept in their
 * own value) and the marketing consent.
 *
 * <p>{@code toString()} prints the id, the type and the currently granted consent channels, never
 * the contact details. Erasing a customer's personal data is {@code withContact(ContactDetails.none())}:
 * the id, and every order and event that refers to it, stay valid.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the customer's identifier
 * @param type B2C or B2B
 * @param contact the contact details, possibly {@link ContactDetails#none()}
 * @param consent the marketing consent, possibly {@link MarketingConsent#none()}
 */
public record Customer(CustomerId id, CustomerType type, ContactDetails contact, MarketingConsent consent) {

    /** Checks that no component is null. */
    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(consent, "consent");
    }

    /**
     * Creates a customer with no contact details and no consent.
     *
     * @param id the identifier
     * @param type B2C or B2B
     * @return the customer
     */
    public static Customer of(CustomerId id, CustomerType type) {
        return new Customer(id, type, ContactDetails.none(), MarketingConsent.none());
    }

    /**
     * Returns a copy with other contact details.
     *
     * @param contact the new contact details
     * @return the new customer
     */
    public Customer withContact(ContactDetails contact) {
        return new Customer(id, type, contact, consent);
    }

    /**
     * Returns a copy with other marketing consent.
     *
     * @param consent the new consent
     * @return the new customer
     */
    public Customer withConsent(MarketingConsent consent) {
        return new Customer(id, type, contact, consent);
    }

    /** Returns e.g. {@code Customer[id=c-1, type=B2C, contact=<redacted>, consented=[EMAIL]]}. */
    @Override
    public String toString() {
        StringBuilder granted = new StringBuilder("[");
        for (ConsentChannel channel : ConsentChannel.values()) {
            if (consent.isGranted(channel)) {
                granted.append(granted.length() > 1 ? ", " : "").append(channel);
            }
        }
        return "Customer[id=" + id + ", type=" + type + ", contact=<redacted>, consented=" + granted + "]]";
    }
}
