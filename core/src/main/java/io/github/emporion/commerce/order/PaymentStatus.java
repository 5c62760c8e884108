package io.github.emporion.commerce.order;

import static io.github.emporion.commerce.order.OrderEventType.*;

/**
 * The state of an order's payment. It is <em>derived</em> from the payment transactions, never set
 * by hand (see {@link Order#paymentStatus()}); the table below checks every transaction's effect.
 *
 * <pre>
 *   PENDING ──AUTHORIZE──► AUTHORIZED ──CAPTURE──► CAPTURED ──REFUND / CANCEL / COMPLETE_RETURN──┐
 *     │  │                  │  ▲   │                 │                                          ▼
 *     │  └─PAYMENT_FAILED─► FAILED  └─VOID, CANCEL─► VOIDED    └──(refund = captured)──► REFUNDED
 *     │                     (retry: AUTHORIZE, CAPTURE)  (retry)             PARTIALLY_REFUNDED ─┘
 *     └──CAPTURE (direct charge)──► CAPTURED
 * </pre>
 *
 * <p>Derivation rule, over the transactions in order: a successful authorization gives
 * {@code AUTHORIZED}; a successful cancellation of the authorization gives {@code VOIDED}; a
 * successful charge gives {@code CAPTURED}; a successful refund gives {@code REFUNDED} if refunds
 * now equal the captured amount, else {@code PARTIALLY_REFUNDED}; a failed transaction gives
 * {@code FAILED} only if nothing is authorized or captured (a failed attempt does not undo a
 * successful authorization). {@link #REFUNDED} is terminal. The full table: {@link #transitions()}.
 */
public enum PaymentStatus {
    /** No payment attempt yet. */
    PENDING,
    /** Funds are reserved, not taken. */
    AUTHORIZED,
    /** The total is taken; nothing refunded. */
    CAPTURED,
    /** Part of the captured amount is refunded. */
    PARTIALLY_REFUNDED,
    /** The whole captured amount is refunded. Terminal. */
    REFUNDED,
    /** The last attempt failed and nothing is authorized or captured. */
    FAILED,
    /** The authorization was cancelled before capture. */
    VOIDED;

    private static final TransitionTable<PaymentStatus> TABLE = TransitionTable.builder(PaymentStatus.class)
            .allow(PENDING, AUTHORIZE, AUTHORIZED)
            .allow(PENDING, CAPTURE, CAPTURED)
            .allow(PENDING, PAYMENT_FAILED, FAILED)
            .allow(FAILED, AUTHORIZE, AUTHORIZED)
            .allow(FAILED, CAPTURE, CAPTURED)
            .allow(FAILED, PAYMENT_FAILED, FAILED)
            .allow(VOIDED, AUTHORIZE, AUTHORIZED)
            .allow(VOIDED, CAPTURE, CAPTURED)
            .allow(VOIDED, PAYMENT_FAILED, FAILED)
            .allow(AUTHORIZED, CAPTURE, CAPTURED)
            .allow(AUTHORIZED, PAYMENT_FAILED, AUTHORIZED)
            .allow(AUTHORIZED, VOID, VOIDED)
            .allow(AUTHORIZED, CANCEL, VOIDED)
            .allow(CAPTURED, REFUND, PARTIALLY_REFUNDED, REFUNDED)
            .allow(CAPTURED, CANCEL, REFUNDED)
            .allow(CAPTURED, COMPLETE_RETURN, PARTIALLY_REFUNDED, REFUNDED)
            .allow(PARTIALLY_REFUNDED, REFUND, PARTIALLY_REFUNDED, REFUNDED)
            .allow(PARTIALLY_REFUNDED, CANCEL, REFUNDED)
            .allow(PARTIALLY_REFUNDED, COMPLETE_RETURN, PARTIALLY_REFUNDED, REFUNDED)
            .build();

    /**
     * Returns the payment's transition table.
     *
     * @return the table of allowed {@code (from, event) → to} rows
     */
    public static TransitionTable<PaymentStatus> transitions() {
        return TABLE;
    }
}
