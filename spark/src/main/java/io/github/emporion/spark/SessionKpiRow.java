package io.github.emporion.spark;

import io.github.emporion.metrics.grouped.SessionSummary;
import io.github.emporion.metrics.kpi.RateResult;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SessionSummary} with its three rates as a Java bean: the output of the SQL function
 * {@code emporion_session_kpis}. A rate is {@code null} where the summary's {@link RateResult} is
 * undefined (no sessions), never 0.
 */
public final class SessionKpiRow {

    private long sessions;
    private long engagedSessions;
    private long convertingSessions;
    private long purchaseSessions;
    private @Nullable BigDecimal conversionRate;
    private @Nullable BigDecimal engagementRate;
    private @Nullable BigDecimal bounceRate;

    /** Creates an empty bean; for Spark's bean encoder. */
    public SessionKpiRow() {}

    /**
     * Copies a summary and its rates.
     *
     * @param summary the summary
     * @return the bean
     */
    public static SessionKpiRow of(SessionSummary summary) {
        SessionKpiRow row = new SessionKpiRow();
        row.sessions = summary.sessions();
        row.engagedSessions = summary.engagedSessions();
        row.convertingSessions = summary.convertingSessions();
        row.purchaseSessions = summary.purchaseSessions();
        row.conversionRate = summary.conversionRate().value().orElse(null);
        row.engagementRate = summary.engagementRate().value().orElse(null);
        row.bounceRate = summary.bounceRate().value().orElse(null);
        return row;
    }

    /**
     * Returns the number of sessions.
     *
     * @return the sessions
     */
    public long getSessions() {
        return sessions;
    }

    /**
     * Sets the number of sessions.
     *
     * @param sessions the sessions
     */
    public void setSessions(long sessions) {
        this.sessions = sessions;
    }

    /**
     * Returns the engaged sessions.
     *
     * @return the engaged sessions
     */
    public long getEngagedSessions() {
        return engagedSessions;
    }

    /**
     * Sets the engaged sessions.
     *
     * @param engagedSessions the engaged sessions
     */
    public void setEngagedSessions(long engagedSessions) {
        this.engagedSessions = engagedSessions;
    }

    /**
     * Returns the converting sessions.
     *
     * @return the converting sessions
     */
    public long getConvertingSessions() {
        return convertingSessions;
    }

    /**
     * Sets the converting sessions.
     *
     * @param convertingSessions the converting sessions
     */
    public void setConvertingSessions(long convertingSessions) {
        this.convertingSessions = convertingSessions;
    }

    /**
     * Returns the sessions that went through the whole funnel to a purchase.
     *
     * @return the purchase sessions
     */
    public long getPurchaseSessions() {
        return purchaseSessions;
    }

    /**
     * Sets the purchase sessions.
     *
     * @param purchaseSessions the purchase sessions
     */
    public void setPurchaseSessions(long purchaseSessions) {
        this.purchaseSessions = purchaseSessions;
    }

    /**
     * Returns the conversion rate, converting sessions / sessions.
     *
     * @return the rate, or {@code null} without sessions
     */
    public @Nullable BigDecimal getConversionRate() {
        return conversionRate;
    }

    /**
     * Sets the conversion rate.
     *
     * @param conversionRate the rate
     */
    public void setConversionRate(@Nullable BigDecimal conversionRate) {
        this.conversionRate = conversionRate;
    }

    /**
     * Returns the engagement rate, engaged sessions / sessions.
     *
     * @return the rate, or {@code null} without sessions
     */
    public @Nullable BigDecimal getEngagementRate() {
        return engagementRate;
    }

    /**
     * Sets the engagement rate.
     *
     * @param engagementRate the rate
     */
    public void setEngagementRate(@Nullable BigDecimal engagementRate) {
        this.engagementRate = engagementRate;
    }

    /**
     * Returns the bounce rate, 1 − engagement rate (GA4).
     *
     * @return the rate, or {@code null} without sessions
     */
    public @Nullable BigDecimal getBounceRate() {
        return bounceRate;
    }

    /**
     * Sets the bounce rate.
     *
     * @param bounceRate the rate
     */
    public void setBounceRate(@Nullable BigDecimal bounceRate) {
        this.bounceRate = bounceRate;
    }
}
