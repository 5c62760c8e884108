package io.github.emporion.metrics.clv;

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for the arguments that the BG/NBD model needs:
 * a, b &gt; 0, c &gt; −1 and 0 ≤ z &lt; 1. {@link #log2F1} covers c &gt; 0, where every term is
 * positive; {@link #logScaledTail} covers c · (₂F₁ − 1) for c &gt; −1, including c ≤ 0 where the
 * first Gauss term ratio is negative and ₂F₁ itself can be negative or (at c = 0) undefined. In
 * BG/NBD c = a + b + x − 1 with a, b &gt; 0 and x ≥ 0, so c ≤ −1 never occurs there.
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
        requireArgument(z);
        if (z == 0) {
            return 0.0;
        }
        return logSeries(a, b, c, z, 0, 0.0);
    }

    /**
     * Returns ln( c · (₂F₁(a, b; c; z) − 1) ), the logarithm of the c-scaled series without its
     * leading 1, for c &gt; −1 including c = 0 (where it is the limit).
     *
     * <p>Multiplying the Gauss series term by term by c cancels the factor c of the Pochhammer
     * symbol (c)_k = c (c+1)_{k−1}:
     *
     * <pre>
     * c · (₂F₁(a, b; c; z) − 1) = Σ_{k≥1} s_k,   s_1 = a b z,   s_{k+1} = s_k · (a+k)(b+k) / ((c+k)(k+1)) · z
     * </pre>
     *
     * <p>For a, b &gt; 0, c &gt; −1 and 0 &lt; z &lt; 1 every s_k is positive (c + k &gt; 0 for k ≥ 1),
     * so the sum has no cancellation even though ₂F₁ itself has a negative term (and may be
     * negative) when −1 &lt; c &lt; 0, and a pole at c = 0. This is what the BG/NBD expectations
     * need when a + b + x − 1 &lt; 1: their prefactor (a + b + x − 1) is exactly this c. Example:
     * ₂F₁(1, 1; 2; z) = −ln(1 − z)/z, so the value for (1, 1, 2, z) is ln(2(−ln(1 − z)/z − 1)).
     *
     * @param a first numerator parameter, &gt; 0
     * @param b second numerator parameter, &gt; 0
     * @param c denominator parameter, &gt; −1 (0 allowed)
     * @param z argument, 0 &lt; z &lt; 1 (the sum is 0 at z = 0, whose logarithm is −∞)
     * @return ln Σ_{k≥1} s_k
     * @throws IllegalArgumentException if an argument is outside these ranges
     * @throws ArithmeticException if the series does not converge within 10 million terms
     */
    static double logScaledTail(double a, double b, double c, double z) {
        if (!(a > 0) || !(b > 0) || !(c > -1) || !Double.isFinite(a + b + c)) {
            throw new IllegalArgumentException(
                    "scaled 2F1 tail needs finite a > 0, b > 0 and c > -1: a=" + a + ", b=" + b + ", c=" + c);
        }
        requireArgument(z);
        if (z == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return logSeries(a, b, c, z, 1, Math.log(a) + Math.log(b) + Math.log(z));
    }

    private static void requireArgument(double z) {
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("2F1 argument z must satisfy 0 <= z < 1: z=" + z);
        }
    }

    /**
     * ln Σ_{k≥k0} t_k for positive terms with t_{k+1} = t_k · (a+k)(b+k) / ((c+k)(k+1)) · z and
     * ln t_{k0} = {@code logFirst}; needs c + k0 &gt; 0.
     */
    private static double logSeries(double a, double b, double c, double z, int k0, double logFirst) {
        double logScale = logFirst;
        double sum = 1.0;
        double term = 1.0;
        for (int k = k0; k < k0 + MAX_TERMS; k++) {
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
