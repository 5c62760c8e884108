package io.github.emporion.jackson.attribution;

import io.github.emporion.jackson.api.ApiException;
import io.github.emporion.metrics.attribution.Attribution;
import io.github.emporion.metrics.attribution.AttributionComparison;
import io.github.emporion.metrics.attribution.AttributionOptions;
import io.github.emporion.metrics.attribution.AttributionResult;
import io.github.emporion.metrics.attribution.AttributionRun;
import java.util.List;
import java.util.Objects;

/**
 * The in-process entry point of the attribution facade: runs every requested model in one pass with
 * {@link Attribution#runJourneys(AttributionOptions, Iterable)} or {@link
 * Attribution#run(AttributionOptions, Iterable)} and builds the {@link AttributionComparison}; no
 * model, model selection or option parsing is implemented here.
 */
public final class AttributionApi {

    private AttributionApi() {}

    /**
     * Returns a builder at the defaults of the JSON API and of {@code emporion attribute}, which are
     * {@link AttributionOptions#defaults()} (so {@code shapley=coalition-sum}, the simplified
     * Shapley value; DP6's game is {@code exact-set}); on path counts the default models leave out
     * {@code time_decay}, which needs touch times.
     *
     * @param journeys true for timed journeys, false for path counts
     * @return a builder with these defaults
     */
    public static AttributionOptions.Builder defaultOptions(boolean journeys) {
        AttributionOptions.Builder b = AttributionOptions.builder();
        if (!journeys) {
            b.models(AttributionOptions.DEFAULT_MODELS.stream()
                    .filter(m -> !m.equals("time_decay"))
                    .toList());
        }
        return b;
    }

    /**
     * Attributes the conversions of the request's paths or journeys with every requested model.
     *
     * @param request the request
     * @return the run and its comparison
     * @throws ApiException if both or neither of paths and journeys are given, {@code time_decay} is
     *     asked for path counts, or a model cannot be computed (e.g. Markov without any conversion)
     */
    public static AttributionReport attribute(AttributionRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.paths().isEmpty() == request.journeys().isEmpty()) {
            throw ApiException.invalid("", "give either paths or journeys (exactly one of them, not empty)");
        }
        List<String> models = request.options().models();
        if (!request.paths().isEmpty() && models.contains("time_decay")) {
            throw ApiException.invalid(
                    "/models/" + models.indexOf("time_decay"),
                    "time_decay needs journeys with touch times, not path counts");
        }
        try {
            AttributionRun run = request.paths().isEmpty()
                    ? Attribution.runJourneys(request.options(), request.journeys())
                    : Attribution.run(request.options(), request.paths());
            List<AttributionResult> results = List.copyOf(run.results().values());
            return new AttributionReport(run, AttributionComparison.of(results, request.spend()));
        } catch (IllegalArgumentException | ArithmeticException | IllegalStateException e) {
            throw ApiException.invalid("", String.valueOf(e.getMessage()));
        }
    }
}
