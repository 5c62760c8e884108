package io.github.emporion.commerce.checkout;

import java.util.Objects;

/**
 * A checkout was refused. Nothing was reserved, recorded or created; {@link #reason()} says why in a
 * form a program can act on, the message says it for a person.
 */
public final class CheckoutException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** Why a checkout is refused. */
    public enum Reason {
        /** The cart has no lines. */
        EMPTY_CART,
        /** A coupon code the customer entered was rejected (expired, unknown, limit reached ...). */
        COUPON_REJECTED,
        /** The cart holds physical goods but no shipping address was given. */
        MISSING_SHIPPING_ADDRESS,
        /** The cart holds physical goods but no shipping method was chosen. */
        MISSING_SHIPPING_METHOD,
        /** Not enough stock for at least one SKU. */
        INSUFFICIENT_STOCK
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why the checkout was refused
     * @param message the explanation, naming the offending value
     */
    public CheckoutException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Creates the exception with a cause.
     *
     * @param reason why the checkout was refused
     * @param message the explanation
     * @param cause the underlying failure
     */
    public CheckoutException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns why the checkout was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
