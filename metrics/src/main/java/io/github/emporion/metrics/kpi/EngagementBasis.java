package io.github.emporion.metrics.kpi;

/**
 * The denominator of a social engagement rate. There is deliberately no default: the three give
 * very different numbers for the same post (Hootsuite).
 */
public enum EngagementBasis {
    /** Engagements ÷ reach (distinct people who saw the content); Hootsuite's most common form. */
    REACH("by_reach", "reach"),
    /** Engagements ÷ impressions. */
    IMPRESSIONS("by_impressions", "impressions"),
    /** Engagements ÷ followers. */
    FOLLOWERS("by_followers", "followers");

    private final String variant;
    private final String denominatorName;

    EngagementBasis(String variant, String denominatorName) {
        this.variant = variant;
        this.denominatorName = denominatorName;
    }

    /**
     * Returns the variant id used in {@link KpiLabel}.
     *
     * @return e.g. {@code by_reach}
     */
    public String variant() {
        return variant;
    }

    /**
     * Returns the name of the denominator used in undefined reasons.
     *
     * @return e.g. {@code reach}
     */
    public String denominatorName() {
        return denominatorName;
    }
}
