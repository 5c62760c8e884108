package io.github.emporion.metrics.clv;

/**
 * The time unit in which a customer summary, a fitted model and a horizon are expressed.
 *
 * <p>A model fitted on weekly summaries has a rate parameter α in weeks, and its predictions take
 * horizons in weeks; Emporion records the unit on every {@link CustomerSummary}, {@link BgNbdModel}
 * and {@link ClvHorizon} and rejects a mix.
 *
 * <p>Lengths in days: a day is 1, a week 7, a month the mean Gregorian month 365.25 / 12 =
 * 30.4375 days (so a month is 4.348 weeks; the Python library lifetimes uses 4.345).
 */
public enum ClvTimeUnit {
    /** Calendar days. */
    DAYS(1.0),
    /** Weeks of 7 days. */
    WEEKS(7.0),
    /** Mean Gregorian months of 365.25 / 12 = 30.4375 days. */
    MONTHS(365.25 / 12.0);

    private final double days;

    ClvTimeUnit(double days) {
        this.days = days;
    }

    /**
     * Returns the length of one unit in days.
     *
     * @return 1 for days, 7 for weeks, 30.4375 for months
     */
    public double lengthInDays() {
        return days;
    }

    /**
     * Converts a whole number of days into this unit.
     *
     * <p>Example: {@code WEEKS.fromDays(14)} is 2.0.
     *
     * @param dayCount the number of days, may be negative
     * @return {@code dayCount / lengthInDays()}
     */
    public double fromDays(long dayCount) {
        return dayCount / days;
    }

    /**
     * Converts an amount of time expressed in {@code unit} into this unit.
     *
     * <p>Example: {@code DAYS.convert(2, WEEKS)} is 14.0.
     *
     * @param amount the amount of {@code unit}
     * @param unit the unit of {@code amount}
     * @return the same length of time in this unit
     */
    public double convert(double amount, ClvTimeUnit unit) {
        return unit == this ? amount : amount * unit.days / days;
    }
}
