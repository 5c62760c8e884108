package io.github.emporion.commerce.order;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded change of an order: when, what event, which lifecycle ({@link OrderAxis}) and
 * which subject on it (the order, the payment, a shipment or a return), and the state before and
 * after. Every operation on an {@link Order} appends one event per lifecycle it touches, all with
 * the same instant.
 *
 * <p>States are the names of the axis's enum constants ({@link OrderStatus}, {@link
 * PaymentStatus}, {@link ShipmentStatus}, {@link ReturnStatus}); {@link #NONE} stands for "did not
 * exist yet" (placing an order, preparing a shipment, requesting a return). Plain strings keep
 * events easy to export for analytics: time to ship is the first {@code SHIP} event's {@code at}
 * minus the {@code PLACE} event's; the refund rate uses the payment events.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param orderId the order
 * @param at when it happened
 * @param type what happened
 * @param axis which lifecycle moved
 * @param subject what moved: the order id, {@code "payment"}, a shipment id or a return id
 * @param from the state before, or {@link #NONE}
 * @param to the state after
 */
public record OrderEvent(
        OrderId orderId, Instant at, OrderEventType type, OrderAxis axis, String subject, String from, String to) {

    /** The "from" state of a subject that did not exist before the event. */
    public static final String NONE = "NONE";

    /** Checks that no component is null or blank. */
    public OrderEvent {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (subject.isBlank() || from.isBlank() || to.isBlank()) {
            throw new IllegalArgumentException("event subject, from and to must not be blank: subject='" + subject
                    + "', from='" + from + "', to='" + to + "'");
        }
    }

    /**
     * Tells whether the event changed the state of its subject.
     *
     * @return true if {@code from} differs from {@code to}
     */
    public boolean isStateChange() {
        return !from.equals(to);
    }
}
