package io.github.emporion.commerce.order;

import io.github.emporion.money.Monies;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One return of an order: which units of which SKUs come back, its state, and the amount refunded
 * for them (zero until the return is {@link ReturnStatus#COMPLETED}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the return id (e.g. an RMA number), 1 to 64 characters, not blank
 * @param quantities units per SKU, each at least 1, at least one SKU
 * @param status the return's state
 * @param refunded what was refunded for the units; zero before completion
 */
public record OrderReturn(String id, Map<String, Integer> quantities, ReturnStatus status, MonetaryAmount refunded) {

    /**
     * Validates the return.
     *
     * @throws IllegalArgumentException if the id is blank, a quantity is below 1, or the refund is
     *     negative
     */
    public OrderReturn {
        Shipment.requireId("return id", id);
        quantities = Shipment.requireQuantities("return " + id, quantities);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(refunded, "refunded");
        if (Monies.decimal(refunded).signum() < 0) {
            throw new IllegalArgumentException("return " + id + ": refunded must be >= 0: " + Amounts.format(refunded));
        }
    }

    /**
     * Returns the units of a SKU in this return.
     *
     * @param sku the SKU
     * @return the units, 0 if the SKU is not in the return
     */
    public int quantity(String sku) {
        return quantities.getOrDefault(sku, 0);
    }

    OrderReturn withStatus(ReturnStatus next, MonetaryAmount refund) {
        return new OrderReturn(id, quantities, next, refund);
    }
}
