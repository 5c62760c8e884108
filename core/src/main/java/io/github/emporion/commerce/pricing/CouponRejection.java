package io.github.emporion.commerce.pricing;

import java.util.Objects;

/**
 * A coupon code the calculator did not apply, and why. Checkout decides whether that refuses the
 * order (an expired code usually should). This class is immutable and thread-safe.
 *
 * @param code the code as normalised (upper case)
 * @param reason why it was not applied
 * @param message a sentence for logs and shop assistants, naming the code, the value and the rule
 */
public record CouponRejection(String code, Reason reason, String message) {

    /** Why a coupon was not applied. */
    public enum Reason {
        /** No coupon has this code. */
        UNKNOWN,
        /** The coupon's validity window has not started. */
        NOT_YET_VALID,
        /** The coupon's validity window has ended. */
        EXPIRED,
        /** The cart subtotal is below the coupon's minimum order value. */
        BELOW_MINIMUM_ORDER_VALUE,
        /** The coupon has been redeemed {@code maxUses} times. */
        USAGE_LIMIT_REACHED,
        /** This customer has redeemed it {@code maxUsesPerCustomer} times. */
        CUSTOMER_LIMIT_REACHED,
        /** The coupon has a per-customer limit and the cart has no customer. */
        CUSTOMER_REQUIRED,
        /** The coupon's promotion is outside its own validity window. */
        PROMOTION_INACTIVE,
        /**
         * The coupon was valid but its promotion changed nothing (no matching line, stopped by a
         * higher-priority promotion, or beaten by an exclusive one).
         */
        NOT_APPLICABLE
    }

    /** Checks for nulls. */
    public CouponRejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
