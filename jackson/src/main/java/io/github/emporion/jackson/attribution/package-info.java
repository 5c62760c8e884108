/**
 * Multi-touch channel attribution as JSON in / JSON out: {@link
 * io.github.emporion.jackson.attribution.JsonAttributionApi} reads path counts or timed journeys
 * and a list of models with their parameters, and calls the in-process entry points {@link
 * io.github.emporion.metrics.attribution.Attribution#run(java.util.List, Iterable)} and {@link
 * io.github.emporion.metrics.attribution.Attribution#runJourneys(java.util.List, java.util.List,
 * Iterable)} through {@link io.github.emporion.jackson.attribution.AttributionApi}.
 */
@NullMarked
package io.github.emporion.jackson.attribution;

import org.jspecify.annotations.NullMarked;
