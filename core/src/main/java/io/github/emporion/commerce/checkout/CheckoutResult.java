package io.github.emporion.commerce.checkout;

import io.github.emporion.commerce.inventory.Reservation;
import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import java.util.List;
import java.util.Objects;

/**
 * A successful checkout.
 *
 * @param order the new order, in state {@code PENDING_PAYMENT}, whose snapshot holds the prices,
 *     discounts and taxes as charged
 * @param breakdown the price breakdown the order was made from
 * @param reservations the stock reservations, one per SKU; commit them on shipment, release them on
 *     cancellation
 */
public record CheckoutResult(Order order, PriceBreakdown breakdown, List<Reservation> reservations) {

    /** Copies the list. */
    public CheckoutResult {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(breakdown, "breakdown");
        reservations = List.copyOf(reservations);
    }
}
