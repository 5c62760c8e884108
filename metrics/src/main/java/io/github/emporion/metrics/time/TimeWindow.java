package io.github.emporion.metrics.time;

import java.time.Instant;
import java.util.Objects;

/**
 * A half-open period of time {@code [start, end)}: an event at {@code start} is inside, one at
 * {@code end} is not, so consecutive windows never count an event twice.
 *
 * @param start first instant inside the window
 * @param end first instant after the window, strictly after {@code start}
 */
public record TimeWindow(Instant start, Instant end) {

    /**
     * Validates the window.
     *
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("window end " + end + " must be after start " + start);
        }
    }

    /**
     * Returns the window {@code [start, end)}.
     *
     * @param start inclusive start
     * @param end exclusive end
     * @return the window
     */
    public static TimeWindow of(Instant start, Instant end) {
        return new TimeWindow(start, end);
    }

    /**
     * Tells whether {@code instant} lies in {@code [start, end)}.
     *
     * @param instant the instant
     * @return {@code true} if {@code start <= instant < end}
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
