package io.github.emporion.commerce.checkout;

import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.commerce.customer.PostalAddress;
import io.github.emporion.commerce.order.OrderId;
import io.github.emporion.commerce.pricing.PricingRequest;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a customer submits at checkout.
 *
 * <p>The pricing request carries the region, the instant (which is also the order's placed-at
 * time), the coupon codes and the shipping method; its customer id is set from {@code
 * customerId} so that per-customer coupon limits apply.
 *
 * @param orderId the id the new order gets
 * @param customerId who orders
 * @param cart the cart to buy
 * @param pricing how to price it
 * @param shippingAddress where physical goods go; null when nothing ships
 */
public record CheckoutRequest(
        OrderId orderId,
        CustomerId customerId,
        Cart cart,
        PricingRequest pricing,
        @Nullable PostalAddress shippingAddress) {

    /** Checks the required fields and ties the pricing request to the customer. */
    public CheckoutRequest {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(cart, "cart");
        pricing = Objects.requireNonNull(pricing, "pricing").withCustomer(customerId.value());
    }

    /**
     * A request for a cart that ships to {@code address}.
     *
     * @param orderId the new order's id
     * @param customerId the customer
     * @param cart the cart
     * @param pricing the pricing request (region, time, coupons, shipping method)
     * @param address the shipping address
     * @return the request
     */
    public static CheckoutRequest shipped(
            OrderId orderId, CustomerId customerId, Cart cart, PricingRequest pricing, PostalAddress address) {
        return new CheckoutRequest(orderId, customerId, cart, pricing, Objects.requireNonNull(address, "address"));
    }

    /**
     * A request for a cart with nothing to ship (digital goods, services).
     *
     * @param orderId the new order's id
     * @param customerId the customer
     * @param cart the cart
     * @param pricing the pricing request
     * @return the request
     */
    public static CheckoutRequest unshipped(OrderId orderId, CustomerId customerId, Cart cart, PricingRequest pricing) {
        return new CheckoutRequest(orderId, customerId, cart, pricing, null);
    }

    /**
     * Returns the shipping address, if one was given.
     *
     * @return the address
     */
    public Optional<PostalAddress> address() {
        return Optional.ofNullable(shippingAddress);
    }
}
