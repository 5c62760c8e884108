package io.github.emporion.metrics.grouped;

import io.github.emporion.metrics.funnel.FunnelReport;
import io.github.emporion.metrics.kpi.Kpis;
import io.github.emporion.metrics.kpi.RateResult;

/**
 * Session totals of one group and the session KPIs over them (each computed by {@link Kpis}).
 *
 * @param sessions sessions
 * @param engagedSessions GA4 engaged sessions
 * @param singlePageSessions sessions with one page view
 * @param convertingSessions sessions that purchased (whatever steps they took)
 * @param productViewSessions closed funnel: sessions that viewed a product
 * @param addToCartSessions closed funnel: … and added to cart
 * @param checkoutSessions closed funnel: … and began checkout
 * @param purchaseSessions closed funnel: … and purchased
 */
public record SessionSummary(
        long sessions,
        long engagedSessions,
        long singlePageSessions,
        long convertingSessions,
        long productViewSessions,
        long addToCartSessions,
        long checkoutSessions,
        long purchaseSessions) {

    /**
     * Validates the counts, as the accumulator produces them: none negative, each kind of session at
     * most all sessions, the closed funnel narrowing at each step (product view ≥ add to cart ≥
     * checkout ≥ purchase), and funnel purchases at most the converting sessions.
     *
     * @throws IllegalArgumentException if a count breaks one of these rules
     */
    public SessionSummary {
        Facts.requireNonNegative("sessions", sessions);
        Facts.requireNonNegative("engagedSessions", engagedSessions);
        Facts.requireNonNegative("singlePageSessions", singlePageSessions);
        Facts.requireNonNegative("convertingSessions", convertingSessions);
        Facts.requireNonNegative("productViewSessions", productViewSessions);
        Facts.requireNonNegative("addToCartSessions", addToCartSessions);
        Facts.requireNonNegative("checkoutSessions", checkoutSessions);
        Facts.requireNonNegative("purchaseSessions", purchaseSessions);
        Facts.requireAtMost("engagedSessions", engagedSessions, "sessions", sessions);
        Facts.requireAtMost("singlePageSessions", singlePageSessions, "sessions", sessions);
        Facts.requireAtMost("convertingSessions", convertingSessions, "sessions", sessions);
        Facts.requireAtMost("productViewSessions", productViewSessions, "sessions", sessions);
        Facts.requireAtMost("addToCartSessions", addToCartSessions, "productViewSessions", productViewSessions);
        Facts.requireAtMost("checkoutSessions", checkoutSessions, "addToCartSessions", addToCartSessions);
        Facts.requireAtMost("purchaseSessions", purchaseSessions, "checkoutSessions", checkoutSessions);
        Facts.requireAtMost("purchaseSessions", purchaseSessions, "convertingSessions", convertingSessions);
    }

    /**
     * Returns converting sessions ÷ sessions ({@link Kpis#conversionRate(long, long)}).
     *
     * @return the session conversion rate
     */
    public RateResult conversionRate() {
        return Kpis.conversionRate(convertingSessions, sessions);
    }

    /**
     * Returns engaged sessions ÷ sessions ({@link Kpis#sessionEngagementRate(long, long)}).
     *
     * @return the GA4 engagement rate
     */
    public RateResult engagementRate() {
        return Kpis.sessionEngagementRate(engagedSessions, sessions);
    }

    /**
     * Returns 1 − engagement rate ({@link Kpis#bounceRate(long, long)}).
     *
     * @return the GA4 bounce rate
     */
    public RateResult bounceRate() {
        return Kpis.bounceRate(engagedSessions, sessions);
    }

    /**
     * Returns single-page sessions ÷ sessions ({@link Kpis#singlePageSessionRate(long, long)}).
     *
     * @return the legacy bounce rate
     */
    public RateResult singlePageSessionRate() {
        return Kpis.singlePageSessionRate(singlePageSessions, sessions);
    }

    /**
     * Returns 1 − purchases ÷ checkouts on the closed funnel ({@link
     * Kpis#checkoutAbandonmentRate(long, long)}): sessions that began checkout (after viewing a
     * product and adding to cart) but did not purchase.
     *
     * <p>Example: 250 checkout sessions, 180 of them purchased → 0.28; no checkout → undefined.
     *
     * @return the checkout abandonment rate
     */
    public RateResult checkoutAbandonmentRate() {
        return Kpis.checkoutAbandonmentRate(checkoutSessions, purchaseSessions);
    }

    /**
     * Returns the closed funnel report ({@link FunnelReport#of(long, long, long, long, long)}).
     *
     * @return the funnel
     */
    public FunnelReport funnel() {
        return FunnelReport.of(sessions, productViewSessions, addToCartSessions, checkoutSessions, purchaseSessions);
    }
}
