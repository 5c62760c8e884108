package io.github.emporion.marketing.journey;

import io.github.emporion.marketing.MarketingIds;
import io.github.emporion.marketing.touchpoint.Conversion;
import java.util.List;
import java.util.Objects;

/**
 * What {@link JourneyBuilder} made of one visitor's events.
 *
 * @param visitorId the visitor
 * @param journeys the journeys in time order: the converting ones, then at most one trailing
 *     non-converting one (unmodifiable)
 * @param unattributedConversions conversions with no touchpoint inside their lookback window (for
 *     example a second conversion right after the first), in time order (unmodifiable)
 * @param expiredTouchpoints the number of touchpoints dropped because they were older than the
 *     lookback window of the conversion that followed them
 */
public record VisitorJourneys(
        String visitorId, List<Journey> journeys, List<Conversion> unattributedConversions, long expiredTouchpoints) {

    /**
     * Validates the result.
     *
     * @param visitorId the visitor
     * @param journeys the journeys
     * @param unattributedConversions conversions without touchpoints in their window
     * @param expiredTouchpoints dropped touchpoints, not negative
     */
    public VisitorJourneys {
        MarketingIds.require("visitorId", visitorId);
        journeys = List.copyOf(Objects.requireNonNull(journeys, "journeys"));
        unattributedConversions =
                List.copyOf(Objects.requireNonNull(unattributedConversions, "unattributedConversions"));
        if (expiredTouchpoints < 0) {
            throw new IllegalArgumentException("expiredTouchpoints: " + expiredTouchpoints + " must not be negative");
        }
    }
}
