package io.github.emporion.marketing.channel;

import static io.github.emporion.marketing.channel.DigitalScope.OFFLINE_DIGITAL;
import static io.github.emporion.marketing.channel.DigitalScope.ONLINE_E_MARKETING;
import static io.github.emporion.marketing.channel.MediaType.EARNED;
import static io.github.emporion.marketing.channel.MediaType.OWNED;
import static io.github.emporion.marketing.channel.MediaType.PAID;
import static io.github.emporion.marketing.channel.Strategy.INBOUND;
import static io.github.emporion.marketing.channel.Strategy.OUTBOUND;
import static io.github.emporion.marketing.channel.Strategy.PAID_ADVERTISING;

import java.util.Locale;
import java.util.Objects;

/**
 * Google Analytics 4's default channel groups, each with the default teaching dimensions that a
 * {@link Channel} of the group gets unless overridden.
 *
 * <p>The defaults are a judgement, written down so students can argue with them:
 *
 * <ul>
 *   <li>every paid group and {@link #AFFILIATES} (performance-paid partners) is paid media bought as
 *       paid advertising;
 *   <li>organic search, organic shopping and referral are earned media reached inbound; organic
 *       social and organic video are the brand's own profiles, so owned media reached inbound;
 *   <li>{@link #DIRECT} is owned (people type the brand's own address) and inbound;
 *   <li>e-mail, SMS and mobile push are owned lists the brand sends to, so owned and outbound;
 *   <li>{@link #SMS} and {@link #AUDIO} (radio-style audio ads) are offline digital; everything else
 *       is online e-marketing;
 *   <li>{@link #UNASSIGNED} traffic is unexplained arrivals, treated as earned, inbound and online;
 *       override the channel if you know better.
 * </ul>
 */
public enum ChannelGroup {
    /** Typed or bookmarked visits: source {@code (direct)}, medium {@code (none)}/{@code (not set)}. */
    DIRECT("Direct", OWNED, INBOUND, ONLINE_E_MARKETING),
    /** Campaigns that run across several ad networks (e.g. Performance Max). */
    CROSS_NETWORK("Cross-network", PAID, PAID_ADVERTISING, ONLINE_E_MARKETING),
    /** Paid ads on shopping sites or shopping campaigns. */
    PAID_SHOPPING("Paid Shopping", PAID, PAID_ADVERTISING, ONLINE_E_MARKETING),
    /** Paid ads on search engines. */
    PAID_SEARCH("Paid Search", PAID, PAID_ADVERTISING, ONLINE_E_MARKETING),
    /** Paid ads on social networks. */
    PAID_SOCIAL("Paid Social", PAID, PAID_ADVERTISING, ONLINE_E_MARKETING),
    /** Paid ads on video sites. */
    PAID_VIDEO("Paid Video", PAID, PAID_ADVERTISING, ONLINE_E_MARKETING),
    /** Display advertising (banners, interstitials, CPM buys). */
    DISPLAY("Display", PAID, PAID_ADVERTISING, ONLINE_E_MARKETING),
    /** Paid traffic that fits no more specific paid group. */
    PAID_OTHER("Paid Other", PAID, PAID_ADVERTISING, ONLINE_E_MARKETING),
    /** Unpaid visits from shopping sites. */
    ORGANIC_SHOPPING("Organic Shopping", EARNED, INBOUND, ONLINE_E_MARKETING),
    /** Unpaid visits from social networks. */
    ORGANIC_SOCIAL("Organic Social", OWNED, INBOUND, ONLINE_E_MARKETING),
    /** Unpaid visits from video sites. */
    ORGANIC_VIDEO("Organic Video", OWNED, INBOUND, ONLINE_E_MARKETING),
    /** Unpaid visits from search engines. */
    ORGANIC_SEARCH("Organic Search", EARNED, INBOUND, ONLINE_E_MARKETING),
    /** Visits from links on other sites or apps. */
    REFERRAL("Referral", EARNED, INBOUND, ONLINE_E_MARKETING),
    /** Visits from e-mail links. */
    EMAIL("Email", OWNED, OUTBOUND, ONLINE_E_MARKETING),
    /** Visits from affiliate partners. */
    AFFILIATES("Affiliates", PAID, PAID_ADVERTISING, ONLINE_E_MARKETING),
    /** Visits from audio ads. */
    AUDIO("Audio", PAID, PAID_ADVERTISING, OFFLINE_DIGITAL),
    /** Visits from text messages. */
    SMS("SMS", OWNED, OUTBOUND, OFFLINE_DIGITAL),
    /** Visits from mobile or web push notifications. */
    MOBILE_PUSH_NOTIFICATIONS("Mobile Push Notifications", OWNED, OUTBOUND, ONLINE_E_MARKETING),
    /** Traffic that no rule classifies. */
    UNASSIGNED("Unassigned", EARNED, INBOUND, ONLINE_E_MARKETING);

    private final String displayName;
    private final MediaType defaultMediaType;
    private final Strategy defaultStrategy;
    private final DigitalScope defaultScope;

    ChannelGroup(String displayName, MediaType mediaType, Strategy strategy, DigitalScope scope) {
        this.displayName = displayName;
        this.defaultMediaType = mediaType;
        this.defaultStrategy = strategy;
        this.defaultScope = scope;
    }

    /**
     * Returns GA4's name of the group.
     *
     * @return the display name, e.g. {@code "Paid Search"}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the media type a channel of this group gets by default.
     *
     * @return the default media type
     */
    public MediaType defaultMediaType() {
        return defaultMediaType;
    }

    /**
     * Returns the strategy a channel of this group gets by default.
     *
     * @return the default strategy
     */
    public Strategy defaultStrategy() {
        return defaultStrategy;
    }

    /**
     * Returns the digital scope a channel of this group gets by default.
     *
     * @return the default scope
     */
    public DigitalScope defaultScope() {
        return defaultScope;
    }

    /**
     * Finds a group by its GA4 display name or its constant name, ignoring case, spaces, hyphens and
     * underscores ({@code "Paid Search"}, {@code "paid_search"} and {@code "PAID-SEARCH"} all match).
     *
     * @param name the name to look up
     * @return the group
     * @throws IllegalArgumentException if no group has that name
     */
    public static ChannelGroup parse(String name) {
        Objects.requireNonNull(name, "name");
        String key = normalise(name);
        for (ChannelGroup group : values()) {
            if (normalise(group.displayName).equals(key)
                    || normalise(group.name()).equals(key)) {
                return group;
            }
        }
        throw new IllegalArgumentException("name: no channel group is called '" + name + "'");
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
