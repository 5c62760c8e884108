package io.github.emporion.jackson.attribution;

import io.github.emporion.metrics.attribution.AttributionComparison;
import io.github.emporion.metrics.attribution.AttributionResult;
import io.github.emporion.metrics.attribution.AttributionRun;
import java.util.List;
import java.util.Objects;

/**
 * The answer to an {@link AttributionRequest}: the run of every requested model (results keyed by
 * model name, the options used, the fitted Markov and Shapley models) and the comparison table
 * across models (shares, ROAS and CPA when spend was given).
 *
 * @param run the run, as returned by {@code Attribution.run} / {@code Attribution.runJourneys}
 * @param comparison the channels × models comparison
 */
public record AttributionReport(AttributionRun run, AttributionComparison comparison) {

    /** Checks the parts. */
    public AttributionReport {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(comparison, "comparison");
    }

    /**
     * Returns one result per model, in the requested order.
     *
     * @return the results
     */
    public List<AttributionResult> results() {
        return List.copyOf(run.results().values());
    }
}
