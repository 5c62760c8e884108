package io.github.emporion.jackson.kpi;

import io.github.emporion.metrics.stats.BinomialIntervals;
import io.github.emporion.metrics.stats.IntervalMethod;
import java.util.Objects;

/**
 * Which confidence interval to attach to a proportion KPI. JSON: {@code
 * {"method":"wilson"|"agresti_coull"|"clopper_pearson","level":0.99}}, both optional.
 *
 * @param method Wilson, Agresti–Coull or Clopper–Pearson (not the Newcombe difference method)
 * @param level the confidence level, strictly between 0 and 1
 */
public record IntervalSpec(IntervalMethod method, double level) {

    /** The library default: Wilson score interval at 95 %. */
    public static final IntervalSpec DEFAULT = new IntervalSpec(IntervalMethod.WILSON, 0.95);

    /**
     * Validates the spec.
     *
     * @throws IllegalArgumentException if the method is the two-sample Newcombe method or the level
     *     is outside (0, 1)
     */
    public IntervalSpec {
        Objects.requireNonNull(method, "method");
        if (method == IntervalMethod.NEWCOMBE_HYBRID_SCORE) {
            throw new IllegalArgumentException(
                    "method newcombe_hybrid_score is for differences of two proportions, not one proportion");
        }
        BinomialIntervals.requireConfidence(level);
    }
}
