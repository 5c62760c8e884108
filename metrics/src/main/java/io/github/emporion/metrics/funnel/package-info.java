/**
 * The shop funnel: sessions → product views → add to cart → checkout → purchase, with the rate of
 * each step and the overall rate from the first step.
 */
@NullMarked
package io.github.emporion.metrics.funnel;

import org.jspecify.annotations.NullMarked;
