package io.github.emporion.marketing.traffic;

/**
 * Ad-platform click identifiers found on landing-page URLs. Only {@link #GCLID} and {@link #DCLID}
 * change the traffic source in GA4-parity mode; the others are kept on the {@link TrafficSource}
 * (and {@link #MSCLKID}, {@link #FBCLID}, {@link #TTCLID} are used by {@link
 * ClickIdMode#INFER_FROM_CLICK_IDS}).
 */
public enum ClickId {
    /** Google Ads auto-tagging. */
    GCLID("gclid"),
    /** Display &amp; Video 360 / Campaign Manager 360. */
    DCLID("dclid"),
    /** Google's aggregated web-to-app id. */
    WBRAID("wbraid"),
    /** Google's aggregated app id. */
    GBRAID("gbraid"),
    /** Google Ads source hint. */
    GAD_SOURCE("gad_source"),
    /** Google Ads campaign id hint. */
    GAD_CAMPAIGNID("gad_campaignid"),
    /** Meta (Facebook, Instagram). */
    FBCLID("fbclid"),
    /** Microsoft Advertising. */
    MSCLKID("msclkid"),
    /** TikTok. */
    TTCLID("ttclid");

    private final String parameterName;

    ClickId(String parameterName) {
        this.parameterName = parameterName;
    }

    /**
     * Returns the query-parameter name.
     *
     * @return the name, e.g. {@code "gclid"}
     */
    public String parameterName() {
        return parameterName;
    }
}
