package io.github.emporion.marketing.touchpoint;

import io.github.emporion.marketing.MarketingIds;
import io.github.emporion.marketing.channel.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One visit to the site or app: the input of conversion-rate, bounce-rate and cart-abandonment
 * KPIs.
 *
 * <p><b>Engaged</b> follows GA4: a session is engaged if it lasted at least 10 seconds, or had a
 * conversion, or had at least 2 page (or screen) views. A session that is not engaged is a
 * <b>bounce</b> (GA4's bounce rate = 1 − engagement rate). Example: a 4-second visit with one page
 * view and no conversion is a bounce; the same visit with a second page view is engaged.
 *
 * <p>Funnel steps are recorded as tracked; they are not required to be contiguous (tracking can
 * miss a step), but {@link FunnelStep#PURCHASED} implies {@code converted}.
 *
 * @param sessionId the session id
 * @param visitorId the pseudonymous visitor id
 * @param start when the session started
 * @param end when the session ended (last hit); not before {@code start}
 * @param landingChannel the channel of the session's first page
 * @param pageViews page or screen views, not negative
 * @param converted whether the session had a conversion
 * @param funnelSteps the funnel steps reached (unmodifiable)
 */
public record Session(
        String sessionId,
        String visitorId,
        Instant start,
        Instant end,
        Channel landingChannel,
        long pageViews,
        boolean converted,
        Set<FunnelStep> funnelSteps) {

    /** GA4's minimum duration of an engaged session. */
    public static final Duration ENGAGED_MIN_DURATION = Duration.ofSeconds(10);

    /** GA4's minimum page views of an engaged session. */
    public static final long ENGAGED_MIN_PAGE_VIEWS = 2;

    /**
     * Validates the session.
     *
     * @param sessionId the session id
     * @param visitorId the visitor id
     * @param start the start
     * @param end the end, not before start
     * @param landingChannel the landing channel
     * @param pageViews page views, not negative
     * @param converted whether the session converted
     * @param funnelSteps the funnel steps reached
     */
    public Session {
        MarketingIds.require("sessionId", sessionId);
        MarketingIds.require("visitorId", visitorId);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(landingChannel, "landingChannel");
        Objects.requireNonNull(funnelSteps, "funnelSteps");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end: " + end + " is before start " + start);
        }
        if (pageViews < 0) {
            throw new IllegalArgumentException("pageViews: " + pageViews + " must not be negative");
        }
        EnumSet<FunnelStep> steps = EnumSet.noneOf(FunnelStep.class);
        steps.addAll(funnelSteps);
        if (steps.contains(FunnelStep.PURCHASED) && !converted) {
            throw new IllegalArgumentException("funnelSteps: PURCHASED requires converted = true");
        }
        funnelSteps = Collections.unmodifiableSet(steps);
    }

    /**
     * Returns how long the session lasted.
     *
     * @return {@code end - start}
     */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /**
     * Tells whether the session is engaged (GA4): duration ≥ 10 s, or converted, or ≥ 2 page views.
     *
     * @return {@code true} if engaged
     */
    public boolean engaged() {
        return duration().compareTo(ENGAGED_MIN_DURATION) >= 0 || converted || pageViews >= ENGAGED_MIN_PAGE_VIEWS;
    }

    /**
     * Tells whether the session bounced, i.e. was not {@link #engaged()} (GA4's definition).
     *
     * @return {@code true} if not engaged
     */
    public boolean bounced() {
        return !engaged();
    }

    /**
     * Tells whether a funnel step was reached.
     *
     * @param step the step
     * @return {@code true} if reached
     */
    public boolean reached(FunnelStep step) {
        return funnelSteps.contains(step);
    }
}
