package io.github.emporion.marketing.traffic;

import io.github.emporion.marketing.channel.ChannelGroup;

/**
 * The Google Ads network a {@code gclid} click came from: a hint that the URL does not carry but an
 * Ads export does. With it, {@link ChannelClassifier#classify(TrafficSource, AdNetworkType)} picks
 * the group GA4 would pick for auto-tagged traffic.
 */
public enum AdNetworkType {
    /** Google Search. */
    SEARCH(ChannelGroup.PAID_SEARCH),
    /** Google search partners. */
    SEARCH_PARTNERS(ChannelGroup.PAID_SEARCH),
    /** YouTube search or YouTube videos. */
    YOUTUBE(ChannelGroup.PAID_VIDEO),
    /** Google Display Network. */
    DISPLAY(ChannelGroup.DISPLAY),
    /** Performance Max, Smart Shopping, Demand Gen. */
    CROSS_NETWORK(ChannelGroup.CROSS_NETWORK),
    /** Social placements. */
    SOCIAL(ChannelGroup.PAID_SOCIAL);

    private final ChannelGroup group;

    AdNetworkType(ChannelGroup group) {
        this.group = group;
    }

    /**
     * Returns the channel group GA4 assigns to auto-tagged traffic from this network.
     *
     * @return the group
     */
    public ChannelGroup group() {
        return group;
    }
}
