package io.github.emporion.metrics.attribution;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One journey with timestamps: its touches in order, the instant of each touch and, if the journey
 * converted, the conversion instant and value. Time-decay attribution needs this; every other model
 * uses {@link #toPath()}.
 *
 * <p>Rules: at least one touch; one instant per touch, non-decreasing; a conversion may not come
 * before the last touch (a touch after the conversion would get a weight above 1 in time decay);
 * the value is finite and ignored when the journey did not convert.
 *
 * @param channels the touches' channels in order, repeats kept; copied
 * @param touchTimes the instant of each touch; copied
 * @param conversionTime the conversion instant, empty if the journey did not convert
 * @param value the conversion value (ignored without conversion)
 * @param id an identifier of the journey for per-journey reports (a file's {@code journey_id}, a
 *     visitor id), if any
 */
public record TimedJourney(
        List<String> channels,
        List<Instant> touchTimes,
        Optional<Instant> conversionTime,
        double value,
        Optional<String> id) {

    /** Validates and copies. */
    public TimedJourney {
        channels = List.copyOf(channels);
        touchTimes = List.copyOf(touchTimes);
        if (channels.size() != touchTimes.size()) {
            throw new IllegalArgumentException("touchTimes must have one instant per channel: " + channels.size()
                    + " channels, " + touchTimes.size() + " instants");
        }
        for (int i = 1; i < touchTimes.size(); i++) {
            if (touchTimes.get(i).isBefore(touchTimes.get(i - 1))) {
                throw new IllegalArgumentException("touchTimes must be non-decreasing, but touch " + i + " at "
                        + touchTimes.get(i) + " is before " + touchTimes.get(i - 1));
            }
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
        if (conversionTime.isPresent()
                && !touchTimes.isEmpty()
                && conversionTime.get().isBefore(touchTimes.get(touchTimes.size() - 1))) {
            throw new IllegalArgumentException("conversionTime " + conversionTime.get()
                    + " must not be before the last touch at " + touchTimes.get(touchTimes.size() - 1));
        }
        // validates the channels (non-empty, names) with the same rules as a path row
        new ChannelPath(channels, 0, 0, 1);
    }

    /**
     * Creates a journey without identifier.
     *
     * @param channels the touches' channels in order
     * @param touchTimes the instant of each touch
     * @param conversionTime the conversion instant, empty if the journey did not convert
     * @param value the conversion value (ignored without conversion)
     */
    public TimedJourney(
            List<String> channels, List<Instant> touchTimes, Optional<Instant> conversionTime, double value) {
        this(channels, touchTimes, conversionTime, value, Optional.empty());
    }

    /**
     * Returns this journey with an identifier.
     *
     * @param newId the identifier, such as a file's {@code journey_id}
     * @return the changed journey
     */
    public TimedJourney withId(String newId) {
        return new TimedJourney(channels, touchTimes, conversionTime, value, Optional.of(newId));
    }

    /**
     * Returns whether the journey converted.
     *
     * @return true if a conversion instant is present
     */
    public boolean converted() {
        return conversionTime.isPresent();
    }

    /**
     * Returns this journey as a path-count row: 1 conversion with its value, or 1 non-conversion.
     *
     * @return the row
     */
    public ChannelPath toPath() {
        return converted() ? new ChannelPath(channels, 1, value, 0) : new ChannelPath(channels, 0, 0, 1);
    }
}
