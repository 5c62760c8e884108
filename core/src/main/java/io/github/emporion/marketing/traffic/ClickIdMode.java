package io.github.emporion.marketing.traffic;

/** How {@link LandingPageParser} treats click ids that GA4 itself ignores. */
public enum ClickIdMode {
    /**
     * The default: behave as GA4 does. Only {@code gclid} ({@code google / cpc}) and {@code dclid}
     * ({@code dbm / cpm}) set the source; {@code fbclid}, {@code msclkid} and {@code ttclid} are
     * kept but do not change source or medium, so an untagged Meta ad click arrives as a Facebook
     * referral and is classified Organic Social, exactly as GA4 reports it.
     */
    GA4_PARITY,
    /**
     * Departs from GA4 on purpose: when a URL has no UTM source or medium and no Google click id,
     * {@code msclkid} gives {@code bing / cpc}, {@code fbclid} gives {@code facebook / paid} and
     * {@code ttclid} gives {@code tiktok / paid} (origin {@link TrafficOrigin#INFERRED_FROM_CLICK_ID}).
     */
    INFER_FROM_CLICK_IDS
}
