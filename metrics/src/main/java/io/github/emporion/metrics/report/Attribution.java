package io.github.emporion.metrics.report;

import io.github.emporion.marketing.MarketingIds;
import io.github.emporion.marketing.channel.Channel;
import java.util.Objects;
import java.util.Optional;

/**
 * The channel and campaign an order or a cart is credited to, stated by the caller: commerce
 * objects do not know their marketing origin (the two meet only through identifiers), so the
 * caller decides, e.g. from the landing session of the visit that created the cart, from a {@code
 * Conversion} naming the order id, or from an attribution model.
 *
 * @param channel the credited channel, if known
 * @param campaignId the credited campaign, if known
 */
public record Attribution(Optional<Channel> channel, Optional<String> campaignId) {

    /** Not attributed: the row lands in the "(not set)" channel and campaign. */
    public static final Attribution NONE = new Attribution(Optional.empty(), Optional.empty());

    /**
     * Validates the attribution.
     *
     * @throws IllegalArgumentException if the campaign id is not a valid marketing id
     */
    public Attribution {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(campaignId, "campaignId");
        campaignId.ifPresent(id -> MarketingIds.require("campaignId", id));
    }

    /**
     * Credits a channel, no campaign.
     *
     * @param channel the channel
     * @return the attribution
     */
    public static Attribution of(Channel channel) {
        return new Attribution(Optional.of(channel), Optional.empty());
    }

    /**
     * Credits a campaign on a channel.
     *
     * @param channel the channel
     * @param campaignId the campaign id
     * @return the attribution
     */
    public static Attribution of(Channel channel, String campaignId) {
        return new Attribution(Optional.of(channel), Optional.of(campaignId));
    }
}
