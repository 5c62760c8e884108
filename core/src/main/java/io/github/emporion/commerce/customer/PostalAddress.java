package io.github.emporion.commerce.customer;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A postal address: personal data. {@code toString()} shows only the country.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param lines the street lines (name, street, number, ...), one to five non-blank lines
 * @param postalCode the postal code; may be empty for countries without one
 * @param city the city, not blank
 * @param countryCode the ISO 3166-1 alpha-2 country code, e.g. {@code "DE"}
 */
public record PostalAddress(List<String> lines, String postalCode, String city, String countryCode) {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * Validates the address; messages name the field and the rule but never quote personal data.
     *
     * @throws IllegalArgumentException if there are no or more than five lines, a line or the city is
     *     blank, or the country code is not an ISO 3166-1 alpha-2 code
     */
    public PostalAddress {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(countryCode, "countryCode");
        if (lines.isEmpty() || lines.size() > 5) {
            throw new IllegalArgumentException("address lines must number 1 to 5: " + lines.size());
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                throw new IllegalArgumentException("address lines[" + i + "] must not be blank");
            }
        }
        if (city.isBlank()) {
            throw new IllegalArgumentException("address city must not be blank");
        }
        if (!COUNTRIES.contains(countryCode)) {
            throw new IllegalArgumentException(
                    "address countryCode must be an ISO 3166-1 alpha-2 code such as DE: '" + countryCode + "'");
        }
    }

    /**
     * Creates an address.
     *
     * @param lines the street lines, one to five
     * @param postalCode the postal code, possibly empty
     * @param city the city
     * @param countryCode the ISO 3166-1 alpha-2 country code
     * @return the address
     * @throws IllegalArgumentException as the constructor
     */
    public static PostalAddress of(List<String> lines, String postalCode, String city, String countryCode) {
        return new PostalAddress(lines, postalCode, city, countryCode);
    }

    /** Returns {@code PostalAddress[country=DE, rest redacted]}: no street, postal code or city. */
    @Override
    public String toString() {
        return "PostalAddress[country=" + countryCode + ", rest redacted]";
    }
}
