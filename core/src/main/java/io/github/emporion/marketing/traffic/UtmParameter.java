package io.github.emporion.marketing.traffic;

/** The UTM query parameters GA4 reads from a landing-page URL. */
public enum UtmParameter {
    /** {@code utm_source}: the referrer, e.g. {@code google}, {@code newsletter4}. */
    SOURCE("utm_source"),
    /** {@code utm_medium}: the marketing medium, e.g. {@code cpc}, {@code email}. */
    MEDIUM("utm_medium"),
    /** {@code utm_campaign}: the campaign name, e.g. {@code spring_sale}. */
    CAMPAIGN("utm_campaign"),
    /** {@code utm_term}: the paid keyword. */
    TERM("utm_term"),
    /** {@code utm_content}: tells creatives and links apart. */
    CONTENT("utm_content"),
    /** {@code utm_id}: the campaign id, as used for cost-data import. */
    ID("utm_id"),
    /** {@code utm_source_platform}: the buying or organic platform. */
    SOURCE_PLATFORM("utm_source_platform"),
    /** {@code utm_creative_format}: e.g. display, native, video. */
    CREATIVE_FORMAT("utm_creative_format"),
    /** {@code utm_marketing_tactic}: targeting criteria, e.g. remarketing, prospecting. */
    MARKETING_TACTIC("utm_marketing_tactic");

    private final String parameterName;

    UtmParameter(String parameterName) {
        this.parameterName = parameterName;
    }

    /**
     * Returns the query-parameter name.
     *
     * @return the name, e.g. {@code "utm_source"}
     */
    public String parameterName() {
        return parameterName;
    }
}
