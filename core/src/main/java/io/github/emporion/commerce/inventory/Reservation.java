package io.github.emporion.commerce.inventory;

import io.github.emporion.commerce.catalog.Sku;
import java.time.Instant;
import java.util.Objects;

/**
 * Units of one SKU held for a checkout or an order until they are committed (shipped) or
 * released (cancelled or expired). This class is immutable and thread-safe.
 *
 * @param id the reservation id, unique within its inventory, not blank
 * @param sku the SKU
 * @param quantity the units still held, at least 1
 * @param expiresAt when an unshipped reservation lapses ({@link Inventory#releaseExpired})
 */
public record Reservation(String id, Sku sku, long quantity, Instant expiresAt) {

    /**
     * Validates the reservation.
     *
     * @throws IllegalArgumentException if the id is blank or the quantity below 1
     */
    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (id.isBlank()) {
            throw new IllegalArgumentException("reservation id must not be blank: '" + id + "'");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("reservation " + id + " quantity must be >= 1: " + quantity);
        }
    }
}
