/**
 * Cart pricing as JSON in / JSON out: {@link io.github.emporion.jackson.pricing.JsonPricingApi}
 * reads a cart, its tax rates, promotions, coupons and shipping method into the core objects and
 * calls the in-process entry point {@link
 * io.github.emporion.commerce.pricing.PriceCalculator#calculate(io.github.emporion.commerce.cart.Cart,
 * io.github.emporion.commerce.pricing.PricingRequest)} (through {@link
 * io.github.emporion.jackson.pricing.CartPricing#price()}); the breakdown is written in the API's
 * response form ({@code pricing-response.schema.json}), not in {@link
 * io.github.emporion.jackson.EmporionModule}'s complete form.
 */
@NullMarked
package io.github.emporion.jackson.pricing;

import org.jspecify.annotations.NullMarked;
