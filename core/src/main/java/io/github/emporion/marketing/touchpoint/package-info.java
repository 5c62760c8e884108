/**
 * What visitors do: {@link io.github.emporion.marketing.touchpoint.Touchpoint}s (contacts with a
 * channel), {@link io.github.emporion.marketing.touchpoint.Session}s (visits, the input of
 * conversion, bounce and abandonment KPIs) and {@link
 * io.github.emporion.marketing.touchpoint.Conversion}s. Touchpoints and conversions are the {@link
 * io.github.emporion.marketing.touchpoint.JourneyEvent}s from which journeys are built.
 */
@NullMarked
package io.github.emporion.marketing.touchpoint;

import org.jspecify.annotations.NullMarked;
