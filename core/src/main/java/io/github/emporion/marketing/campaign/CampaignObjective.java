package io.github.emporion.marketing.campaign;

/** What a campaign aims at, following the classic funnel (awareness to retention). */
public enum CampaignObjective {
    /** Be seen: reach and impressions. */
    AWARENESS,
    /** Be considered: traffic, engagement, video views, leads. */
    CONSIDERATION,
    /** Sell: purchases and other conversions. */
    CONVERSION,
    /** Keep customers: repeat purchases, loyalty. */
    RETENTION
}
