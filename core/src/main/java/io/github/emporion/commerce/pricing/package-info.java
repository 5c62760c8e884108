/**
 * Pricing a cart: promotions and coupons, tax and shipping, summed up in a
 * {@link io.github.emporion.commerce.pricing.PriceBreakdown} whose parts add up to the total
 * exactly. The entry point is {@link io.github.emporion.commerce.pricing.PriceCalculator}.
 */
@NullMarked
package io.github.emporion.commerce.pricing;

import org.jspecify.annotations.NullMarked;
