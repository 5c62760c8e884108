package io.github.emporion.metrics.clv;

/**
 * Parameters of the BG/NBD model (Fader, Hardie &amp; Lee 2005).
 *
 * <p>While alive, a customer buys at Poisson rate λ ~ Gamma(shape r, rate α); after each purchase
 * the customer drops out with probability p ~ Beta(a, b). α has the dimension of time and is
 * therefore tied to the time unit of the data the model was fitted on (see {@link BgNbdModel}).
 * Published CDNOW values (weeks): r = 0.243, α = 4.414, a = 0.793, b = 2.426.
 *
 * @param r shape of the purchase-rate distribution, finite and &gt; 0
 * @param alpha scale (time) of the purchase-rate distribution, finite and &gt; 0
 * @param a first shape of the drop-out distribution, finite and &gt; 0
 * @param b second shape of the drop-out distribution, finite and &gt; 0
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public BgNbdParameters {
        requirePositive("r", r);
        requirePositive("alpha", alpha);
        requirePositive("a", a);
        requirePositive("b", b);
    }

    /**
     * Creates parameters.
     *
     * @param r shape of the purchase-rate distribution
     * @param alpha scale of the purchase-rate distribution
     * @param a first shape of the drop-out distribution
     * @param b second shape of the drop-out distribution
     * @return the parameters
     */
    public static BgNbdParameters of(double r, double alpha, double a, double b) {
        return new BgNbdParameters(r, alpha, a, b);
    }

    static void requirePositive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0: " + value);
        }
    }
}
