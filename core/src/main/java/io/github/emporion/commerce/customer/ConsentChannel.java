package io.github.emporion.commerce.customer;

/** A channel for which a customer grants or withdraws marketing consent. */
public enum ConsentChannel {
    /** Marketing e-mail (newsletters, promotions). */
    EMAIL,
    /** Marketing text messages. */
    SMS,
    /** Tracking for analytics and advertising (cookies, pixels, device identifiers). */
    TRACKING
}
