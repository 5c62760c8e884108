package io.github.emporion.commerce.order;

/**
 * What happened to an order: the events of the order, payment, shipment and return lifecycles.
 * Each {@link OrderEvent} carries one of these, so analytics can measure, for instance, time to
 * ship (first {@link #SHIP} minus {@link #PLACE}) or the refund rate.
 */
public enum OrderEventType {
    /** The order was placed (checkout). */
    PLACE,
    /** A payment authorization succeeded (funds reserved, not yet taken). */
    AUTHORIZE,
    /** A payment was captured: the order total was charged. */
    CAPTURE,
    /** A payment attempt (authorization or charge) failed. */
    PAYMENT_FAILED,
    /** An authorization was cancelled (voided) before capture. */
    VOID,
    /** A refund not tied to a return, e.g. a goodwill gesture. */
    REFUND,
    /** The order was cancelled before anything shipped. */
    CANCEL,
    /** A shipment was put together (picked and packed). */
    PREPARE_SHIPMENT,
    /** A shipment was cancelled before it left. */
    CANCEL_SHIPMENT,
    /** A shipment left the warehouse. */
    SHIP,
    /** A shipment was delivered. */
    DELIVER,
    /** An order without physical goods was fulfilled (download, access granted). */
    DELIVER_DIGITAL,
    /** The customer asked to return units. */
    REQUEST_RETURN,
    /** The shop accepted a return request. */
    ACCEPT_RETURN,
    /** The returned goods arrived. */
    RECEIVE_RETURN,
    /** A return was closed and refunded. */
    COMPLETE_RETURN,
    /** A return was cancelled or rejected. */
    CANCEL_RETURN
}
