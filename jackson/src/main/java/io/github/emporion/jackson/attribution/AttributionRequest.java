package io.github.emporion.jackson.attribution;

import io.github.emporion.metrics.attribution.AttributionModel;
import io.github.emporion.metrics.attribution.ChannelPath;
import io.github.emporion.metrics.attribution.TimeDecayModel;
import io.github.emporion.metrics.attribution.TimedJourney;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * An attribution request: the models with their parameters and either aggregated path counts or
 * timed journeys (time decay needs journeys), plus optional spend per channel for ROAS and CPA.
 *
 * @param models the path models (rule-based, Markov, Shapley), in report order
 * @param timeDecay time-decay models (journeys only), reported after the path models
 * @param paths path-count rows (empty when journeys are given)
 * @param journeys timed journeys (empty when paths are given)
 * @param spend spend per channel (may be empty), all in one currency
 */
public record AttributionRequest(
        List<AttributionModel> models,
        List<TimeDecayModel> timeDecay,
        List<ChannelPath> paths,
        List<TimedJourney> journeys,
        Map<String, MonetaryAmount> spend) {

    /** Copies the parts. */
    public AttributionRequest {
        models = List.copyOf(models);
        timeDecay = List.copyOf(timeDecay);
        paths = List.copyOf(paths);
        journeys = List.copyOf(journeys);
        spend = Map.copyOf(spend);
    }
}
