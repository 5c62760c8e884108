package io.github.emporion.metrics.clv;

import java.util.Objects;

/**
 * The entry point of the CLV capability (wrapped by the JSON API and the {@code emporion clv}
 * command): fit BG/NBD and Gamma-Gamma on customer summaries and predict every customer.
 *
 * <p>Steps: {@link BgNbdFitter#fit}, {@link GammaGammaFitter#fit}, then for each customer P(alive),
 * E[Y(t)] over {@link ClvOptions#purchaseHorizon()}, E[M] and the discounted CLV over {@link
 * ClvOptions#clvHorizon()} ({@link ClvPredictor}). Predictions are returned even when a fit did not
 * converge; {@link ClvAnalysis#converged()} says so and a caller should report it.
 */
public final class CustomerLifetimeValue {

    private CustomerLifetimeValue() {}

    /**
     * Fits both models and predicts every customer.
     *
     * @param customers the summaries (from {@link CustomerLedger#summaries} or plain numbers)
     * @param options horizons and fit budget
     * @return the analysis
     * @throws IllegalArgumentException if the data cannot be fitted (too few customers, no repeat
     *     purchases, a repeat customer with zero spend)
     * @throws IllegalStateException if the fitted Gamma-Gamma q is ≤ 1 (no finite expected spend)
     */
    public static ClvAnalysis analyse(CustomerSummaries customers, ClvOptions options) {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(options, "options");
        BgNbdFit purchases = BgNbdFitter.fit(customers, options.maxEvaluations());
        GammaGammaFit spend = GammaGammaFitter.fit(customers, options.maxEvaluations());
        ClvPredictor predictor = ClvPredictor.of(purchases.model(), spend.model());
        return new ClvAnalysis(
                customers.unit(),
                purchases,
                spend,
                options,
                predictor.predictAll(customers, options.purchaseHorizon(), options.clvHorizon()),
                customers.currency());
    }
}
