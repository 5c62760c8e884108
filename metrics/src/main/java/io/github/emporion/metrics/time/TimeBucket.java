package io.github.emporion.metrics.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One calendar period of a breakdown: the local date it starts on, its granularity and zone, and
 * the half-open instant window it covers. Usable as (part of) a grouping key. The window follows
 * from the rest: it runs from the first instant of {@code firstDay} in {@code zone} to the first
 * instant of the day one day, week or month later (so a DST day lasts 23 or 25 hours), and a
 * month starts on its 1st. {@link TimeBucketing#bucket} makes them.
 *
 * @param granularity day, week or month
 * @param firstDay the local date the period starts on, e.g. {@code 2026-03-01} for March 2026
 * @param zone the zone whose calendar defines the period
 * @param window the instants {@code [start, end)} of the period
 */
public record TimeBucket(Granularity granularity, LocalDate firstDay, ZoneId zone, TimeWindow window) {

    /**
     * Validates the bucket.
     *
     * @throws IllegalArgumentException if a month does not start on the 1st or the window is not the
     *     one of {@code firstDay}, {@code granularity} and {@code zone}
     */
    public TimeBucket {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(window, "window");
        if (granularity == Granularity.MONTH && firstDay.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("firstDay: a MONTH bucket starts on the 1st but was " + firstDay);
        }
        LocalDate next = switch (granularity) {
            case DAY -> firstDay.plusDays(1);
            case WEEK -> firstDay.plusWeeks(1);
            case MONTH -> firstDay.plusMonths(1);
        };
        Instant start = firstDay.atStartOfDay(zone).toInstant();
        Instant end = next.atStartOfDay(zone).toInstant();
        if (!window.start().equals(start) || !window.end().equals(end)) {
            throw new IllegalArgumentException("window: the " + granularity + " from " + firstDay + " in " + zone
                    + " is [" + start + ", " + end + ") but was " + window);
        }
    }
}
