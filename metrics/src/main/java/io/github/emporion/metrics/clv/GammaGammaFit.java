package io.github.emporion.metrics.clv;

import java.util.Objects;

/**
 * A fitted Gamma-Gamma model.
 *
 * @param model the model at the maximum-likelihood parameters
 * @param logLikelihood Σ ln f(z̄_i | …) over the customers used (CDNOW: −4055.92)
 * @param customers the number of customers used (those with frequency &gt; 0)
 * @param frequencySpendCorrelation Pearson correlation of frequency and mean spend over those
 *     customers; the model assumes independence, so a large |value| is a warning sign (NaN if
 *     one of them is constant)
 * @param diagnostics whether and how the optimiser converged
 */
public record GammaGammaFit(
        GammaGammaModel model,
        double logLikelihood,
        int customers,
        double frequencySpendCorrelation,
        FitDiagnostics diagnostics) {

    /** Validates. */
    public GammaGammaFit {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(diagnostics, "diagnostics");
    }
}
