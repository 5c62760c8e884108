package io.github.emporion.marketing.journey;

import io.github.emporion.marketing.MarketingIds;
import io.github.emporion.marketing.touchpoint.Conversion;
import io.github.emporion.marketing.touchpoint.Touchpoint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One visitor's ordered touchpoints and, if the journey converted, the conversion that closed it.
 *
 * <p>Invariants, checked on construction: at least one touchpoint; every touchpoint and the
 * conversion belong to {@code visitorId}; touchpoint timestamps never decrease; the conversion is
 * not before the last touchpoint.
 *
 * @param visitorId the visitor
 * @param touchpoints the touchpoints in time order (unmodifiable, not empty)
 * @param conversion the conversion that closed the journey, or empty for a non-converting journey
 */
public record Journey(String visitorId, List<Touchpoint> touchpoints, Optional<Conversion> conversion) {

    /**
     * Validates the journey.
     *
     * @param visitorId the visitor
     * @param touchpoints the touchpoints in time order
     * @param conversion the conversion, if any
     */
    public Journey {
        MarketingIds.require("visitorId", visitorId);
        touchpoints = List.copyOf(Objects.requireNonNull(touchpoints, "touchpoints"));
        Objects.requireNonNull(conversion, "conversion");
        if (touchpoints.isEmpty()) {
            throw new IllegalArgumentException(
                    "touchpoints: a journey of visitor " + visitorId + " needs at least one");
        }
        Touchpoint previous = null;
        for (Touchpoint t : touchpoints) {
            if (!t.visitorId().equals(visitorId)) {
                throw new IllegalArgumentException(
                        "touchpoints: touchpoint of visitor " + t.visitorId() + " in journey of " + visitorId);
            }
            if (previous != null && t.timestamp().isBefore(previous.timestamp())) {
                throw new IllegalArgumentException("touchpoints: out of order, " + t.timestamp() + " after "
                        + previous.timestamp() + " (visitor " + visitorId + ")");
            }
            previous = t;
        }
        Touchpoint last = previous;
        conversion.ifPresent(c -> {
            if (!c.visitorId().equals(visitorId)) {
                throw new IllegalArgumentException(
                        "conversion: belongs to visitor " + c.visitorId() + ", not " + visitorId);
            }
            if (c.timestamp().isBefore(last.timestamp())) {
                throw new IllegalArgumentException(
                        "conversion: at " + c.timestamp() + " is before the last touchpoint at " + last.timestamp());
            }
        });
    }

    /**
     * Creates a converting journey.
     *
     * @param touchpoints the touchpoints in time order, not empty
     * @param conversion the conversion
     * @return the journey
     */
    public static Journey converted(List<Touchpoint> touchpoints, Conversion conversion) {
        return new Journey(conversion.visitorId(), touchpoints, Optional.of(conversion));
    }

    /**
     * Creates a non-converting journey.
     *
     * @param touchpoints the touchpoints in time order, not empty
     * @return the journey
     */
    public static Journey notConverted(List<Touchpoint> touchpoints) {
        if (touchpoints.isEmpty()) {
            throw new IllegalArgumentException("touchpoints: a journey needs at least one");
        }
        return new Journey(touchpoints.get(0).visitorId(), touchpoints, Optional.empty());
    }

    /**
     * Tells whether the journey ended in a conversion.
     *
     * @return {@code true} if converted
     */
    public boolean isConverted() {
        return conversion.isPresent();
    }

    /**
     * Returns the channel names of the touchpoints in order, repeats kept: the journey's path.
     *
     * @return the path, e.g. {@code [Paid Search, Email, Direct]}
     */
    public List<String> path() {
        return touchpoints.stream().map(t -> t.channel().name()).toList();
    }
}
