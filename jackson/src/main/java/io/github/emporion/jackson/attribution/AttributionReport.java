package io.github.emporion.jackson.attribution;

import io.github.emporion.metrics.attribution.AttributionComparison;
import io.github.emporion.metrics.attribution.AttributionResult;
import java.util.List;
import java.util.Objects;

/**
 * The answer to an {@link AttributionRequest}: one result per model (credits per channel) and the
 * comparison table across models (shares, ROAS and CPA when spend was given).
 *
 * @param results one result per model, path models first, then time decay
 * @param comparison the channels × models comparison
 */
public record AttributionReport(List<AttributionResult> results, AttributionComparison comparison) {

    /** Copies the results. */
    public AttributionReport {
        results = List.copyOf(results);
        Objects.requireNonNull(comparison, "comparison");
    }
}
