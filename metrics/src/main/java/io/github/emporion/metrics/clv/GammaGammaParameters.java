package io.github.emporion.metrics.clv;

/**
 * Parameters of the Gamma-Gamma spend model (Fader &amp; Hardie 2013, note 025).
 *
 * <p>Each transaction value of a customer is Gamma(shape p, rate ν); across customers ν ~
 * Gamma(shape q, rate γ). The population mean spend is pγ / (q − 1) (needs q &gt; 1). Published
 * CDNOW values: p = 6.25, q = 3.74, γ = 15.44 (γ is called {@code v} in lifetimes).
 *
 * @param p shape of the transaction-value distribution, finite and &gt; 0
 * @param q shape of the heterogeneity distribution, finite and &gt; 0
 * @param gamma rate (in the currency's units) of the heterogeneity distribution, finite and &gt; 0
 */
public record GammaGammaParameters(double p, double q, double gamma) {

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public GammaGammaParameters {
        BgNbdParameters.requirePositive("p", p);
        BgNbdParameters.requirePositive("q", q);
        BgNbdParameters.requirePositive("gamma", gamma);
    }

    /**
     * Creates parameters.
     *
     * @param p shape of the transaction-value distribution
     * @param q shape of the heterogeneity distribution
     * @param gamma rate of the heterogeneity distribution
     * @return the parameters
     */
    public static GammaGammaParameters of(double p, double q, double gamma) {
        return new GammaGammaParameters(p, q, gamma);
    }
}
