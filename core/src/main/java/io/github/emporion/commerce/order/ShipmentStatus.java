package io.github.emporion.commerce.order;

import static io.github.emporion.commerce.order.OrderEventType.*;

/**
 * The state of one shipment (a parcel with some units of some lines).
 *
 * <pre>
 *   PREPARE_SHIPMENT ──► READY ──SHIP──► SHIPPED ──DELIVER──► DELIVERED
 *                          │
 *                          └──CANCEL_SHIPMENT, CANCEL (order)──► CANCELLED
 * </pre>
 *
 * <p>{@link #DELIVERED} and {@link #CANCELLED} are terminal. The full table: {@link
 * #transitions()}.
 */
public enum ShipmentStatus {
    /** Picked and packed; its units are set aside and cannot go into another shipment. */
    READY,
    /** Handed to the carrier. */
    SHIPPED,
    /** Arrived. Terminal. */
    DELIVERED,
    /** Cancelled before it left; its units are free again. Terminal. */
    CANCELLED;

    private static final TransitionTable<ShipmentStatus> TABLE = TransitionTable.builder(ShipmentStatus.class)
            .allow(READY, SHIP, SHIPPED)
            .allow(READY, CANCEL_SHIPMENT, CANCELLED)
            .allow(READY, CANCEL, CANCELLED)
            .allow(SHIPPED, DELIVER, DELIVERED)
            .build();

    /**
     * Returns the shipment's transition table.
     *
     * @return the table of allowed {@code (from, event) → to} rows
     */
    public static TransitionTable<ShipmentStatus> transitions() {
        return TABLE;
    }
}
