package io.github.emporion.jackson.pricing;

import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import io.github.emporion.commerce.pricing.PriceCalculator;
import io.github.emporion.commerce.pricing.PricingRequest;
import java.util.Objects;

/**
 * Everything needed to price one cart, as read from a JSON pricing request: the calculator (price
 * mode, tax table, rounding, promotions, coupons), the cart and the request (region, instant,
 * customer, coupon codes, shipping method). In process, build these core objects directly and call
 * {@link #price()} (or {@link PriceCalculator#calculate(Cart, PricingRequest)} itself).
 *
 * @param calculator the configured calculator
 * @param cart the cart
 * @param request the pricing request
 */
public record CartPricing(PriceCalculator calculator, Cart cart, PricingRequest request) {

    /** Checks that the parts are present. */
    public CartPricing {
        Objects.requireNonNull(calculator, "calculator");
        Objects.requireNonNull(cart, "cart");
        Objects.requireNonNull(request, "request");
    }

    /**
     * Prices the cart: the one pricing entry point of core.
     *
     * @return the breakdown
     * @throws IllegalArgumentException if a tax rate is missing for a line's category or the
     *     promotions and coupons are inconsistent
     */
    public PriceBreakdown price() {
        return calculator.calculate(cart, request);
    }
}
