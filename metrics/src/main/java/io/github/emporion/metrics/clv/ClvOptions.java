package io.github.emporion.metrics.clv;

import java.util.Objects;

/**
 * Options of {@link CustomerLifetimeValue#analyse(CustomerSummaries, ClvOptions)}.
 *
 * @param purchaseHorizon the horizon of the expected-purchases column, in the summaries' unit,
 *     finite and ≥ 0
 * @param clvHorizon the discounting schedule of the CLV column
 * @param maxEvaluations the evaluation budget of each fit, ≥ 10
 */
public record ClvOptions(double purchaseHorizon, ClvHorizon clvHorizon, int maxEvaluations) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public ClvOptions {
        Objects.requireNonNull(clvHorizon, "clvHorizon");
        if (!(purchaseHorizon >= 0) || !Double.isFinite(purchaseHorizon)) {
            throw new IllegalArgumentException("purchaseHorizon must be finite and >= 0: " + purchaseHorizon);
        }
        if (maxEvaluations < 10) {
            throw new IllegalArgumentException("maxEvaluations must be >= 10: " + maxEvaluations);
        }
    }

    /**
     * Returns the defaults: expected purchases over 39 periods of the data's unit, CLV over 12
     * months at 1 % per month, {@link BgNbdFitter#DEFAULT_MAX_EVALUATIONS}.
     *
     * @return the defaults
     */
    public static ClvOptions defaults() {
        return new ClvOptions(39, ClvHorizon.monthly(12, 0.01), BgNbdFitter.DEFAULT_MAX_EVALUATIONS);
    }

    /**
     * Returns a copy with another purchase horizon.
     *
     * @param periods the horizon in the summaries' unit
     * @return the copy
     */
    public ClvOptions withPurchaseHorizon(double periods) {
        return new ClvOptions(periods, clvHorizon, maxEvaluations);
    }

    /**
     * Returns a copy with another discounting schedule.
     *
     * @param horizon the schedule
     * @return the copy
     */
    public ClvOptions withClvHorizon(ClvHorizon horizon) {
        return new ClvOptions(purchaseHorizon, horizon, maxEvaluations);
    }
}
