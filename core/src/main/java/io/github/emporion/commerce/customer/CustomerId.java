package io.github.emporion.commerce.customer;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a customer: an opaque, non-personal key (never an e-mail address), safe to
 * store next to analytics events and to print.
 *
 * <p>Rule: 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}; an {@code @} is refused so that an
 * e-mail address cannot be used as an identifier by mistake. This record is immutable and
 * thread-safe.
 *
 * @param value the identifier, e.g. {@code "c-1001"}
 */
public record CustomerId(String value) {
    private static final Pattern RULE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /**
     * Validates the identifier.
     *
     * @throws IllegalArgumentException if {@code value} does not match {@code [A-Za-z0-9._:-]{1,64}}
     */
    public CustomerId {
        Objects.requireNonNull(value, "value");
        if (!RULE.matcher(value).matches()) {
            // Do not echo the value: a rejected id may well be an e-mail address.
            throw new IllegalArgumentException("customer id must match " + RULE + " (value of length " + value.length()
                    + " withheld: it may be personal data)");
        }
    }

    /**
     * Creates a customer id.
     *
     * @param value the identifier, matching {@code [A-Za-z0-9._:-]{1,64}}
     * @return the id
     * @throws IllegalArgumentException if the value breaks the rule
     */
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    /** Returns the identifier itself, e.g. {@code c-1001}. */
    @Override
    public String toString() {
        return value;
    }
}
