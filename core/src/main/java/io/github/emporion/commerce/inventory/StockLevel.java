package io.github.emporion.commerce.inventory;

import io.github.emporion.commerce.catalog.Sku;
import java.util.Objects;

/**
 * The stock of one SKU at one moment: units on hand, units reserved for open checkouts or orders,
 * and the units still available to sell. This class is immutable and thread-safe.
 *
 * <p>Formula: {@code available = onHand − reserved}, never negative. Example: 10 on hand, 3
 * reserved → 7 available; committing 2 of the reserved units on shipment leaves 8 on hand, 1
 * reserved, 7 available.
 *
 * @param sku the SKU
 * @param onHand units physically in stock, at least 0
 * @param reserved units promised to reservations, from 0 to {@code onHand}
 */
public record StockLevel(Sku sku, long onHand, long reserved) {

    /**
     * Validates the level.
     *
     * @throws IllegalArgumentException if a count is negative or {@code reserved > onHand}
     */
    public StockLevel {
        Objects.requireNonNull(sku, "sku");
        if (onHand < 0) {
            throw new IllegalArgumentException("stock of " + sku + " onHand must be >= 0: " + onHand);
        }
        if (reserved < 0 || reserved > onHand) {
            throw new IllegalArgumentException(
                    "stock of " + sku + " reserved must be between 0 and onHand " + onHand + ": " + reserved);
        }
    }

    /**
     * Returns the units that can still be reserved.
     *
     * @return {@code onHand − reserved}, at least 0
     */
    public long available() {
        return onHand - reserved;
    }
}
