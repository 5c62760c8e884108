package io.github.emporion.marketing.touchpoint;

import io.github.emporion.marketing.MarketingIds;
import io.github.emporion.marketing.channel.Channel;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One contact between a visitor and a channel.
 *
 * <pre>{@code
 * Touchpoint t = Touchpoint.of("v-17", Instant.parse("2026-03-01T10:00:00Z"),
 *                 Channel.of(ChannelGroup.PAID_SEARCH), InteractionType.CLICK)
 *         .withCampaignId("spring-search")
 *         .withCost(Money.of(new BigDecimal("0.42"), "EUR"));
 * }</pre>
 *
 * @param visitorId the pseudonymous visitor id (cookie, device or app-instance id)
 * @param customerId the customer id, once the visitor is known (ties marketing to commerce)
 * @param timestamp when the contact happened
 * @param channel the channel
 * @param campaignId the campaign, if any
 * @param interactionType how the visitor met the channel
 * @param cost what this contact cost (e.g. the price of the click), if known; never negative
 */
public record Touchpoint(
        String visitorId,
        Optional<String> customerId,
        Instant timestamp,
        Channel channel,
        Optional<String> campaignId,
        InteractionType interactionType,
        Optional<MonetaryAmount> cost)
        implements JourneyEvent {

    /**
     * Validates the touchpoint.
     *
     * @param visitorId the pseudonymous visitor id
     * @param customerId the customer id, once known
     * @param timestamp when the contact happened
     * @param channel the channel
     * @param campaignId the campaign, if any
     * @param interactionType how the visitor met the channel
     * @param cost what this contact cost, if known
     */
    public Touchpoint {
        MarketingIds.require("visitorId", visitorId);
        Objects.requireNonNull(customerId, "customerId").ifPresent(id -> MarketingIds.require("customerId", id));
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(campaignId, "campaignId").ifPresent(id -> MarketingIds.require("campaignId", id));
        Objects.requireNonNull(interactionType, "interactionType");
        Objects.requireNonNull(cost, "cost").ifPresent(c -> {
            if (c.isNegative()) {
                throw new IllegalArgumentException("cost: " + c + " must not be negative");
            }
        });
    }

    /**
     * Creates an anonymous touchpoint without campaign or cost.
     *
     * @param visitorId the pseudonymous visitor id
     * @param timestamp when the contact happened
     * @param channel the channel
     * @param interactionType how the visitor met the channel
     * @return the touchpoint
     */
    public static Touchpoint of(String visitorId, Instant timestamp, Channel channel, InteractionType interactionType) {
        return new Touchpoint(
                visitorId, Optional.empty(), timestamp, channel, Optional.empty(), interactionType, Optional.empty());
    }

    /**
     * Returns a copy with a customer id.
     *
     * @param newCustomerId the customer id
     * @return the copy
     */
    public Touchpoint withCustomerId(String newCustomerId) {
        return new Touchpoint(
                visitorId, Optional.of(newCustomerId), timestamp, channel, campaignId, interactionType, cost);
    }

    /**
     * Returns a copy with a campaign id.
     *
     * @param newCampaignId the campaign id
     * @return the copy
     */
    public Touchpoint withCampaignId(String newCampaignId) {
        return new Touchpoint(
                visitorId, customerId, timestamp, channel, Optional.of(newCampaignId), interactionType, cost);
    }

    /**
     * Returns a copy with a cost.
     *
     * @param newCost the cost, not negative
     * @return the copy
     */
    public Touchpoint withCost(MonetaryAmount newCost) {
        return new Touchpoint(
                visitorId, customerId, timestamp, channel, campaignId, interactionType, Optional.of(newCost));
    }
}
