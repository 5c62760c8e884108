package io.github.emporion.jackson.attribution;

import io.github.emporion.metrics.attribution.AttributionOptions;
import io.github.emporion.metrics.attribution.ChannelPath;
import io.github.emporion.metrics.attribution.TimedJourney;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An attribution request: the models and their options (one {@link AttributionOptions}, exactly as
 * the {@code emporion attribute} command line builds it), either aggregated path counts or timed
 * journeys ({@code time_decay} needs journeys), plus optional spend per channel for ROAS and CPA.
 *
 * <p>Example: {@code new AttributionRequest(AttributionApi.defaultOptions(true).set("time-decay",
 * "stepped").build(), List.of(), journeys, Map.of())}.
 *
 * @param options the models to run, in report order, and every model option
 * @param paths path-count rows (empty when journeys are given)
 * @param journeys timed journeys (empty when paths are given)
 * @param spend spend per channel (may be empty), all in one currency
 */
public record AttributionRequest(
        AttributionOptions options,
        List<ChannelPath> paths,
        List<TimedJourney> journeys,
        Map<String, MonetaryAmount> spend) {

    /** Copies the parts. */
    public AttributionRequest {
        Objects.requireNonNull(options, "options");
        paths = List.copyOf(paths);
        journeys = List.copyOf(journeys);
        spend = Map.copyOf(spend);
    }
}
