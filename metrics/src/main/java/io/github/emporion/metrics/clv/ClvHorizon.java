package io.github.emporion.metrics.clv;

import java.util.Objects;

/**
 * The discounting schedule of a predictive CLV: a number of discount periods, the length of one
 * period with its own time unit, and the discount rate per period.
 *
 * <p>The period length carries its unit, and the CLV converts it into the model's unit itself, so
 * "12 months at 1 % per month" means the same on daily, weekly or monthly data. Example: {@code
 * ClvHorizon.monthly(12, 0.01)} on a weekly model discounts 12 periods of 30.4375 / 7 = 4.348
 * weeks. To reproduce lifetimes' weekly convention (4.345 weeks per month) use {@code
 * ClvHorizon.of(12, 4.345, ClvTimeUnit.WEEKS, 0.01)}.
 *
 * @param periods the number of discount periods, ≥ 0
 * @param periodLength the length of one period in {@code periodUnit}, finite and &gt; 0
 * @param periodUnit the unit of {@code periodLength}
 * @param discountRate the discount rate per period, finite and ≥ 0 (0.01 = 1 % per period)
 */
public record ClvHorizon(int periods, double periodLength, ClvTimeUnit periodUnit, double discountRate) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a value breaks the rules above
     */
    public ClvHorizon {
        Objects.requireNonNull(periodUnit, "periodUnit");
        if (periods < 0) {
            throw new IllegalArgumentException("periods must be >= 0: " + periods);
        }
        BgNbdParameters.requirePositive("periodLength", periodLength);
        if (!(discountRate >= 0) || !Double.isFinite(discountRate)) {
            throw new IllegalArgumentException("discountRate must be finite and >= 0 (per period): " + discountRate);
        }
    }

    /**
     * Creates a schedule.
     *
     * @param periods the number of discount periods
     * @param periodLength the length of one period in {@code periodUnit}
     * @param periodUnit the unit of {@code periodLength}
     * @param discountRate the discount rate per period
     * @return the schedule
     */
    public static ClvHorizon of(int periods, double periodLength, ClvTimeUnit periodUnit, double discountRate) {
        return new ClvHorizon(periods, periodLength, periodUnit, discountRate);
    }

    /**
     * Creates a schedule of mean Gregorian months (30.4375 days each).
     *
     * @param months the number of months
     * @param monthlyDiscountRate the discount rate per month
     * @return the schedule
     */
    public static ClvHorizon monthly(int months, double monthlyDiscountRate) {
        return new ClvHorizon(months, 1.0, ClvTimeUnit.MONTHS, monthlyDiscountRate);
    }
}
