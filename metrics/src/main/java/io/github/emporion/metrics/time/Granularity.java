package io.github.emporion.metrics.time;

/** The calendar unit of a time breakdown. */
public enum Granularity {
    /** A calendar day, midnight to midnight in the zone (23 or 25 hours on DST change days). */
    DAY,
    /** A week starting on the configured first day of the week (ISO: Monday). */
    WEEK,
    /** A calendar month. */
    MONTH
}
