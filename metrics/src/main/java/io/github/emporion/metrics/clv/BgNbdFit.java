package io.github.emporion.metrics.clv;

import java.util.Objects;

/**
 * A fitted BG/NBD model with its maximised log-likelihood (the paper's LL = Σ ln L_i, in the
 * data's time unit, comparable with the published −9582.4 for CDNOW in weeks).
 *
 * @param model the model at the maximum-likelihood parameters
 * @param logLikelihood LL at those parameters
 * @param customers the number of customers fitted
 * @param diagnostics whether and how the optimiser converged
 */
public record BgNbdFit(BgNbdModel model, double logLikelihood, int customers, FitDiagnostics diagnostics) {

    /** Validates. */
    public BgNbdFit {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(diagnostics, "diagnostics");
    }
}
