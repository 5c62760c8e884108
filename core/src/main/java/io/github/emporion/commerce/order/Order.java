package io.github.emporion.commerce.order;

import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * An order and its whole lifecycle: the immutable {@link OrderSnapshot} taken at checkout, plus
 * the order state, the payment transactions, the shipments, the returns and the history of
 * {@link OrderEvent}s.
 *
 * <p><b>Design.</b> {@code Order} is an immutable aggregate. Every lifecycle operation ({@link
 * #capturePayment}, {@link #ship}, {@link #completeReturn}, ...) validates its input and every
 * transition against the tables of {@link OrderStatus}, {@link PaymentStatus}, {@link
 * ShipmentStatus} and {@link ReturnStatus}, and then returns a <em>new</em> {@code Order} with the
 * changes and their events appended. An operation that fails throws and leaves nothing changed —
 * the order it was called on is never modified, so a caller keeps a consistent value and can store
 * the new one with optimistic locking (compare {@link #events()} sizes). The snapshot itself is
 * shared by every version.
 *
 * <p><b>Rules.</b>
 *
 * <ul>
 *   <li>Every operation takes the instant it happened; it must not be before the last event
 *       ({@code placedAt} at first), so the history is in time order.
 *   <li>The payment status is derived from the transactions ({@link #paymentStatus()}); capture
 *       takes the whole {@link OrderSnapshot#total()} (partial capture is not modelled).
 *   <li>Shipments carry units of shippable lines, at most the units not yet in another
 *       non-cancelled shipment; the order is {@code SHIPPED} when every physical unit is in a
 *       shipped or delivered shipment, and {@code DELIVERED} when in addition every non-cancelled
 *       shipment is delivered. An order without physical lines is fulfilled by {@link
 *       #deliverDigital}.
 *   <li>Returns open once the order is {@code DELIVERED} and take at most the units fulfilled
 *       (shipped, or all units of a non-shippable line) minus those already in a non-cancelled
 *       return.
 *   <li>Refund of a completed return = what was paid for exactly those units: the line's gross
 *       (allocated discount and tax included) split over its units with {@link
 *       OrderLine#paidPerUnit()}; the k units returned after r earlier ones get units r .. r+k−1 of
 *       that split, so returning every unit refunds exactly the line's gross. The shipping charge is
 *       not refunded by returns (use {@link #refund} for that or for goodwill).
 *   <li>Σ refunds never exceeds Σ captured: {@link #refund} rejects more, and a return's refund is
 *       capped at what is still refundable (recorded in {@link OrderReturn#refunded()}).
 *   <li>Cancelling voids an authorization or refunds everything still refundable, and cancels
 *       shipments that have not left.
 * </ul>
 *
 * <p><b>Worked example</b> (EUR, gross prices): 3 units at 10.00 with 1.00 discount, gross 29.00.
 * Units paid 9.67, 9.67, 9.66. Returning 1 unit refunds 9.67; returning the other 2 later refunds
 * 9.67 + 9.66 = 19.33; together 29.00.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. Equality covers the
 * snapshot, the states, the transactions, shipments, returns and events.
 */
public final class Order {
    private static final Set<OrderStatus> RETURNS_OPEN =
            EnumSet.of(OrderStatus.DELIVERED, OrderStatus.PARTIALLY_RETURNED);

    private final OrderSnapshot snapshot;
    private final OrderStatus status;
    private final List<PaymentTransaction> transactions;
    private final List<Shipment> shipments;
    private final List<OrderReturn> returns;
    private final List<OrderEvent> events;

    private Order(
            OrderSnapshot snapshot,
            OrderStatus status,
            List<PaymentTransaction> transactions,
            List<Shipment> shipments,
            List<OrderReturn> returns,
            List<OrderEvent> events) {
        this.snapshot = snapshot;
        this.status = status;
        this.transactions = List.copyOf(transactions);
        this.shipments = List.copyOf(shipments);
        this.returns = List.copyOf(returns);
        this.events = List.copyOf(events);
    }

    /**
     * Places an order: state {@code PENDING_PAYMENT}, payment {@code PENDING}, one {@code PLACE}
     * event at {@link OrderSnapshot#placedAt()}.
     *
     * @param snapshot what was bought, as charged
     * @return the new order
     */
    public static Order place(OrderSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        OrderEvent placed = new OrderEvent(
                snapshot.id(),
                snapshot.placedAt(),
                OrderEventType.PLACE,
                OrderAxis.ORDER,
                snapshot.id().value(),
                OrderEvent.NONE,
                OrderStatus.PENDING_PAYMENT.name());
        return new Order(snapshot, OrderStatus.PENDING_PAYMENT, List.of(), List.of(), List.of(), List.of(placed));
    }

    // ---------------------------------------------------------------- payment

    /**
     * Records a successful authorization of the order total.
     *
     * @param at when it happened
     * @return the new order
     * @throws IllegalStateException if the order or payment state does not allow it (e.g. already
     *     paid)
     * @throws IllegalArgumentException if {@code at} is before the last event
     */
    public Order authorizePayment(Instant at) {
        Change c = new Change(OrderEventType.AUTHORIZE, at);
        c.order(status);
        c.payment(PaymentTransaction.Kind.AUTHORIZATION, true, snapshot.total());
        return c.done();
    }

    /**
     * Records a successful capture (or, without authorization, a direct charge) of the order total;
     * the order becomes {@code PAID}.
     *
     * @param at when it happened
     * @return the new order
     * @throws IllegalStateException if the order is not {@code PENDING_PAYMENT}
     * @throws IllegalArgumentException if {@code at} is before the last event
     */
    public Order capturePayment(Instant at) {
        Change c = new Change(OrderEventType.CAPTURE, at);
        c.order(OrderStatus.PAID);
        c.payment(PaymentTransaction.Kind.CHARGE, true, snapshot.total());
        return c.done();
    }

    /**
     * Records a failed payment attempt: a failed capture if an authorization stands, else a failed
     * authorization. Nothing is captured; an existing authorization stays.
     *
     * @param at when it happened
     * @return the new order
     * @throws IllegalStateException if the order is not {@code PENDING_PAYMENT}
     * @throws IllegalArgumentException if {@code at} is before the last event
     */
    public Order failPayment(Instant at) {
        Change c = new Change(OrderEventType.PAYMENT_FAILED, at);
        c.order(status);
        PaymentTransaction.Kind kind = paymentStatus() == PaymentStatus.AUTHORIZED
                ? PaymentTransaction.Kind.CHARGE
                : PaymentTransaction.Kind.AUTHORIZATION;
        c.payment(kind, false, snapshot.total());
        return c.done();
    }

    /**
     * Records the cancellation (void) of the authorization; the order stays {@code PENDING_PAYMENT}
     * and may be authorized again or cancelled.
     *
     * @param at when it happened
     * @return the new order
     * @throws IllegalStateException if nothing is authorized or the order is not {@code
     *     PENDING_PAYMENT}
     * @throws IllegalArgumentException if {@code at} is before the last event
     */
    public Order voidPayment(Instant at) {
        Change c = new Change(OrderEventType.VOID, at);
        c.order(status);
        c.payment(PaymentTransaction.Kind.CANCEL_AUTHORIZATION, true, snapshot.total());
        return c.done();
    }

    /**
     * Refunds an amount not tied to a return: a goodwill gesture, a price adjustment, the shipping
     * charge after a full return. The order state does not change.
     *
     * @param amount the amount, positive, whole minor units of the order currency, at most {@link
     *     #refundable()}
     * @param at when it happened
     * @return the new order
     * @throws IllegalArgumentException if the amount is not positive, not whole minor units, more
     *     than is refundable, or {@code at} is before the last event
     * @throws io.github.emporion.money.CurrencyMismatchException if the amount is in another currency
     * @throws IllegalStateException if the order or payment state does not allow a refund
     */
    public Order refund(MonetaryAmount amount, Instant at) {
        Change c = new Change(OrderEventType.REFUND, at);
        BigDecimal value = Amounts.requireCharge("refund amount", snapshot.currency(), amount);
        if (value.signum() == 0) {
            throw new IllegalArgumentException("refund amount must be > 0: " + Amounts.format(amount));
        }
        BigDecimal refundable = Monies.decimal(refundable());
        if (value.compareTo(refundable) > 0) {
            throw new IllegalArgumentException(
                    "order " + id() + ": refund amount must not exceed refundable = captured "
                            + Amounts.format(captured()) + " − refunded " + Amounts.format(refunded()) + " = "
                            + Amounts.format(refundable()) + ": " + Amounts.format(amount));
        }
        c.order(status);
        c.payment(PaymentTransaction.Kind.REFUND, true, amount);
        return c.done();
    }

    // ---------------------------------------------------------------- cancel

    /**
     * Cancels the order before anything shipped: shipments not yet left are cancelled, an
     * authorization is voided, and everything still refundable is refunded.
     *
     * @param at when it happened
     * @return the new order, {@code CANCELLED}
     * @throws IllegalStateException if the order is not {@code PENDING_PAYMENT} or {@code PAID}
     * @throws IllegalArgumentException if {@code at} is before the last event
     */
    public Order cancel(Instant at) {
        Change c = new Change(OrderEventType.CANCEL, at);
        c.order(OrderStatus.CANCELLED);
        for (Shipment s : shipments) {
            if (s.status() == ShipmentStatus.READY) {
                c.shipment(s.id(), ShipmentStatus.CANCELLED);
            }
        }
        PaymentStatus payment = paymentStatus();
        if (payment == PaymentStatus.AUTHORIZED) {
            c.payment(PaymentTransaction.Kind.CANCEL_AUTHORIZATION, true, snapshot.total());
        } else if (Monies.decimal(refundable()).signum() > 0) {
            c.payment(PaymentTransaction.Kind.REFUND, true, refundable());
        }
        return c.done();
    }

    // ---------------------------------------------------------------- shipments

    /**
     * Puts units of shippable lines into a new shipment, state {@code READY}.
     *
     * @param shipmentId the new shipment's id, unique in the order
     * @param quantities units per SKU, each at least 1 and at most the units of that line not yet in
     *     a non-cancelled shipment
     * @param at when it happened
     * @return the new order
     * @throws IllegalArgumentException if the id is taken, a SKU is unknown or not shippable, a
     *     quantity is below 1 or more than is left to ship, or {@code at} is before the last event
     * @throws IllegalStateException if the order is not {@code PAID} or {@code PARTIALLY_SHIPPED}
     */
    public Order prepareShipment(String shipmentId, Map<String, Integer> quantities, Instant at) {
        Change c = new Change(OrderEventType.PREPARE_SHIPMENT, at);
        Shipment shipment = new Shipment(shipmentId, quantities, ShipmentStatus.READY);
        if (shipment(shipmentId).isPresent()) {
            throw new IllegalArgumentException("order " + id() + ": shipment id must be unique: '" + shipmentId + "'");
        }
        c.order(status);
        shipment.quantities().forEach((sku, qty) -> {
            OrderLine line = requireLine("shipment " + shipmentId, sku);
            if (!line.shippable()) {
                throw new IllegalArgumentException("order " + id() + ": shipment " + shipmentId + ": SKU " + sku
                        + " is not shippable (digital goods, services and subscriptions do not ship)");
            }
            int left = line.quantity() - inShipments(sku);
            if (qty > left) {
                throw new IllegalArgumentException("order " + id() + ": shipment " + shipmentId + ": quantity of SKU "
                        + sku + " must not exceed the units left to ship = ordered " + line.quantity()
                        + " − in shipments " + inShipments(sku) + " = " + left + ": " + qty);
            }
        });
        c.newShipment(shipment);
        return c.done();
    }

    /**
     * Hands a {@code READY} shipment to the carrier; the order becomes {@code SHIPPED} if every
     * physical unit has now shipped, else {@code PARTIALLY_SHIPPED}.
     *
     * @param shipmentId the shipment
     * @param at when it happened
     * @return the new order
     * @throws IllegalArgumentException if there is no such shipment or {@code at} is before the last
     *     event
     * @throws IllegalStateException if the shipment is not {@code READY}
     */
    public Order ship(String shipmentId, Instant at) {
        Change c = new Change(OrderEventType.SHIP, at);
        c.shipment(requireShipment(shipmentId).id(), ShipmentStatus.SHIPPED);
        c.order(c.allShipped() ? OrderStatus.SHIPPED : OrderStatus.PARTIALLY_SHIPPED);
        return c.done();
    }

    /**
     * Prepares and ships a shipment in one step: {@link #prepareShipment} then {@link #ship}, both
     * at {@code at}.
     *
     * @param shipmentId the new shipment's id
     * @param quantities units per SKU
     * @param at when it happened
     * @return the new order
     * @throws IllegalArgumentException as {@link #prepareShipment}
     * @throws IllegalStateException as {@link #prepareShipment}
     */
    public Order ship(String shipmentId, Map<String, Integer> quantities, Instant at) {
        return prepareShipment(shipmentId, quantities, at).ship(shipmentId, at);
    }

    /**
     * Cancels a shipment that has not left; its units may be shipped again.
     *
     * @param shipmentId the shipment
     * @param at when it happened
     * @return the new order
     * @throws IllegalArgumentException if there is no such shipment or {@code at} is before the last
     *     event
     * @throws IllegalStateException if the shipment is not {@code READY}
     */
    public Order cancelShipment(String shipmentId, Instant at) {
        Change c = new Change(OrderEventType.CANCEL_SHIPMENT, at);
        c.order(status);
        c.shipment(requireShipment(shipmentId).id(), ShipmentStatus.CANCELLED);
        return c.done();
    }

    /**
     * Records that a shipped shipment arrived; the order becomes {@code DELIVERED} when every unit
     * has shipped and every non-cancelled shipment is delivered.
     *
     * @param shipmentId the shipment
     * @param at when it happened
     * @return the new order
     * @throws IllegalArgumentException if there is no such shipment or {@code at} is before the last
     *     event
     * @throws IllegalStateException if the shipment is not {@code SHIPPED}
     */
    public Order deliver(String shipmentId, Instant at) {
        Change c = new Change(OrderEventType.DELIVER, at);
        c.shipment(requireShipment(shipmentId).id(), ShipmentStatus.DELIVERED);
        boolean allDelivered = c.shipments.stream()
                .allMatch(s -> s.status() == ShipmentStatus.DELIVERED || s.status() == ShipmentStatus.CANCELLED);
        c.order(status == OrderStatus.SHIPPED && allDelivered ? OrderStatus.DELIVERED : status);
        return c.done();
    }

    /**
     * Fulfils an order without physical lines (downloads, services, subscriptions): {@code PAID} to
     * {@code DELIVERED}.
     *
     * @param at when it happened
     * @return the new order
     * @throws IllegalStateException if the order has shippable lines or is not {@code PAID}
     * @throws IllegalArgumentException if {@code at} is before the last event
     */
    public Order deliverDigital(Instant at) {
        Change c = new Change(OrderEventType.DELIVER_DIGITAL, at);
        if (snapshot.hasShippableLines()) {
            throw new IllegalStateException("order " + id() + ": illegal transition of order from " + status
                    + " to DELIVERED on event DELIVER_DIGITAL: the order has shippable lines, deliver them through"
                    + " shipments");
        }
        c.order(OrderStatus.DELIVERED);
        return c.done();
    }

    // ---------------------------------------------------------------- returns

    /**
     * Opens a return, state {@code REQUESTED}.
     *
     * @param returnId the new return's id, unique in the order
     * @param quantities units per SKU, each at least 1 and at most {@link #returnableQuantity}
     * @param at when it happened
     * @return the new order
     * @throws IllegalArgumentException if the id is taken, a SKU is unknown, a quantity is below 1 or
     *     more than is returnable, or {@code at} is before the last event
     * @throws IllegalStateException if the order is not {@code DELIVERED} or {@code
     *     PARTIALLY_RETURNED}
     */
    public Order requestReturn(String returnId, Map<String, Integer> quantities, Instant at) {
        Change c = new Change(OrderEventType.REQUEST_RETURN, at);
        OrderReturn request =
                new OrderReturn(returnId, quantities, ReturnStatus.REQUESTED, Monies.zero(snapshot.currency()));
        if (orderReturn(returnId).isPresent()) {
            throw new IllegalArgumentException("order " + id() + ": return id must be unique: '" + returnId + "'");
        }
        c.order(status);
        request.quantities().forEach((sku, qty) -> {
            requireLine("return " + returnId, sku);
            int returnable = returnableQuantity(sku);
            if (qty > returnable) {
                throw new IllegalArgumentException("order " + id() + ": return " + returnId + ": quantity of SKU " + sku
                        + " must not exceed the returnable units = fulfilled " + fulfilledQuantity(sku)
                        + " − already in returns " + inReturns(sku) + " = " + returnable + ": " + qty);
            }
        });
        c.newReturn(request);
        return c.done();
    }

    /**
     * Accepts a requested return.
     *
     * @param returnId the return
     * @param at when it happened
     * @return the new order
     * @throws IllegalArgumentException if there is no such return or {@code at} is before the last
     *     event
     * @throws IllegalStateException if the return is not {@code REQUESTED}
     */
    public Order acceptReturn(String returnId, Instant at) {
        return moveReturn(returnId, OrderEventType.ACCEPT_RETURN, ReturnStatus.ACCEPTED, at);
    }

    /**
     * Records that the returned goods arrived.
     *
     * @param returnId the return
     * @param at when it happened
     * @return the new order
     * @throws IllegalArgumentException if there is no such return or {@code at} is before the last
     *     event
     * @throws IllegalStateException if the return is not {@code ACCEPTED}
     */
    public Order receiveReturn(String returnId, Instant at) {
        return moveReturn(returnId, OrderEventType.RECEIVE_RETURN, ReturnStatus.RECEIVED, at);
    }

    /**
     * Cancels or rejects a return that is not completed; its units may be returned again.
     *
     * @param returnId the return
     * @param at when it happened
     * @return the new order
     * @throws IllegalArgumentException if there is no such return or {@code at} is before the last
     *     event
     * @throws IllegalStateException if the return is completed or cancelled
     */
    public Order cancelReturn(String returnId, Instant at) {
        return moveReturn(returnId, OrderEventType.CANCEL_RETURN, ReturnStatus.CANCELLED, at);
    }

    /**
     * Completes a received return and refunds what was paid for its units (see the class
     * description); the order becomes {@code RETURNED} if every unit is now returned, else {@code
     * PARTIALLY_RETURNED}.
     *
     * @param returnId the return
     * @param at when it happened
     * @return the new order
     * @throws IllegalArgumentException if there is no such return or {@code at} is before the last
     *     event
     * @throws IllegalStateException if the return is not {@code RECEIVED}
     */
    public Order completeReturn(String returnId, Instant at) {
        Change c = new Change(OrderEventType.COMPLETE_RETURN, at);
        OrderReturn ret = requireReturn(returnId);
        MonetaryAmount owed = quoteRefund(returnId);
        MonetaryAmount refund = Monies.compare(owed, refundable()) > 0 ? refundable() : owed;
        c.returnState(returnId, ReturnStatus.COMPLETED, refund);
        int returnedAfter = 0;
        int ordered = 0;
        for (OrderLine line : snapshot.lines()) {
            returnedAfter += returnedQuantity(line.sku()) + ret.quantity(line.sku());
            ordered += line.quantity();
        }
        c.order(returnedAfter == ordered ? OrderStatus.RETURNED : OrderStatus.PARTIALLY_RETURNED);
        if (Monies.decimal(refund).signum() > 0) {
            c.payment(PaymentTransaction.Kind.REFUND, true, refund);
        }
        return c.done();
    }

    /**
     * Returns what completing a return would refund now: for each SKU, the paid amounts of the next
     * units after those returned by completed returns (before any cap at {@link #refundable()}).
     * Example: 3 units paid 9.67, 9.67, 9.66, one already returned: returning 2 more quotes 19.33.
     *
     * @param returnId the return
     * @return the amount paid for the return's units; for a completed return, what it refunded
     * @throws IllegalArgumentException if there is no such return
     */
    public MonetaryAmount quoteRefund(String returnId) {
        OrderReturn ret = requireReturn(returnId);
        if (ret.status() == ReturnStatus.COMPLETED) {
            return ret.refunded();
        }
        List<MonetaryAmount> parts = new ArrayList<>();
        ret.quantities().forEach((sku, qty) -> {
            List<MonetaryAmount> units = requireLine("return " + returnId, sku).paidPerUnit();
            int done = returnedQuantity(sku);
            parts.addAll(units.subList(done, done + qty));
        });
        return Monies.sum(snapshot.currency(), parts);
    }

    private Order moveReturn(String returnId, OrderEventType event, ReturnStatus to, Instant at) {
        Change c = new Change(event, at);
        c.order(status);
        c.returnState(requireReturn(returnId).id(), to, Monies.zero(snapshot.currency()));
        return c.done();
    }

    // ---------------------------------------------------------------- queries

    /**
     * Returns the snapshot taken at checkout.
     *
     * @return the priced content of the order
     */
    public OrderSnapshot snapshot() {
        return snapshot;
    }

    /**
     * Returns the order id.
     *
     * @return the id
     */
    public OrderId id() {
        return snapshot.id();
    }

    /**
     * Returns the order state.
     *
     * @return the state
     */
    public OrderStatus status() {
        return status;
    }

    /**
     * Returns the payment state, derived from the transactions (see {@link PaymentStatus}).
     *
     * @return the payment state
     */
    public PaymentStatus paymentStatus() {
        return derivePayment(transactions);
    }

    /**
     * Returns the payment transactions, oldest first.
     *
     * @return the transactions
     */
    public List<PaymentTransaction> transactions() {
        return transactions;
    }

    /**
     * Returns the shipments, in the order they were prepared.
     *
     * @return the shipments
     */
    public List<Shipment> shipments() {
        return shipments;
    }

    /**
     * Returns the returns, in the order they were requested.
     *
     * @return the returns
     */
    public List<OrderReturn> returns() {
        return returns;
    }

    /**
     * Returns every recorded change, oldest first.
     *
     * @return the events
     */
    public List<OrderEvent> events() {
        return events;
    }

    /**
     * Returns a shipment by id.
     *
     * @param shipmentId the id
     * @return the shipment, if any
     */
    public Optional<Shipment> shipment(String shipmentId) {
        Objects.requireNonNull(shipmentId, "shipmentId");
        return shipments.stream().filter(s -> s.id().equals(shipmentId)).findFirst();
    }

    /**
     * Returns a return by id.
     *
     * @param returnId the id
     * @return the return, if any
     */
    public Optional<OrderReturn> orderReturn(String returnId) {
        Objects.requireNonNull(returnId, "returnId");
        return returns.stream().filter(r -> r.id().equals(returnId)).findFirst();
    }

    /**
     * Returns the sum of successful charges.
     *
     * @return the captured amount
     */
    public MonetaryAmount captured() {
        return sumOf(PaymentTransaction.Kind.CHARGE, transactions);
    }

    /**
     * Returns the sum of successful refunds.
     *
     * @return the refunded amount, never more than {@link #captured()}
     */
    public MonetaryAmount refunded() {
        return sumOf(PaymentTransaction.Kind.REFUND, transactions);
    }

    /**
     * Returns what may still be refunded: {@code captured − refunded}.
     *
     * @return the refundable amount, never negative
     */
    public MonetaryAmount refundable() {
        return Monies.subtract(captured(), refunded());
    }

    /**
     * Returns the units of a SKU in shipments that have shipped or been delivered.
     *
     * @param sku the SKU
     * @return the shipped units, 0 for an unknown SKU
     */
    public int shippedQuantity(String sku) {
        return shippedQuantity(shipments, sku);
    }

    /**
     * Returns the units of a SKU in completed returns.
     *
     * @param sku the SKU
     * @return the returned units, 0 for an unknown SKU
     */
    public int returnedQuantity(String sku) {
        Objects.requireNonNull(sku, "sku");
        return returns.stream()
                .filter(r -> r.status() == ReturnStatus.COMPLETED)
                .mapToInt(r -> r.quantity(sku))
                .sum();
    }

    /**
     * Returns how many more units of a SKU may be returned: 0 unless the order is {@code DELIVERED}
     * or {@code PARTIALLY_RETURNED}; otherwise the fulfilled units (shipped units, or all units of a
     * non-shippable line) minus those in non-cancelled returns.
     *
     * @param sku the SKU
     * @return the returnable units, 0 for an unknown SKU
     */
    public int returnableQuantity(String sku) {
        return RETURNS_OPEN.contains(status) ? fulfilledQuantity(sku) - inReturns(sku) : 0;
    }

    private int fulfilledQuantity(String sku) {
        return snapshot.line(sku)
                .map(line -> line.shippable()
                        ? shippedQuantity(sku)
                        : (RETURNS_OPEN.contains(status) || status == OrderStatus.RETURNED ? line.quantity() : 0))
                .orElse(0);
    }

    private int inShipments(String sku) {
        return shipments.stream()
                .filter(s -> s.status() != ShipmentStatus.CANCELLED)
                .mapToInt(s -> s.quantity(sku))
                .sum();
    }

    private int inReturns(String sku) {
        return returns.stream()
                .filter(r -> r.status() != ReturnStatus.CANCELLED)
                .mapToInt(r -> r.quantity(sku))
                .sum();
    }

    private static int shippedQuantity(List<Shipment> shipments, String sku) {
        Objects.requireNonNull(sku, "sku");
        return shipments.stream()
                .filter(s -> s.status() == ShipmentStatus.SHIPPED || s.status() == ShipmentStatus.DELIVERED)
                .mapToInt(s -> s.quantity(sku))
                .sum();
    }

    private OrderLine requireLine(String where, String sku) {
        return snapshot.line(sku)
                .orElseThrow(() -> new IllegalArgumentException(
                        "order " + id() + ": " + where + ": SKU must be on the order: '" + sku + "'"));
    }

    private Shipment requireShipment(String shipmentId) {
        return shipment(shipmentId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "order " + id() + ": shipmentId must name a shipment of the order: '" + shipmentId + "'"));
    }

    private OrderReturn requireReturn(String returnId) {
        return orderReturn(returnId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "order " + id() + ": returnId must name a return of the order: '" + returnId + "'"));
    }

    private MonetaryAmount sumOf(PaymentTransaction.Kind kind, List<PaymentTransaction> list) {
        return Monies.sum(
                snapshot.currency(),
                list.stream()
                        .filter(t -> t.successful() && t.kind() == kind)
                        .map(PaymentTransaction::amount)
                        .toList());
    }

    private PaymentStatus derivePayment(List<PaymentTransaction> list) {
        PaymentStatus s = PaymentStatus.PENDING;
        BigDecimal captured = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
        for (PaymentTransaction t : list) {
            if (!t.successful()) {
                if (s == PaymentStatus.PENDING || s == PaymentStatus.FAILED || s == PaymentStatus.VOIDED) {
                    s = PaymentStatus.FAILED;
                }
                continue;
            }
            switch (t.kind()) {
                case AUTHORIZATION -> s = PaymentStatus.AUTHORIZED;
                case CANCEL_AUTHORIZATION -> s = PaymentStatus.VOIDED;
                case CHARGE -> {
                    captured = captured.add(Monies.decimal(t.amount()));
                    s = PaymentStatus.CAPTURED;
                }
                case REFUND -> {
                    refunded = refunded.add(Monies.decimal(t.amount()));
                    s = refunded.compareTo(captured) >= 0 ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
                }
            }
        }
        return s;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Order other
                && snapshot.equals(other.snapshot)
                && status == other.status
                && transactions.equals(other.transactions)
                && shipments.equals(other.shipments)
                && returns.equals(other.returns)
                && events.equals(other.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(snapshot, status, transactions, shipments, returns, events);
    }

    /** Returns a summary, e.g. {@code Order[id=o-1, status=PAID, payment=CAPTURED, total=26.32 EUR, ...]}. */
    @Override
    public String toString() {
        return "Order[id=" + id() + ", customer=" + snapshot.customerId() + ", status=" + status + ", payment="
                + paymentStatus() + ", total=" + Amounts.format(snapshot.total()) + ", refunded="
                + Amounts.format(refunded()) + ", lines=" + snapshot.lines().size() + ", shipments="
                + shipments.size() + ", returns=" + returns.size() + ", events=" + events.size() + "]";
    }

    /** The changes of one operation, collected and checked before the new order is built. */
    private final class Change {
        private final OrderEventType type;
        private final Instant at;
        private OrderStatus next = status;
        private final List<PaymentTransaction> transactions = new ArrayList<>(Order.this.transactions);
        private final List<Shipment> shipments = new ArrayList<>(Order.this.shipments);
        private final List<OrderReturn> returns = new ArrayList<>(Order.this.returns);
        private final List<OrderEvent> events = new ArrayList<>(Order.this.events);

        Change(OrderEventType type, Instant at) {
            this.type = type;
            this.at = Objects.requireNonNull(at, "at");
            Instant last = Order.this.events.get(Order.this.events.size() - 1).at();
            if (at.isBefore(last)) {
                throw new IllegalArgumentException("order " + id() + ": at must not be before the last event at " + last
                        + " (events are recorded in time order): " + at);
            }
        }

        void order(OrderStatus to) {
            OrderStatus.transitions().require(id(), "order", next, type, to);
            if (to != next) {
                record(OrderAxis.ORDER, id().value(), next.name(), to.name());
            }
            next = to;
        }

        void payment(PaymentTransaction.Kind kind, boolean successful, MonetaryAmount amount) {
            PaymentStatus before = derivePayment(transactions);
            transactions.add(new PaymentTransaction(transactions.size() + 1, kind, successful, amount, at));
            PaymentStatus after = derivePayment(transactions);
            PaymentStatus.transitions().require(id(), "payment", before, type, after);
            record(OrderAxis.PAYMENT, "payment", before.name(), after.name());
        }

        void newShipment(Shipment shipment) {
            shipments.add(shipment);
            record(
                    OrderAxis.SHIPMENT,
                    shipment.id(),
                    OrderEvent.NONE,
                    shipment.status().name());
        }

        void shipment(String shipmentId, ShipmentStatus to) {
            for (int i = 0; i < shipments.size(); i++) {
                Shipment s = shipments.get(i);
                if (s.id().equals(shipmentId)) {
                    ShipmentStatus.transitions().require(id(), "shipment " + shipmentId, s.status(), type, to);
                    shipments.set(i, s.withStatus(to));
                    record(OrderAxis.SHIPMENT, shipmentId, s.status().name(), to.name());
                }
            }
        }

        boolean allShipped() {
            return snapshot.lines().stream()
                    .filter(OrderLine::shippable)
                    .allMatch(l -> shippedQuantity(shipments, l.sku()) == l.quantity());
        }

        void newReturn(OrderReturn request) {
            returns.add(request);
            record(
                    OrderAxis.RETURN,
                    request.id(),
                    OrderEvent.NONE,
                    request.status().name());
        }

        void returnState(String returnId, ReturnStatus to, MonetaryAmount refund) {
            for (int i = 0; i < returns.size(); i++) {
                OrderReturn r = returns.get(i);
                if (r.id().equals(returnId)) {
                    ReturnStatus.transitions().require(id(), "return " + returnId, r.status(), type, to);
                    returns.set(i, r.withStatus(to, refund));
                    record(OrderAxis.RETURN, returnId, r.status().name(), to.name());
                }
            }
        }

        private void record(OrderAxis axis, String subject, String from, String to) {
            events.add(new OrderEvent(id(), at, type, axis, subject, from, to));
        }

        Order done() {
            return new Order(snapshot, next, transactions, shipments, returns, events);
        }
    }
}
