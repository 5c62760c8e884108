package io.github.emporion.metrics.stats;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The result of comparing a variant's proportion with a control's (an A/B test): difference with
 * Newcombe's interval, pooled z-test and relative lift. Produced by {@link
 * AbComparison#compare(long, long, long, long, double)}.
 *
 * @param variantSuccesses x₁
 * @param variantTrials n₁
 * @param controlSuccesses x₂
 * @param controlTrials n₂
 * @param difference p̂₁ − p̂₂
 * @param differenceInterval Newcombe hybrid score interval for the difference
 * @param zStatistic pooled z; empty when the pooled standard error is 0 (both groups 0 % or both
 *     100 %)
 * @param pValue two-sided p-value of the pooled z-test; empty when z is
 * @param relativeLift {@code p̂₁/p̂₂ − 1}; empty when p̂₂ = 0
 */
public record ProportionComparison(
        long variantSuccesses,
        long variantTrials,
        long controlSuccesses,
        long controlTrials,
        double difference,
        ConfidenceInterval differenceInterval,
        OptionalDouble zStatistic,
        OptionalDouble pValue,
        OptionalDouble relativeLift) {

    /** Checks that the parts are present. */
    public ProportionComparison {
        Objects.requireNonNull(differenceInterval, "differenceInterval");
        Objects.requireNonNull(zStatistic, "zStatistic");
        Objects.requireNonNull(pValue, "pValue");
        Objects.requireNonNull(relativeLift, "relativeLift");
    }

    /**
     * Returns the variant's observed proportion x₁/n₁.
     *
     * @return p̂₁
     */
    public double variantRate() {
        return (double) variantSuccesses / variantTrials;
    }

    /**
     * Returns the control's observed proportion x₂/n₂.
     *
     * @return p̂₂
     */
    public double controlRate() {
        return (double) controlSuccesses / controlTrials;
    }
}
