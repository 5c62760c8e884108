package io.github.emporion.commerce.order;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One shipment of an order: which units of which SKUs are in the parcel, and its state.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the shipment id (e.g. a parcel or tracking number), 1 to 64 characters, not blank
 * @param quantities units per SKU, each at least 1, at least one SKU
 * @param status the shipment's state
 */
public record Shipment(String id, Map<String, Integer> quantities, ShipmentStatus status) {

    /**
     * Validates the shipment.
     *
     * @throws IllegalArgumentException if the id is blank, there are no quantities or one is below 1
     */
    public Shipment {
        requireId("shipment id", id);
        quantities = requireQuantities("shipment " + id, quantities);
        Objects.requireNonNull(status, "status");
    }

    /**
     * Returns the units of a SKU in this shipment.
     *
     * @param sku the SKU
     * @return the units, 0 if the SKU is not in the shipment
     */
    public int quantity(String sku) {
        return quantities.getOrDefault(sku, 0);
    }

    Shipment withStatus(ShipmentStatus next) {
        return new Shipment(id, quantities, next);
    }

    static void requireId(String field, String id) {
        Objects.requireNonNull(id, field);
        if (id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException(field + " must be 1 to 64 characters and not blank: '" + id + "'");
        }
    }

    static Map<String, Integer> requireQuantities(String field, Map<String, Integer> quantities) {
        Objects.requireNonNull(quantities, field + " quantities");
        if (quantities.isEmpty()) {
            throw new IllegalArgumentException(field + ": quantities must name at least one SKU: {}");
        }
        Map<String, Integer> copy = new TreeMap<>();
        quantities.forEach((sku, qty) -> {
            Objects.requireNonNull(sku, field + " sku");
            Objects.requireNonNull(qty, field + " quantity of " + sku);
            if (qty < 1) {
                throw new IllegalArgumentException(field + ": quantity of SKU " + sku + " must be >= 1: " + qty);
            }
            copy.put(sku, qty);
        });
        return Collections.unmodifiableMap(copy);
    }
}
