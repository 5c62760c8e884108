package io.github.emporion.marketing.campaign;

/**
 * Social engagements of one day of a campaign; all counts are non-negative.
 *
 * @param likes likes or reactions
 * @param shares shares or reposts
 * @param comments comments
 * @param saves saves or bookmarks
 */
public record Engagements(long likes, long shares, long comments, long saves) {

    /** No engagement at all. */
    public static final Engagements NONE = new Engagements(0, 0, 0, 0);

    /**
     * Validates the counts.
     *
     * @param likes likes
     * @param shares shares
     * @param comments comments
     * @param saves saves
     */
    public Engagements {
        CampaignPerformance.requireCount("likes", likes);
        CampaignPerformance.requireCount("shares", shares);
        CampaignPerformance.requireCount("comments", comments);
        CampaignPerformance.requireCount("saves", saves);
    }

    /**
     * Returns all engagements.
     *
     * @return {@code likes + shares + comments + saves}
     */
    public long total() {
        return Math.addExact(Math.addExact(likes, shares), Math.addExact(comments, saves));
    }
}
