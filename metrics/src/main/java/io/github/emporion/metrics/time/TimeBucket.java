package io.github.emporion.metrics.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One calendar period of a breakdown: the local date it starts on, its granularity and zone, and
 * the half-open instant window it covers. Usable as (part of) a grouping key.
 *
 * @param granularity day, week or month
 * @param firstDay the local date the period starts on, e.g. {@code 2026-03-01} for March 2026
 * @param zone the zone whose calendar defines the period
 * @param window the instants {@code [start, end)} of the period
 */
public record TimeBucket(Granularity granularity, LocalDate firstDay, ZoneId zone, TimeWindow window) {

    /** Checks that every part is present. */
    public TimeBucket {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(window, "window");
    }
}
