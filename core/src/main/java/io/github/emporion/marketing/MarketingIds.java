package io.github.emporion.marketing;

import java.util.Objects;

/**
 * The one rule for identifiers in the marketing domain (visitor, customer, campaign, order,
 * session ids): non-blank and without leading or trailing white space. Ids are compared exactly
 * (case-sensitive).
 */
public final class MarketingIds {

    private MarketingIds() {}

    /**
     * Checks an identifier.
     *
     * @param name the argument's name, used in the message
     * @param value the identifier
     * @return {@code value}, for chaining
     * @throws IllegalArgumentException if {@code value} is blank or padded
     * @throws NullPointerException if {@code value} is null
     */
    public static String require(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || !value.strip().equals(value)) {
            throw new IllegalArgumentException(
                    name + ": '" + value + "' is not a valid id (must be non-blank, without surrounding spaces)");
        }
        return value;
    }
}
