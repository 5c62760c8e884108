package io.github.emporion.metrics.stats;

import java.util.Objects;

/**
 * A two-sided confidence interval {@code [lower, upper]} with the method and level that produced
 * it.
 *
 * @param method the method (for a difference of two proportions: Newcombe's hybrid score, built on
 *     {@link IntervalMethod#WILSON})
 * @param confidence the confidence level in (0, 1), e.g. {@code 0.95}
 * @param lower the lower bound
 * @param upper the upper bound, not below {@code lower}
 */
public record ConfidenceInterval(IntervalMethod method, double confidence, double lower, double upper) {

    /**
     * Validates the interval.
     *
     * @throws IllegalArgumentException if the level is outside (0, 1), a bound is NaN or {@code
     *     lower > upper}
     */
    public ConfidenceInterval {
        Objects.requireNonNull(method, "method");
        BinomialIntervals.requireConfidence(confidence);
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException(
                    "interval bounds must be numbers with lower <= upper but were [" + lower + ", " + upper + "]");
        }
    }

    /**
     * Tells whether {@code value} lies inside the closed interval.
     *
     * @param value the value
     * @return {@code true} if {@code lower <= value <= upper}
     */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /**
     * Returns {@code upper - lower}.
     *
     * @return the width
     */
    public double width() {
        return upper - lower;
    }
}
