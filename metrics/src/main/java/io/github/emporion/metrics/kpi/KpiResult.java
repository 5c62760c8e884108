package io.github.emporion.metrics.kpi;

import java.util.Optional;

/**
 * The common face of every KPI result: what was computed ({@link #label()}) and whether a value
 * exists. A result is <em>undefined</em> when its formula has no value for the input (a zero
 * denominator); it then says why, instead of pretending to be 0, NaN or infinity.
 */
public sealed interface KpiResult permits RateResult, MoneyResult, AmountResult {

    /**
     * Returns the KPI id and the variant of the formula used.
     *
     * @return the label
     */
    KpiLabel label();

    /**
     * Returns why the result has no value, or empty when it has one.
     *
     * @return the reason, e.g. {@code "impressions is 0"}
     */
    Optional<String> undefinedReason();

    /**
     * Tells whether the result has a value.
     *
     * @return {@code true} if defined
     */
    default boolean isDefined() {
        return undefinedReason().isEmpty();
    }
}
