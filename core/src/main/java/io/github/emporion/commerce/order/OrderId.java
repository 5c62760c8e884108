package io.github.emporion.commerce.order;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of an order, e.g. {@code "o-2026-000123"}.
 *
 * <p>Rule: 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}. This record is immutable and
 * thread-safe.
 *
 * @param value the identifier
 */
public record OrderId(String value) {
    private static final Pattern RULE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /**
     * Validates the identifier.
     *
     * @throws IllegalArgumentException if {@code value} does not match {@code [A-Za-z0-9._:-]{1,64}}
     */
    public OrderId {
        Objects.requireNonNull(value, "value");
        if (!RULE.matcher(value).matches()) {
            throw new IllegalArgumentException("order id must match " + RULE + ": '" + value + "'");
        }
    }

    /**
     * Creates an order id.
     *
     * @param value the identifier
     * @return the id
     * @throws IllegalArgumentException if the value breaks the rule
     */
    public static OrderId of(String value) {
        return new OrderId(value);
    }

    /** Returns the identifier itself. */
    @Override
    public String toString() {
        return value;
    }
}
