package io.github.emporion.marketing.channel;

/**
 * Whether a digital channel is internet-based e-marketing or digital but not internet-based.
 *
 * <p>Digital marketing contains e-marketing, not the reverse: every channel modelled here is
 * digital, and {@link #ONLINE_E_MARKETING} marks the internet-based subset.
 *
 * <ul>
 *   <li>{@link #ONLINE_E_MARKETING}: social media, search, e-mail, web ads, websites.
 *   <li>{@link #OFFLINE_DIGITAL}: SMS, digital billboards, radio and TV, in-game ads, VR.
 * </ul>
 */
public enum DigitalScope {
    /** Internet-based e-marketing (social, search, e-mail, web ads). */
    ONLINE_E_MARKETING,
    /** Digital but not internet-based (SMS, digital billboards, radio/TV, in-game ads, VR). */
    OFFLINE_DIGITAL
}
