package io.github.emporion.metrics.clv;

import java.util.Objects;
import org.hipparchus.special.Gamma;
import org.jspecify.annotations.Nullable;

/**
 * The Gamma-Gamma model of the mean transaction value, with fixed parameters.
 *
 * <p>For a customer with x &gt; 0 repeat purchases of mean value z̄ (note 025):
 *
 * <pre>
 * ln f(z̄ | p, q, γ, x) = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄)
 * E[M | x, z̄] = p (γ + x z̄) / (px + q − 1)
 *             = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · z̄        (needs q &gt; 1)
 * </pre>
 *
 * <p>E[M] is a weighted average of the population mean pγ/(q−1) and the customer's own mean; for
 * x = 0 it is the population mean. Example (p, q, γ) = (6.25, 3.74, 15.44): population mean 35.22,
 * and a customer with x = 2, z̄ = 22.35 gets E[M] = 24.66. The model assumes spend and frequency
 * are independent; {@link GammaGammaFitter} checks their correlation.
 */
public final class GammaGammaModel {

    private final GammaGammaParameters parameters;

    private GammaGammaModel(GammaGammaParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * Creates a model.
     *
     * @param parameters p, q, γ
     * @return the model
     */
    public static GammaGammaModel of(GammaGammaParameters parameters) {
        return new GammaGammaModel(parameters);
    }

    /**
     * Returns the parameters.
     *
     * @return p, q, γ
     */
    public GammaGammaParameters parameters() {
        return parameters;
    }

    /**
     * Returns ln f(z̄ | p, q, γ, x), the log-density of one repeat customer's mean spend.
     *
     * @param customer a summary with frequency &gt; 0 and monetary value &gt; 0
     * @return the log-likelihood
     * @throws IllegalArgumentException if the frequency or the monetary value is 0
     */
    public double logLikelihood(CustomerSummary customer) {
        requireRepeatWithSpend(customer);
        return logLikelihood(
                parameters.p(), parameters.q(), parameters.gamma(), customer.frequency(), customer.monetaryValue());
    }

    static double logLikelihood(double p, double q, double gamma, int x, double mean) {
        double px = p * x;
        return Gamma.logGamma(px + q)
                - Gamma.logGamma(px)
                - Gamma.logGamma(q)
                + q * Math.log(gamma)
                + (px - 1) * Math.log(mean)
                + px * Math.log(x)
                - (px + q) * Math.log(gamma + x * mean);
    }

    /**
     * Returns the population mean spend per transaction, pγ / (q − 1).
     *
     * @return the mean, in the currency's units
     * @throws IllegalStateException if q ≤ 1 (the mean does not exist)
     */
    public double populationMeanSpend() {
        requireQAboveOne();
        return parameters.p() * parameters.gamma() / (parameters.q() - 1);
    }

    /**
     * Returns E[M | p, q, γ, x, z̄], the expected spend per future transaction of this customer.
     *
     * <p>x = 0 gives the population mean pγ / (q − 1).
     *
     * @param customer the summary (its time unit does not matter)
     * @return the expected average spend, in the currency's units
     * @throws IllegalStateException if q ≤ 1
     */
    public double conditionalExpectedAverageSpend(CustomerSummary customer) {
        Objects.requireNonNull(customer, "customer");
        requireQAboveOne();
        double p = parameters.p();
        int x = customer.frequency();
        return p * (parameters.gamma() + x * customer.monetaryValue()) / (p * x + parameters.q() - 1);
    }

    private void requireQAboveOne() {
        if (!(parameters.q() > 1)) {
            throw new IllegalStateException("the Gamma-Gamma expected spend needs q > 1 (the mean of the"
                    + " heterogeneity distribution is infinite otherwise): q=" + parameters.q());
        }
    }

    static void requireRepeatWithSpend(CustomerSummary c) {
        Objects.requireNonNull(c, "customer");
        if (c.frequency() == 0 || c.monetaryValue() <= 0) {
            throw new IllegalArgumentException("the Gamma-Gamma likelihood needs frequency > 0 and monetaryValue > 0:"
                    + " customer " + c.customerId() + " has frequency=" + c.frequency() + ", monetaryValue="
                    + c.monetaryValue());
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof GammaGammaModel other && parameters.equals(other.parameters);
    }

    @Override
    public int hashCode() {
        return parameters.hashCode();
    }

    @Override
    public String toString() {
        return "GammaGammaModel[" + parameters + "]";
    }
}
