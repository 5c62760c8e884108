package io.github.emporion.sample;

import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A cart of the sample shop: created in a session when the visitor added something, priced with
 * the shop's {@link io.github.emporion.commerce.pricing.PriceCalculator}, and either checked out
 * (it names the order) or abandoned.
 *
 * @param cartId the cart id, e.g. {@code "c000042"}
 * @param sessionId the session in which the cart was filled
 * @param visitorId the visitor who filled it
 * @param createdAt when the first item was added
 * @param cart the cart contents
 * @param price the price breakdown at the time of the session (coupons included)
 * @param orderId the order it became, empty for an abandoned cart
 */
public record SampleCart(
        String cartId,
        String sessionId,
        String visitorId,
        Instant createdAt,
        Cart cart,
        PriceBreakdown price,
        Optional<String> orderId) {

    /** Validates the components. */
    public SampleCart {
        Objects.requireNonNull(cartId, "cartId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(visitorId, "visitorId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(cart, "cart");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(orderId, "orderId");
        if (cart.isEmpty()) {
            throw new IllegalArgumentException("cart: cart " + cartId + " must not be empty");
        }
    }

    /**
     * Whether the cart was abandoned (never became an order).
     *
     * @return true when {@link #orderId()} is empty
     */
    public boolean abandoned() {
        return orderId.isEmpty();
    }
}
