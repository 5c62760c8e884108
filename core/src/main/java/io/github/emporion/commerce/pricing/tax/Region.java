package io.github.emporion.commerce.pricing.tax;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tax region: an ISO 3166-1 alpha-2 country code, optionally with a subdivision ({@code DE},
 * {@code US-NY}, {@code KW}). This class is immutable and thread-safe.
 *
 * @param code the region code, {@code [A-Z]{2}} optionally followed by {@code -} and 1 to 3
 *     letters or digits
 */
public record Region(String code) {
    private static final Pattern RULE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    /**
     * Validates the code.
     *
     * @throws IllegalArgumentException if the code does not match {@code [A-Z]{2}(-[A-Z0-9]{1,3})?}
     */
    public Region {
        Objects.requireNonNull(code, "code");
        if (!RULE.matcher(code).matches()) {
            throw new IllegalArgumentException("region code must match " + RULE + ": '" + code + "'");
        }
    }

    /**
     * Creates a region.
     *
     * @param code the code, e.g. {@code "US-NY"}
     * @return the region
     * @throws IllegalArgumentException if the code is malformed
     */
    public static Region of(String code) {
        return new Region(code);
    }

    /**
     * Returns the country of a subdivision.
     *
     * @return the country region ({@code US} for {@code US-NY}), or empty if this is a country
     */
    public Optional<Region> country() {
        return code.length() > 2 ? Optional.of(new Region(code.substring(0, 2))) : Optional.empty();
    }

    /** Returns the code. */
    @Override
    public String toString() {
        return code;
    }
}
