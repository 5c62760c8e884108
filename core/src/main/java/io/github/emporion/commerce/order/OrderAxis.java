package io.github.emporion.commerce.order;

/** The lifecycle an {@link OrderEvent} moved: each has its own state enum and transition table. */
public enum OrderAxis {
    /** The order as a whole: {@link OrderStatus}. */
    ORDER,
    /** The order's payment, derived from its transactions: {@link PaymentStatus}. */
    PAYMENT,
    /** One shipment: {@link ShipmentStatus}. */
    SHIPMENT,
    /** One return: {@link ReturnStatus}. */
    RETURN
}
