package io.github.emporion.marketing.traffic;

/** Where a {@link TrafficSource}'s source and medium came from. */
public enum TrafficOrigin {
    /** A Google auto-tagging click id ({@code gclid} or {@code dclid}). */
    AUTO_TAGGED,
    /** The UTM parameters of the landing page. */
    UTM,
    /** A non-Google click id, in {@link ClickIdMode#INFER_FROM_CLICK_IDS} only. */
    INFERRED_FROM_CLICK_ID,
    /** A search-engine referrer, reported as {@code <engine> / organic}. */
    SEARCH_REFERRER,
    /** Another site's referrer, reported as {@code <host> / referral}. */
    REFERRER,
    /** No campaign data and no external referrer: {@code (direct) / (none)}. */
    DIRECT
}
