package io.github.emporion.marketing.channel;

/**
 * How a channel reaches people.
 *
 * <ul>
 *   <li>{@link #INBOUND}: people find the brand themselves (search, content, social, referrals).
 *   <li>{@link #OUTBOUND}: the brand pushes a message to people it already can reach (e-mail, SMS,
 *       push notifications, cold outreach).
 *   <li>{@link #PAID_ADVERTISING}: the brand buys placements (ads on search, social, display,
 *       video, audio, affiliates).
 * </ul>
 */
public enum Strategy {
    /** People come to the brand. */
    INBOUND,
    /** The brand pushes messages to people. */
    OUTBOUND,
    /** The brand buys ad placements. */
    PAID_ADVERTISING
}
