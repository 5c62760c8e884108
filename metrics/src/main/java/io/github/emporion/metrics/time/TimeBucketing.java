package io.github.emporion.metrics.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Assigns instants to calendar days, weeks or months of an explicit zone. Periods are half-open
 * and begin at the first instant of their first local day ({@link
 * LocalDate#atStartOfDay(ZoneId)}), so DST days last 23 or 25 hours and days that skip midnight are
 * handled.
 *
 * <p>Example: with {@code Europe/Athens} (UTC+2 in winter), {@code 2026-11-30T22:30:00Z} is
 * 00:30 on 1 December local time, so its {@link Granularity#MONTH} bucket is December 2026,
 * {@code [2026-11-30T22:00Z, 2026-12-31T22:00Z)}.
 *
 * @param granularity day, week or month
 * @param zone the zone whose calendar is used
 * @param firstDayOfWeek the first day of a week bucket (ignored for days and months)
 */
public record TimeBucketing(Granularity granularity, ZoneId zone, DayOfWeek firstDayOfWeek) {

    /** Checks that every part is present. */
    public TimeBucketing {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(firstDayOfWeek, "firstDayOfWeek");
    }

    /**
     * Returns a bucketing with ISO weeks (starting Monday).
     *
     * @param granularity day, week or month
     * @param zone the zone
     * @return the bucketing
     */
    public static TimeBucketing of(Granularity granularity, ZoneId zone) {
        return new TimeBucketing(granularity, zone, DayOfWeek.MONDAY);
    }

    /**
     * Returns the period that contains {@code instant}.
     *
     * @param instant the event time
     * @return its bucket; {@code bucket.window().contains(instant)} always holds
     */
    public TimeBucket bucket(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        LocalDate day = instant.atZone(zone).toLocalDate();
        LocalDate first = switch (granularity) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
            case MONTH -> day.withDayOfMonth(1);
        };
        LocalDate next = switch (granularity) {
            case DAY -> first.plusDays(1);
            case WEEK -> first.plusWeeks(1);
            case MONTH -> first.plusMonths(1);
        };
        return new TimeBucket(
                granularity,
                first,
                zone,
                new TimeWindow(
                        first.atStartOfDay(zone).toInstant(),
                        next.atStartOfDay(zone).toInstant()));
    }
}
