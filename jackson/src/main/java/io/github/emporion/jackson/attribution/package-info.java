/**
 * Multi-touch channel attribution as JSON in / JSON out: {@link
 * io.github.emporion.jackson.attribution.JsonAttributionApi} reads path counts or timed journeys,
 * the model names and the options of {@code emporion attribute} (snake_case), builds one {@link
 * io.github.emporion.metrics.attribution.AttributionOptions} and calls the in-process entry points
 * {@link io.github.emporion.metrics.attribution.Attribution#run(
 * io.github.emporion.metrics.attribution.AttributionOptions, Iterable)} and {@link
 * io.github.emporion.metrics.attribution.Attribution#runJourneys(
 * io.github.emporion.metrics.attribution.AttributionOptions, Iterable)} through {@link
 * io.github.emporion.jackson.attribution.AttributionApi}; no model, model selection or option
 * parsing is implemented in this package.
 */
@NullMarked
package io.github.emporion.jackson.attribution;

import org.jspecify.annotations.NullMarked;
