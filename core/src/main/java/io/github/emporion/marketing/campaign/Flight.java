package io.github.emporion.marketing.campaign;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The dates a campaign runs: the half-open period {@code [start, end)} of calendar days in the
 * campaign's reporting time zone.
 *
 * @param start the first day
 * @param end the day after the last day; after {@code start}
 */
public record Flight(LocalDate start, LocalDate end) {

    /**
     * Validates the flight.
     *
     * @param start the first day
     * @param end the day after the last day
     */
    public Flight {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException(
                    "end: " + end + " must be after start " + start + " (period is [start, end))");
        }
    }

    /**
     * Returns the number of days.
     *
     * @return {@code end - start} in days, at least 1
     */
    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    /**
     * Tells whether a day is inside the flight.
     *
     * @param day the day
     * @return {@code true} if {@code start ≤ day < end}
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }
}
