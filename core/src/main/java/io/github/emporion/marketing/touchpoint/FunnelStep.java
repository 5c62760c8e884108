package io.github.emporion.marketing.touchpoint;

/** The e-commerce funnel steps a session can reach, in funnel order. */
public enum FunnelStep {
    /** A product detail page was viewed. */
    VIEWED_PRODUCT,
    /** Something was added to the cart. */
    ADDED_TO_CART,
    /** Checkout was begun. */
    BEGAN_CHECKOUT,
    /** An order was placed. */
    PURCHASED
}
