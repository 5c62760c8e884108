package io.github.emporion.commerce.pricing.promotion;

import java.time.Instant;
import java.util.Objects;

/**
 * A half-open validity window {@code [from, until)} for a promotion or a coupon. This class is
 * immutable and thread-safe.
 *
 * <p>Example: {@code [2026-11-27T00:00Z, 2026-12-01T00:00Z)} is valid at 30 November 23:59:59 and
 * no longer at 1 December 00:00.
 *
 * @param from the first instant of validity (inclusive)
 * @param until the end of validity (exclusive), after {@code from}
 */
public record Validity(Instant from, Instant until) {

    /** Always valid. */
    public static final Validity ALWAYS = new Validity(Instant.MIN, Instant.MAX);

    /**
     * Validates the order of the instants.
     *
     * @throws IllegalArgumentException if {@code until} is not after {@code from}
     */
    public Validity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("validity until must be after from " + from + ": " + until);
        }
    }

    /**
     * Creates a window.
     *
     * @param from the first valid instant
     * @param until the first instant no longer valid
     * @return the window
     * @throws IllegalArgumentException if {@code until} is not after {@code from}
     */
    public static Validity of(Instant from, Instant until) {
        return new Validity(from, until);
    }

    /**
     * Tells whether an instant is inside the window.
     *
     * @param at the instant
     * @return {@code from ≤ at < until}
     */
    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
