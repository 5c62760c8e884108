package io.github.emporion.marketing.budget;

import io.github.emporion.marketing.MarketingIds;
import java.util.Comparator;
import java.util.Objects;

/**
 * What a budget line is for: a channel (by channel name) or a campaign (by campaign id).
 *
 * @param kind channel or campaign
 * @param id the channel name or campaign id
 */
public record BudgetTarget(Kind kind, String id) implements Comparable<BudgetTarget> {

    private static final Comparator<BudgetTarget> ORDER =
            Comparator.comparing(BudgetTarget::kind).thenComparing(BudgetTarget::id);

    /** The kind of target. */
    public enum Kind {
        /** A channel, identified by its name. */
        CHANNEL,
        /** A campaign, identified by its id. */
        CAMPAIGN
    }

    /**
     * Validates the target.
     *
     * @param kind channel or campaign
     * @param id the channel name or campaign id
     */
    public BudgetTarget {
        Objects.requireNonNull(kind, "kind");
        MarketingIds.require("id", id);
    }

    /**
     * Creates a channel target.
     *
     * @param channelName the channel's name
     * @return the target
     */
    public static BudgetTarget channel(String channelName) {
        return new BudgetTarget(Kind.CHANNEL, channelName);
    }

    /**
     * Creates a campaign target.
     *
     * @param campaignId the campaign id
     * @return the target
     */
    public static BudgetTarget campaign(String campaignId) {
        return new BudgetTarget(Kind.CAMPAIGN, campaignId);
    }

    /**
     * Orders channels before campaigns, then by id.
     *
     * @param other the other target
     * @return the comparison
     */
    @Override
    public int compareTo(BudgetTarget other) {
        return ORDER.compare(this, other);
    }
}
