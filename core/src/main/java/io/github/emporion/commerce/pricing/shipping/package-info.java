/** Shipping methods and their rates: flat, free above a threshold, weight tiers. */
@NullMarked
package io.github.emporion.commerce.pricing.shipping;

import org.jspecify.annotations.NullMarked;
