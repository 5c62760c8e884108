package io.github.emporion.metrics.clv;

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for the arguments that the BG/NBD model needs:
 * a, b, c &gt; 0 and 0 ≤ z &lt; 1.
 *
 * <p><b>Method.</b> Direct summation of the Gauss series
 *
 * <pre>
 * ₂F₁(a, b; c; z) = Σ_{k≥0} t_k,   t_0 = 1,   t_{k+1} = t_k · (a+k)(b+k) / ((c+k)(k+1)) · z
 * </pre>
 *
 * <p>All terms are positive, so there is no cancellation. The partial sum is kept as a mantissa
 * and a natural-log scale that is renormalised whenever the mantissa exceeds 1e250, so the
 * logarithm of the sum is computed without overflow even when the terms first grow to huge values
 * (large frequencies x, as in Hardie's note 027 overflow case). The series converges for |z| &lt; 1
 * because the term ratio tends to z; summation stops once the ratio is below 1 and the next term
 * cannot change the sum by more than 1e-17 relative (the remaining tail is estimated by t_k · ρ /
 * (1 − ρ) with ρ the larger of the current term ratio and its limit z). The number of terms grows like 1 / (1 − z); a limit of 10 million terms turns
 * slow convergence into an {@link ArithmeticException} instead of a wrong value.
 */
final class Hypergeometric {

    private static final int MAX_TERMS = 10_000_000;
    private static final double RESCALE_THRESHOLD = 1e250;

    private Hypergeometric() {}

    /**
     * Returns ln ₂F₁(a, b; c; z).
     *
     * @param a first numerator parameter, &gt; 0
     * @param b second numerator parameter, &gt; 0
     * @param c denominator parameter, &gt; 0
     * @param z argument, 0 ≤ z &lt; 1
     * @return the natural logarithm of ₂F₁(a, b; c; z)
     * @throws IllegalArgumentException if an argument is outside these ranges
     * @throws ArithmeticException if the series does not converge within 10 million terms
     */
    static double log2F1(double a, double b, double c, double z) {
        if (!(a > 0) || !(b > 0) || !(c > 0) || !Double.isFinite(a + b + c)) {
            throw new IllegalArgumentException(
                    "2F1 parameters must be finite and > 0: a=" + a + ", b=" + b + ", c=" + c);
        }
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("2F1 argument z must satisfy 0 <= z < 1: z=" + z);
        }
        if (z == 0) {
            return 0.0;
        }
        double logScale = 0.0;
        double sum = 1.0;
        double term = 1.0;
        for (int k = 0; k < MAX_TERMS; k++) {
            double ratio = (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
            term *= ratio;
            sum += term;
            if (sum > RESCALE_THRESHOLD) {
                logScale += Math.log(sum);
                term /= sum;
                sum = 1.0;
            }
            double bound = Math.max(ratio, z);
            if (ratio < 1.0 && term * bound / (1.0 - bound) <= 1e-17 * sum) {
                return logScale + Math.log(sum);
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in " + MAX_TERMS
                + " terms (z too close to 1)");
    }
}
