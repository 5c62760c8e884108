/**
 * Customer journeys: {@link io.github.emporion.marketing.journey.JourneyBuilder} turns touchpoints
 * and conversions into per-visitor {@link io.github.emporion.marketing.journey.Journey}s (converting
 * or not) inside a lookback window, and {@link
 * io.github.emporion.marketing.journey.PathCountAccumulator} collapses journeys into {@link
 * io.github.emporion.marketing.journey.PathCount}s, the exchange format of attribution.
 */
@NullMarked
package io.github.emporion.marketing.journey;

import org.jspecify.annotations.NullMarked;
