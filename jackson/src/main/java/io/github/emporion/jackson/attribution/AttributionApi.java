package io.github.emporion.jackson.attribution;

import io.github.emporion.jackson.api.ApiException;
import io.github.emporion.metrics.attribution.Attribution;
import io.github.emporion.metrics.attribution.AttributionComparison;
import io.github.emporion.metrics.attribution.AttributionResult;
import java.util.List;
import java.util.Objects;

/**
 * The in-process entry point of the attribution facade: runs every model in one pass with {@link
 * Attribution} and builds the {@link AttributionComparison}; no model is implemented here.
 */
public final class AttributionApi {

    private AttributionApi() {}

    /**
     * Attributes the conversions of the request's paths or journeys with every model.
     *
     * @param request the request
     * @return the results and their comparison
     * @throws ApiException if both or neither of paths and journeys are given, time decay is asked
     *     for path counts, or no model is given
     */
    public static AttributionReport attribute(AttributionRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.paths().isEmpty() == request.journeys().isEmpty()) {
            throw ApiException.invalid("", "give either paths or journeys (exactly one of them, not empty)");
        }
        if (request.models().isEmpty() && request.timeDecay().isEmpty()) {
            throw ApiException.invalid("/models", "at least one model is needed");
        }
        List<AttributionResult> results;
        try {
            if (!request.paths().isEmpty()) {
                if (!request.timeDecay().isEmpty()) {
                    throw ApiException.invalid(
                            "/models", "time_decay needs journeys with touch times, not path counts");
                }
                results = Attribution.run(request.models(), request.paths());
            } else {
                results = Attribution.runJourneys(request.models(), request.timeDecay(), request.journeys());
            }
            return new AttributionReport(results, AttributionComparison.of(results, request.spend()));
        } catch (ApiException e) {
            throw e;
        } catch (IllegalArgumentException | ArithmeticException | IllegalStateException e) {
            throw ApiException.invalid("", String.valueOf(e.getMessage()));
        }
    }
}
