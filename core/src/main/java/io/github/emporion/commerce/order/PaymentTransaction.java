package io.github.emporion.commerce.order;

import io.github.emporion.money.Monies;
import java.time.Instant;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One payment transaction of an order, as reported by the payment provider: its kind, whether it
 * succeeded, the amount and when. The order's {@link PaymentStatus} and its captured and refunded
 * sums are derived from these, never set by hand.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param sequence the position in the order's transactions, from 1
 * @param kind what the transaction does
 * @param successful whether it succeeded; failed transactions move no money
 * @param amount the amount, non-negative
 * @param at when it happened
 */
public record PaymentTransaction(int sequence, Kind kind, boolean successful, MonetaryAmount amount, Instant at) {

    /** What a payment transaction does (after commercetools' transaction types). */
    public enum Kind {
        /** Reserve funds without taking them. */
        AUTHORIZATION,
        /** Release reserved funds (void). */
        CANCEL_AUTHORIZATION,
        /** Take funds (capture or direct charge). */
        CHARGE,
        /** Give funds back. */
        REFUND
    }

    /**
     * Validates the transaction.
     *
     * @throws IllegalArgumentException if {@code sequence < 1} or the amount is negative
     */
    public PaymentTransaction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        if (sequence < 1) {
            throw new IllegalArgumentException("transaction sequence must be >= 1: " + sequence);
        }
        if (Monies.decimal(amount).signum() < 0) {
            throw new IllegalArgumentException("transaction amount must be >= 0: " + Amounts.format(amount));
        }
    }
}
