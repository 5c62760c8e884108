package io.github.emporion.metrics.stats;

import java.util.OptionalDouble;

/**
 * Compares two proportions (variant = group 1, control = group 2), the A/B-test entry point.
 *
 * <ul>
 *   <li><b>Pooled two-proportion z-test</b> (two-sided, = R {@code prop.test(correct = FALSE)}):
 *       {@code p̄ = (x₁+x₂)/(n₁+n₂)}, {@code SE = √(p̄(1−p̄)(1/n₁+1/n₂))}, {@code z = (p̂₁−p̂₂)/SE},
 *       {@code p = 2Φ(−|z|)}; undefined (empty) when SE = 0.
 *   <li><b>Newcombe hybrid score interval</b> (1998, method 10) for {@code d = p̂₁ − p̂₂} from the
 *       two Wilson intervals: {@code L = d − √((p̂₁−l₁)² + (u₂−p̂₂)²)}, {@code U = d + √((u₁−p̂₁)² +
 *       (p̂₂−l₂)²)}; defined even when a group is 0 % or 100 %.
 *   <li><b>Relative lift</b> {@code p̂₁/p̂₂ − 1}; undefined when p̂₂ = 0, even if the variant
 *       converted.
 * </ul>
 *
 * <p>Worked example (KPI_DEFINITIONS §22): 250/10 000 vs 200/10 000 → lift 0.25, z = 2.383995133,
 * p = 0.01712582887, 95 % interval for the difference [0.0008870475993, 0.009138266721].
 */
public final class AbComparison {

    private AbComparison() {}

    /**
     * Compares the variant's {@code x1/n1} with the control's {@code x2/n2}.
     *
     * @param x1 variant successes, {@code 0 ≤ x1 ≤ n1}
     * @param n1 variant trials, {@code > 0}
     * @param x2 control successes, {@code 0 ≤ x2 ≤ n2}
     * @param n2 control trials, {@code > 0}
     * @param confidence level of the difference interval in (0, 1)
     * @return the comparison
     * @throws IllegalArgumentException on invalid counts or level
     */
    public static ProportionComparison compare(long x1, long n1, long x2, long n2, double confidence) {
        BinomialIntervals.requireCounts(x1, n1);
        BinomialIntervals.requireCounts(x2, n2);
        BinomialIntervals.requireConfidence(confidence);
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double d = p1 - p2;
        ConfidenceInterval w1 = BinomialIntervals.wilson(x1, n1, confidence);
        ConfidenceInterval w2 = BinomialIntervals.wilson(x2, n2, confidence);
        double lower = d - Math.hypot(p1 - w1.lower(), w2.upper() - p2);
        double upper = d + Math.hypot(w1.upper() - p1, p2 - w2.lower());
        ConfidenceInterval interval =
                new ConfidenceInterval(IntervalMethod.NEWCOMBE_HYBRID_SCORE, confidence, lower, upper);

        double pooled = (double) (x1 + x2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        OptionalDouble zStat = se == 0 ? OptionalDouble.empty() : OptionalDouble.of(d / se);
        OptionalDouble p = zStat.isPresent()
                ? OptionalDouble.of(BinomialIntervals.twoSidedP(zStat.getAsDouble()))
                : OptionalDouble.empty();
        OptionalDouble lift = x2 == 0 ? OptionalDouble.empty() : OptionalDouble.of(p1 / p2 - 1);
        return new ProportionComparison(x1, n1, x2, n2, d, interval, zStat, p, lift);
    }

    /**
     * Compares at the 95 % level.
     *
     * @param x1 variant successes
     * @param n1 variant trials
     * @param x2 control successes
     * @param n2 control trials
     * @return the comparison
     */
    public static ProportionComparison compare(long x1, long n1, long x2, long n2) {
        return compare(x1, n1, x2, n2, 0.95);
    }
}
