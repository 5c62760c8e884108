package io.github.emporion.metrics.stats;

import java.util.Objects;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Confidence intervals for a binomial proportion {@code x / n}. Formulas and reference values:
 * {@code shared/reference/stats/README.md}; all values of its {@code rate_intervals.csv} are
 * reproduced to 1e-9 by the tests.
 *
 * <p>Example: 57 clicks out of 1 930 impressions, Wilson 95 % → [0.02286510044, 0.03807136272].
 *
 * <p>Inputs: {@code 0 ≤ x ≤ n}, {@code n > 0}, confidence in (0, 1); anything else is rejected
 * with {@link IllegalArgumentException}. The z quantile is exact ({@code Φ⁻¹(0.975) =
 * 1.959963984540054}), never 1.96.
 */
public final class BinomialIntervals {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution();

    /** Absolute accuracy of the beta quantile search for Clopper–Pearson. */
    private static final double BETA_INVERSE_ACCURACY = 1e-15;

    private BinomialIntervals() {}

    /**
     * Returns the interval by the given method.
     *
     * @param method the method (not {@link IntervalMethod#NEWCOMBE_HYBRID_SCORE})
     * @param x successes, {@code 0 ≤ x ≤ n}
     * @param n trials, {@code n > 0}
     * @param confidence level in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException on invalid counts or level
     */
    public static ConfidenceInterval interval(IntervalMethod method, long x, long n, double confidence) {
        Objects.requireNonNull(method, "method");
        return switch (method) {
            case WILSON -> wilson(x, n, confidence);
            case AGRESTI_COULL -> agrestiCoull(x, n, confidence);
            case CLOPPER_PEARSON -> clopperPearson(x, n, confidence);
            case NEWCOMBE_HYBRID_SCORE ->
                throw new IllegalArgumentException(
                        "method NEWCOMBE_HYBRID_SCORE is for a difference of two proportions; use AbComparison");
        };
    }

    /**
     * Wilson score interval; the lower bound is exactly 0 when x = 0 and the upper exactly 1 when x
     * = n.
     *
     * @param x successes
     * @param n trials
     * @param confidence level in (0, 1)
     * @return the interval
     */
    public static ConfidenceInterval wilson(long x, long n, double confidence) {
        requireCounts(x, n);
        double[] bounds = wilsonBounds(x, n, z(confidence));
        double lower = x == 0 ? 0.0 : bounds[0];
        double upper = x == n ? 1.0 : bounds[1];
        return new ConfidenceInterval(IntervalMethod.WILSON, confidence, lower, upper);
    }

    private static double[] wilsonBounds(long x, long n, double z) {
        double nn = n;
        double p = x / nn;
        double z2 = z * z;
        double denominator = 1 + z2 / nn;
        double centre = (p + z2 / (2 * nn)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
        return new double[] {Math.max(0.0, centre - half), Math.min(1.0, centre + half)};
    }

    /**
     * Agresti–Coull interval, clipped to [0, 1].
     *
     * @param x successes
     * @param n trials
     * @param confidence level in (0, 1)
     * @return the interval
     */
    public static ConfidenceInterval agrestiCoull(long x, long n, double confidence) {
        requireCounts(x, n);
        double z = z(confidence);
        double z2 = z * z;
        double nTilde = n + z2;
        double pTilde = (x + z2 / 2) / nTilde;
        double half = z * Math.sqrt(pTilde * (1 - pTilde) / nTilde);
        return new ConfidenceInterval(
                IntervalMethod.AGRESTI_COULL, confidence, Math.max(0.0, pTilde - half), Math.min(1.0, pTilde + half));
    }

    /**
     * Clopper–Pearson interval from beta quantiles (Hipparchus {@link BetaDistribution}); lower is
     * 0 when x = 0 and upper is 1 when x = n.
     *
     * @param x successes
     * @param n trials
     * @param confidence level in (0, 1)
     * @return the interval
     */
    public static ConfidenceInterval clopperPearson(long x, long n, double confidence) {
        requireCounts(x, n);
        requireConfidence(confidence);
        double alpha = 1 - confidence;
        double lower = x == 0
                ? 0.0
                : new BetaDistribution(x, n - x + 1.0, BETA_INVERSE_ACCURACY).inverseCumulativeProbability(alpha / 2);
        double upper = x == n
                ? 1.0
                : new BetaDistribution(x + 1.0, n - x, BETA_INVERSE_ACCURACY)
                        .inverseCumulativeProbability(1 - alpha / 2);
        return new ConfidenceInterval(IntervalMethod.CLOPPER_PEARSON, confidence, lower, upper);
    }

    /**
     * Returns the two-sided standard normal quantile {@code Φ⁻¹(1 − (1 − confidence)/2)}.
     *
     * @param confidence level in (0, 1)
     * @return z, e.g. 1.959963984540054 at 0.95
     */
    public static double z(double confidence) {
        requireConfidence(confidence);
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }

    /**
     * Returns {@code 2 Φ(−|z|)}, the two-sided p-value of a standard normal statistic.
     *
     * @param z the statistic
     * @return the p-value
     */
    static double twoSidedP(double z) {
        return 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    }

    /**
     * Checks a confidence level.
     *
     * @param confidence the level
     * @return {@code confidence}
     * @throws IllegalArgumentException if it is not strictly between 0 and 1
     */
    public static double requireConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException(
                    "confidence must be strictly between 0 and 1 (e.g. 0.95) but was " + confidence);
        }
        return confidence;
    }

    static void requireCounts(long x, long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("trials n must be positive for an interval but was " + n);
        }
        if (x < 0 || x > n) {
            throw new IllegalArgumentException("successes x must satisfy 0 <= x <= n = " + n + " but was " + x);
        }
    }
}
