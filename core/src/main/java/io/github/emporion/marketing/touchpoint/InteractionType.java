package io.github.emporion.marketing.touchpoint;

/**
 * How a visitor met a channel. The declaration order is the funnel order used to order
 * touchpoints that share one instant (exposures before clicks before visits).
 */
public enum InteractionType {
    /** An ad or post was shown. */
    IMPRESSION,
    /** An offline exposure (digital billboard, radio or TV spot, in-store screen). */
    OFFLINE_EXPOSURE,
    /** A marketing e-mail was opened. */
    EMAIL_OPEN,
    /** A like, share, comment or save on social media. */
    SOCIAL_ENGAGEMENT,
    /** An ad or link was clicked. */
    CLICK,
    /** A link in a marketing e-mail was clicked. */
    EMAIL_CLICK,
    /** The visitor arrived on the site or app (a session start). */
    VISIT
}
