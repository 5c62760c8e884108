package io.github.emporion.marketing.budget;

import java.time.Instant;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An amount that happened at an instant: an order's total, a cost. Commerce objects are mapped to
 * this by the caller (marketing does not depend on commerce).
 *
 * @param at when it happened
 * @param amount the amount, not negative
 */
public record DatedAmount(Instant at, MonetaryAmount amount) {

    /**
     * Validates the amount.
     *
     * @param at when it happened
     * @param amount the amount
     */
    public DatedAmount {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount: " + amount + " at " + at + " must not be negative");
        }
    }
}
