package io.github.emporion.commerce.pricing;

/** What an applied discount reduced. */
public enum DiscountTarget {
    /** Matching lines (line percentage, amount per unit, fixed price, buy-x-get-y). */
    LINES,
    /** The order as a whole, spread over the lines in proportion to their amounts. */
    ORDER,
    /** The shipping charge. */
    SHIPPING
}
