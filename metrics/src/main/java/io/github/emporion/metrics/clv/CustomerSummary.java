package io.github.emporion.metrics.clv;

import java.util.Objects;

/**
 * One customer's purchase history reduced to the statistics the BG/NBD and Gamma-Gamma models use
 * (an RFM summary).
 *
 * <ul>
 *   <li>{@code frequency} x: the number of <em>repeat</em> purchases in the calibration period
 *       (purchase days after the first one; purchases on the same day count once);
 *   <li>{@code recency} t_x: time from the first purchase to the last repeat purchase, 0 if x = 0;
 *   <li>{@code age} T: time from the first purchase to the end of the calibration period;
 *   <li>{@code monetaryValue} z̄: mean value of the repeat purchases (the first purchase is
 *       excluded), 0 if x = 0, in units of the currency of the {@link CustomerSummaries} (a model
 *       statistic, not an amount to book);
 *   <li>{@code holdoutFrequency}: purchase days in the holdout period, 0 if there is none.
 * </ul>
 *
 * <p>Times are in {@code unit}. Worked example (CDNOW customer 1, weeks): first purchase
 * 1997-01-01, repeat purchases on 1997-01-18 and 1997-08-02, calibration end 1997-09-30 give x = 2,
 * t_x = 213 / 7 = 30.43, T = 272 / 7 = 38.86.
 *
 * @param customerId the customer's identifier, not blank
 * @param unit the time unit of {@code recency} and {@code age}
 * @param frequency x ≥ 0
 * @param recency t_x, 0 ≤ t_x ≤ T, and 0 when x = 0
 * @param age T ≥ 0
 * @param monetaryValue z̄ ≥ 0, and 0 when x = 0
 * @param holdoutFrequency purchase days in the holdout period, ≥ 0
 */
public record CustomerSummary(
        String customerId,
        ClvTimeUnit unit,
        int frequency,
        double recency,
        double age,
        double monetaryValue,
        int holdoutFrequency) {

    /**
     * Validates the summary.
     *
     * @throws IllegalArgumentException if a rule above is broken; the message names the field, the
     *     value and the rule
     */
    public CustomerSummary {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(unit, "unit");
        if (customerId.isBlank()) {
            throw new IllegalArgumentException("customerId must not be blank");
        }
        String who = " (customer " + customerId + ")";
        if (frequency < 0) {
            throw new IllegalArgumentException("frequency must be >= 0: " + frequency + who);
        }
        if (!(age >= 0) || !Double.isFinite(age)) {
            throw new IllegalArgumentException("age T must be finite and >= 0: " + age + who);
        }
        if (!(recency >= 0) || recency > age) {
            throw new IllegalArgumentException(
                    "recency t_x must satisfy 0 <= t_x <= T: t_x=" + recency + ", T=" + age + who);
        }
        if (!(monetaryValue >= 0) || !Double.isFinite(monetaryValue)) {
            throw new IllegalArgumentException("monetaryValue must be finite and >= 0: " + monetaryValue + who);
        }
        if (frequency == 0 && (recency != 0 || monetaryValue != 0)) {
            throw new IllegalArgumentException("a customer with frequency 0 must have recency 0 and monetaryValue 0:"
                    + " recency=" + recency + ", monetaryValue=" + monetaryValue + who);
        }
        if (holdoutFrequency < 0) {
            throw new IllegalArgumentException("holdoutFrequency must be >= 0: " + holdoutFrequency + who);
        }
    }

    /**
     * Creates a calibration-only summary (no holdout).
     *
     * @param customerId the customer's identifier
     * @param unit the time unit of {@code recency} and {@code age}
     * @param frequency x, repeat purchases
     * @param recency t_x
     * @param age T
     * @param monetaryValue z̄, mean repeat-purchase value (0 if x = 0)
     * @return the summary
     * @throws IllegalArgumentException if the values break the rules of the record
     */
    public static CustomerSummary of(
            String customerId, ClvTimeUnit unit, int frequency, double recency, double age, double monetaryValue) {
        return new CustomerSummary(customerId, unit, frequency, recency, age, monetaryValue, 0);
    }
}
