package io.github.emporion.metrics.report;

import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.order.OrderId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A cart as a report row: the cart, when it was created (its first item added), the order it
 * became, if any, and the channel and campaign it is credited to.
 *
 * <p>Carts form a cohort by creation time (Baymard): a cart created in the report window counts as
 * created there, and as purchased if it has an order, even one placed after the window. A cart
 * emptied again by the shopper still counts as created (and abandoned).
 *
 * @param cart the cart
 * @param createdAt when the cart was created
 * @param order the order the cart became, if any
 * @param attribution the credited channel and campaign; {@link Attribution#NONE} if unknown
 */
public record TrackedCart(Cart cart, Instant createdAt, Optional<OrderId> order, Attribution attribution)
        implements ReportInput {

    /** Checks that every part is present. */
    public TrackedCart {
        Objects.requireNonNull(cart, "cart");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(attribution, "attribution");
    }

    /**
     * A cart that was not (yet) bought.
     *
     * @param cart the cart
     * @param createdAt when it was created
     * @param attribution the credit
     * @return the row
     */
    public static TrackedCart abandoned(Cart cart, Instant createdAt, Attribution attribution) {
        return new TrackedCart(cart, createdAt, Optional.empty(), attribution);
    }

    /**
     * A cart that became an order.
     *
     * @param cart the cart
     * @param createdAt when it was created
     * @param order the order
     * @param attribution the credit
     * @return the row
     */
    public static TrackedCart purchased(Cart cart, Instant createdAt, OrderId order, Attribution attribution) {
        return new TrackedCart(cart, createdAt, Optional.of(order), attribution);
    }

    /**
     * Tells whether the cart became an order.
     *
     * @return {@code true} if it has an order
     */
    public boolean purchased() {
        return order.isPresent();
    }
}
