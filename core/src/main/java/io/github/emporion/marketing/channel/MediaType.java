package io.github.emporion.marketing.channel;

/**
 * The paid / owned / earned (POE) media model.
 *
 * <ul>
 *   <li>{@link #PAID}: the brand pays for the exposure (search ads, display, paid social).
 *   <li>{@link #OWNED}: the brand controls the medium (its website, e-mail list, app, own social
 *       profiles).
 *   <li>{@link #EARNED}: others give the exposure (organic search rankings, referrals, shares,
 *       reviews, press).
 * </ul>
 */
public enum MediaType {
    /** Exposure the brand pays for. */
    PAID,
    /** A medium the brand controls. */
    OWNED,
    /** Exposure given by others. */
    EARNED
}
