package io.github.emporion.commerce.order;

import static io.github.emporion.commerce.order.OrderEventType.*;

/**
 * The state of one return (after Apache OFBiz's return header states).
 *
 * <pre>
 *   REQUEST_RETURN ──► REQUESTED ──ACCEPT_RETURN──► ACCEPTED ──RECEIVE_RETURN──► RECEIVED ──COMPLETE_RETURN──► COMPLETED
 *                          │                           │                            │
 *                          └─────────────CANCEL_RETURN─┴────────────────────────────┴──► CANCELLED
 * </pre>
 *
 * <p>Completing a return refunds what was paid for its units. {@link #COMPLETED} and {@link
 * #CANCELLED} are terminal. The full table: {@link #transitions()}.
 */
public enum ReturnStatus {
    /** The customer asked to return the units. */
    REQUESTED,
    /** The shop agreed to take them back. */
    ACCEPTED,
    /** The goods arrived back. */
    RECEIVED,
    /** Closed and refunded. Terminal. */
    COMPLETED,
    /** Cancelled or rejected; its units may be returned again. Terminal. */
    CANCELLED;

    private static final TransitionTable<ReturnStatus> TABLE = TransitionTable.builder(ReturnStatus.class)
            .allow(REQUESTED, ACCEPT_RETURN, ACCEPTED)
            .allow(REQUESTED, CANCEL_RETURN, CANCELLED)
            .allow(ACCEPTED, RECEIVE_RETURN, RECEIVED)
            .allow(ACCEPTED, CANCEL_RETURN, CANCELLED)
            .allow(RECEIVED, COMPLETE_RETURN, COMPLETED)
            .allow(RECEIVED, CANCEL_RETURN, CANCELLED)
            .build();

    /**
     * Returns the return's transition table.
     *
     * @return the table of allowed {@code (from, event) → to} rows
     */
    public static TransitionTable<ReturnStatus> transitions() {
        return TABLE;
    }
}
