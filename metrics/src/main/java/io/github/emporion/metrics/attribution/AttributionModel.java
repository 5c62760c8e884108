package io.github.emporion.metrics.attribution;

import io.github.emporion.aggregate.Accumulator;
import java.util.Map;

/**
 * An attribution model over path-count rows. Every model is an immutable configuration that makes
 * mergeable {@link Accumulator}s: feed rows with {@code add}, combine partial accumulators with
 * {@code merge}, and read the {@link AttributionResult}.
 *
 * <p>Implementations: {@link RuleBasedModel} (first, last, linear, position-based, last
 * non-direct), {@link MarkovModel} and {@link ShapleyModel}. Time decay needs timestamps and is a
 * {@link TimeDecayModel} over {@link TimedJourney}s.
 */
public interface AttributionModel {

    /**
     * Returns the model's stable snake_case name, used in results and reports.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the model's parameters as text, in a stable order.
     *
     * @return the parameters
     */
    Map<String, String> parameters();

    /**
     * Creates an empty accumulator for this model.
     *
     * @return a new accumulator
     */
    Accumulator<ChannelPath, AttributionResult, ?> newAccumulator();

    /**
     * Attributes the rows in one pass.
     *
     * @param paths the rows
     * @return the credit per channel
     */
    default AttributionResult attribute(Iterable<ChannelPath> paths) {
        Accumulator<ChannelPath, AttributionResult, ?> acc = newAccumulator();
        for (ChannelPath p : paths) {
            acc.add(p);
        }
        return acc.result();
    }
}
