package io.github.emporion.commerce.pricing.promotion;

/** Whether a promotion combines with others. */
public enum Stacking {
    /** Applies together with the other stackable promotions, in priority order. */
    STACKABLE,
    /**
     * Never combines: the calculator prices the cart with this promotion alone and with the
     * chain of stackable ones, and keeps whichever is cheaper for the customer.
     */
    EXCLUSIVE
}
