package io.github.emporion.commerce.order;

import static io.github.emporion.commerce.order.OrderEventType.*;

/**
 * The state of an order as a whole.
 *
 * <pre>
 *                 AUTHORIZE, PAYMENT_FAILED, VOID (stay)
 *                   ┌───┐
 *   PLACE ──► PENDING_PAYMENT ──CANCEL──────────────────────────────► CANCELLED
 *                   │ CAPTURE                                            ▲
 *                   ▼                                                    │
 *                  PAID ───────────────────────────────CANCEL────────────┘
 *                   │  │ SHIP (some units)      SHIP (rest)
 *                   │  └──────────► PARTIALLY_SHIPPED ──────┐
 *                   │ SHIP (all units)                       ▼
 *                   ├──────────────────────────────────► SHIPPED
 *                   │ DELIVER_DIGITAL (no physical lines)    │ DELIVER (last shipment)
 *                   └──────────────────────────────────► DELIVERED
 *                                                            │ COMPLETE_RETURN
 *                                                            ▼
 *                                   PARTIALLY_RETURNED ──COMPLETE_RETURN (last units)──► RETURNED
 * </pre>
 *
 * <p>Self-loops (events that are legal but leave the order state as it is): {@code PAID} and
 * {@code PARTIALLY_SHIPPED} allow {@code PREPARE_SHIPMENT}, {@code CANCEL_SHIPMENT} and
 * {@code REFUND}; {@code PARTIALLY_SHIPPED} and {@code SHIPPED} allow {@code DELIVER} of a
 * shipment while others are outstanding; {@code DELIVERED} and {@code PARTIALLY_RETURNED} allow
 * the return events before completion and {@code REFUND}; {@code RETURNED} allows {@code REFUND}
 * (of the shipping charge, say). {@link #CANCELLED} is terminal. Returns open only once the order is {@code DELIVERED}.
 *
 * <p>The full table: {@link #transitions()}.
 */
public enum OrderStatus {
    /** Placed, not yet paid. */
    PENDING_PAYMENT,
    /** The total is captured; nothing has shipped. */
    PAID,
    /** Some physical units have shipped, others not yet. */
    PARTIALLY_SHIPPED,
    /** Every physical unit has shipped; not every shipment is delivered. */
    SHIPPED,
    /** Everything is delivered (or, without physical lines, fulfilled digitally). */
    DELIVERED,
    /** Some units came back and were refunded. */
    PARTIALLY_RETURNED,
    /**
     * Every unit came back and was refunded. Only a {@code REFUND} (e.g. of the shipping charge) is
     * still allowed.
     */
    RETURNED,
    /** Cancelled before anything shipped; any captured money is refunded. Terminal. */
    CANCELLED;

    private static final TransitionTable<OrderStatus> TABLE = TransitionTable.builder(OrderStatus.class)
            .allow(PENDING_PAYMENT, AUTHORIZE, PENDING_PAYMENT)
            .allow(PENDING_PAYMENT, PAYMENT_FAILED, PENDING_PAYMENT)
            .allow(PENDING_PAYMENT, VOID, PENDING_PAYMENT)
            .allow(PENDING_PAYMENT, CAPTURE, PAID)
            .allow(PENDING_PAYMENT, CANCEL, CANCELLED)
            .allow(PAID, PREPARE_SHIPMENT, PAID)
            .allow(PAID, CANCEL_SHIPMENT, PAID)
            .allow(PAID, REFUND, PAID)
            .allow(PAID, SHIP, PARTIALLY_SHIPPED, SHIPPED)
            .allow(PAID, DELIVER_DIGITAL, DELIVERED)
            .allow(PAID, CANCEL, CANCELLED)
            .allow(PARTIALLY_SHIPPED, PREPARE_SHIPMENT, PARTIALLY_SHIPPED)
            .allow(PARTIALLY_SHIPPED, CANCEL_SHIPMENT, PARTIALLY_SHIPPED)
            .allow(PARTIALLY_SHIPPED, REFUND, PARTIALLY_SHIPPED)
            .allow(PARTIALLY_SHIPPED, DELIVER, PARTIALLY_SHIPPED)
            .allow(PARTIALLY_SHIPPED, SHIP, PARTIALLY_SHIPPED, SHIPPED)
            .allow(SHIPPED, REFUND, SHIPPED)
            .allow(SHIPPED, DELIVER, SHIPPED, DELIVERED)
            .allow(DELIVERED, REFUND, DELIVERED)
            .allow(DELIVERED, REQUEST_RETURN, DELIVERED)
            .allow(DELIVERED, ACCEPT_RETURN, DELIVERED)
            .allow(DELIVERED, RECEIVE_RETURN, DELIVERED)
            .allow(DELIVERED, CANCEL_RETURN, DELIVERED)
            .allow(DELIVERED, COMPLETE_RETURN, PARTIALLY_RETURNED, RETURNED)
            .allow(PARTIALLY_RETURNED, REFUND, PARTIALLY_RETURNED)
            .allow(PARTIALLY_RETURNED, REQUEST_RETURN, PARTIALLY_RETURNED)
            .allow(PARTIALLY_RETURNED, ACCEPT_RETURN, PARTIALLY_RETURNED)
            .allow(PARTIALLY_RETURNED, RECEIVE_RETURN, PARTIALLY_RETURNED)
            .allow(PARTIALLY_RETURNED, CANCEL_RETURN, PARTIALLY_RETURNED)
            .allow(PARTIALLY_RETURNED, COMPLETE_RETURN, PARTIALLY_RETURNED, RETURNED)
            .allow(RETURNED, REFUND, RETURNED)
            .build();

    /**
     * Returns the order's transition table.
     *
     * @return the table of allowed {@code (from, event) → to} rows
     */
    public static TransitionTable<OrderStatus> transitions() {
        return TABLE;
    }
}
