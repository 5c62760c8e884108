package io.github.emporion.commerce.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stock keeping unit: the identifier of one sellable variant of a product (e.g. {@code
 * TSHIRT-RED-M}). This class is immutable and thread-safe.
 *
 * @param value 1 to 64 characters from {@code A-Z a-z 0-9 . _ -}
 */
public record Sku(String value) {
    private static final Pattern RULE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /**
     * Validates the SKU.
     *
     * @throws IllegalArgumentException if {@code value} does not match {@code [A-Za-z0-9._-]{1,64}}
     */
    public Sku {
        Objects.requireNonNull(value, "value");
        if (!RULE.matcher(value).matches()) {
            throw new IllegalArgumentException("sku must match " + RULE + ": '" + value + "'");
        }
    }

    /**
     * Creates a SKU.
     *
     * @param value the SKU text
     * @return the SKU
     * @throws IllegalArgumentException if {@code value} does not match {@code [A-Za-z0-9._-]{1,64}}
     */
    public static Sku of(String value) {
        return new Sku(value);
    }

    /** Returns the SKU text. */
    @Override
    public String toString() {
        return value;
    }
}
