package io.github.emporion.metrics.clv;

import java.util.Objects;

/**
 * How a maximum-likelihood fit ended.
 *
 * @param converged true if the optimiser met its stopping rule inside the parameter box; false if
 *     it ran out of evaluations, a parameter ran to the box (data that do not identify the
 *     model) or the likelihood was never finite: the parameters are then the best seen and must
 *     not be trusted
 * @param evaluations the number of log-likelihood evaluations
 * @param message a human-readable explanation
 */
public record FitDiagnostics(boolean converged, int evaluations, String message) {

    /** Validates. */
    public FitDiagnostics {
        Objects.requireNonNull(message, "message");
        if (evaluations < 0) {
            throw new IllegalArgumentException("evaluations must be >= 0: " + evaluations);
        }
    }
}
