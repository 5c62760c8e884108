/**
 * Multi-touch channel attribution: which channels deserve credit for conversions.
 *
 * <p>Input is either aggregated path counts ({@link io.github.emporion.metrics.attribution.ChannelPath},
 * read in ChannelAttribution's CSV layout by {@link io.github.emporion.metrics.attribution.PathCsvReader})
 * or timed journeys ({@link io.github.emporion.metrics.attribution.TimedJourney}). The models are
 * rule-based ({@link io.github.emporion.metrics.attribution.RuleBasedModel}, {@link
 * io.github.emporion.metrics.attribution.TimeDecayModel}), the k-order Markov chain removal effect
 * solved exactly ({@link io.github.emporion.metrics.attribution.MarkovModel}) and the Shapley value
 * ({@link io.github.emporion.metrics.attribution.ShapleyModel}). The single entry point is {@link
 * io.github.emporion.metrics.attribution.Attribution}; every model also exposes a mergeable {@link
 * io.github.emporion.aggregate.Accumulator} so the same code runs in a loop, a parallel stream or a
 * distributed engine.
 *
 * <p>Every result names the model and its parameters ({@link
 * io.github.emporion.metrics.attribution.AttributionResult}).
 */
@NullMarked
package io.github.emporion.metrics.attribution;

import org.jspecify.annotations.NullMarked;
