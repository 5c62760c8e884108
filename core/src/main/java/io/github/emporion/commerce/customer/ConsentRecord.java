package io.github.emporion.commerce.customer;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded consent decision: on {@code at}, consent for {@code channel} was granted or
 * withdrawn, through {@code source} (the proof a regulator asks for: which form, which checkbox).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param channel the channel the decision is about
 * @param granted true for a grant, false for a withdrawal
 * @param at when the decision was made
 * @param source where it was made, e.g. {@code "checkout-checkbox"}; 1 to 100 characters, not blank
 */
public record ConsentRecord(ConsentChannel channel, boolean granted, Instant at, String source) {

    /**
     * Validates the record.
     *
     * @throws IllegalArgumentException if {@code source} is blank or longer than 100 characters
     */
    public ConsentRecord {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        if (source.isBlank() || source.length() > 100) {
            throw new IllegalArgumentException(
                    "consent source must be 1 to 100 characters and not blank: '" + source + "'");
        }
    }
}
