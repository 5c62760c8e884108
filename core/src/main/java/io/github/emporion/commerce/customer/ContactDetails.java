package io.github.emporion.commerce.customer;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How to reach a customer: e-mail, phone and postal address, each optional. This is personal data
 * and lives apart from {@link CustomerId}, so that analytics can hold ids without contact details
 * and contact details can be erased on request without breaking history.
 *
 * <p>{@code toString()} says which details are present but never prints them; validation messages
 * name the field and the rule but never quote the value.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 */
public final class ContactDetails {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()/-]{3,24}");
    private static final ContactDetails NONE = new ContactDetails(null, null, null);

    private final @Nullable String email;
    private final @Nullable String phone;
    private final @Nullable PostalAddress address;

    private ContactDetails(@Nullable String email, @Nullable String phone, @Nullable PostalAddress address) {
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new IllegalArgumentException("email must look like local@domain.tld, at most 254 characters,"
                    + " no spaces (value withheld: personal data)");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("phone must be 4 to 25 characters of digits, spaces and ()/-, with an"
                    + " optional leading + (value withheld: personal data)");
        }
        this.email = email;
        this.phone = phone;
        this.address = address;
    }

    /**
     * Returns contact details with nothing in them.
     *
     * @return empty contact details
     */
    public static ContactDetails none() {
        return NONE;
    }

    /**
     * Creates contact details with an e-mail address only.
     *
     * @param email the e-mail address, e.g. {@code ada@example.org}
     * @return the contact details
     * @throws IllegalArgumentException if the e-mail address is malformed
     */
    public static ContactDetails ofEmail(String email) {
        return new ContactDetails(Objects.requireNonNull(email, "email"), null, null);
    }

    /**
     * Returns a copy with the given e-mail address.
     *
     * @param email the e-mail address
     * @return the new contact details
     * @throws IllegalArgumentException if the e-mail address is malformed
     */
    public ContactDetails withEmail(String email) {
        return new ContactDetails(Objects.requireNonNull(email, "email"), phone, address);
    }

    /**
     * Returns a copy with the given phone number.
     *
     * @param phone the phone number, e.g. {@code +49 30 1234567}
     * @return the new contact details
     * @throws IllegalArgumentException if the phone number is malformed
     */
    public ContactDetails withPhone(String phone) {
        return new ContactDetails(email, Objects.requireNonNull(phone, "phone"), address);
    }

    /**
     * Returns a copy with the given postal address.
     *
     * @param address the postal address
     * @return the new contact details
     */
    public ContactDetails withAddress(PostalAddress address) {
        return new ContactDetails(email, phone, Objects.requireNonNull(address, "address"));
    }

    /**
     * Returns the e-mail address.
     *
     * @return the e-mail address, if known
     */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /**
     * Returns the phone number.
     *
     * @return the phone number, if known
     */
    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    /**
     * Returns the postal address.
     *
     * @return the postal address, if known
     */
    public Optional<PostalAddress> address() {
        return Optional.ofNullable(address);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ContactDetails other
                && Objects.equals(email, other.email)
                && Objects.equals(phone, other.phone)
                && Objects.equals(address, other.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, phone, address);
    }

    /** Returns e.g. {@code ContactDetails[email=<redacted>, phone=<none>, address=<redacted>]}. */
    @Override
    public String toString() {
        return "ContactDetails[email=" + mark(email) + ", phone=" + mark(phone) + ", address=" + mark(address) + "]";
    }

    private static String mark(@Nullable Object value) {
        return value == null ? "<none>" : "<redacted>";
    }
}
