package io.github.emporion.commerce.order;

import static io.github.emporion.commerce.order.OrderFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.money.Monies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * Seeded random orders driven through random event sequences (legal and illegal). After every step
 * the order must be in a defined, consistent state; refunds never exceed payments; an illegal step
 * throws IllegalArgumentException or IllegalStateException and changes nothing; the refund of each
 * completed return equals the paid unit amounts, computed here independently in minor units.
 */
class OrderPropertyTest {
    private static final long SEED = 20260302L;
    private static final int CASES = 10_000;
    private static final int STEPS = 18;
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "JPY", "KWD", "BHD");

    @Test
    void randomEventSequences_orderStaysConsistent_refundsNeverExceedPayments() {
        SplittableRandom random = new SplittableRandom(SEED);
        Set<OrderStatus> reached = EnumSet.noneOf(OrderStatus.class);
        int illegal = 0;
        int legal = 0;
        for (int c = 0; c < CASES; c++) {
            String label = "seed " + SEED + " case " + c;
            OrderSnapshot snapshot = randomSnapshot(random, c);
            Order order = Order.place(snapshot);
            Map<String, Integer> unitsRefunded = new HashMap<>();
            boolean goodwill = false;
            Instant now = T0;
            int ids = 0;
            for (int step = 0; step < STEPS; step++) {
                // Mostly move forward in time; sometimes try to go back.
                Instant at = random.nextInt(20) == 0 ? now.minusSeconds(1) : now.plusSeconds(random.nextInt(0, 3600));
                OrderEventType op = nextEvent(random, order);
                String sku = pickSku(random, order, op);
                String shipmentId = pick(
                        random, order.shipments().stream().map(Shipment::id).toList(), "S-none");
                String returnId = pick(
                        random, order.returns().stream().map(OrderReturn::id).toList(), "R-none");
                int before = order.hashCode();
                int eventsBefore = order.events().size();
                Order next;
                try {
                    next = switch (op) {
                        case PLACE, AUTHORIZE -> order.authorizePayment(at);
                        case CAPTURE -> order.capturePayment(at);
                        case PAYMENT_FAILED -> order.failPayment(at);
                        case VOID -> order.voidPayment(at);
                        case REFUND ->
                            order.refund(
                                    Monies.ofMinorUnits(
                                            random.nextLong(-1, Monies.toMinorUnits(order.captured()) / 3 + 2),
                                            snapshot.currency()),
                                    at);
                        case CANCEL -> order.cancel(at);
                        case PREPARE_SHIPMENT ->
                            order.prepareShipment("S" + ids++, units(random, sku, leftToShip(order, sku)), at);
                        case SHIP ->
                            random.nextBoolean()
                                    ? order.ship(shipmentId, at)
                                    : order.ship("S" + ids++, units(random, sku, leftToShip(order, sku)), at);
                        case DELIVER -> order.deliver(shipmentId, at);
                        case CANCEL_SHIPMENT -> order.cancelShipment(shipmentId, at);
                        case DELIVER_DIGITAL -> order.deliverDigital(at);
                        case REQUEST_RETURN ->
                            order.requestReturn("R" + ids++, units(random, sku, order.returnableQuantity(sku)), at);
                        case ACCEPT_RETURN -> order.acceptReturn(returnId, at);
                        case RECEIVE_RETURN -> order.receiveReturn(returnId, at);
                        case COMPLETE_RETURN -> order.completeReturn(returnId, at);
                        case CANCEL_RETURN -> order.cancelReturn(returnId, at);
                    };
                } catch (IllegalArgumentException | IllegalStateException e) {
                    illegal++;
                    Order failed = order;
                    int failedStep = step;
                    check(
                            failed.hashCode() == before && failed.events().size() == eventsBefore,
                            label,
                            () -> "step " + failedStep + " failed (" + e.getMessage() + ") and changed nothing");
                    continue;
                }
                legal++;
                if (op == OrderEventType.REFUND) {
                    goodwill = true;
                }
                if (op == OrderEventType.COMPLETE_RETURN) {
                    checkReturnRefund(label, order, next, returnId, unitsRefunded, goodwill);
                }
                now = at;
                order = next;
                reached.add(order.status());
                checkInvariants(label, order);
            }
        }
        assertThat(reached).as("every order state is reached").isEqualTo(EnumSet.allOf(OrderStatus.class));
        assertThat(legal).as("legal steps").isGreaterThan(CASES * 5);
        assertThat(illegal).as("illegal steps").isGreaterThan(CASES);
    }

    private static final Set<OrderEventType> DETOURS = EnumSet.of(
            OrderEventType.CANCEL,
            OrderEventType.CANCEL_SHIPMENT,
            OrderEventType.CANCEL_RETURN,
            OrderEventType.VOID,
            OrderEventType.PAYMENT_FAILED,
            OrderEventType.REFUND);
    private static final OrderEventType[] ALL = OrderEventType.values();

    /**
     * Mostly an event the order table allows in the current state (forward moves preferred, so
     * that deep states are reached); one step in five any event at all, usually illegal.
     */
    private static OrderEventType nextEvent(SplittableRandom random, Order order) {
        List<OrderEventType> allowed = new ArrayList<>(OrderStatus.transitions().events(order.status()));
        if (allowed.isEmpty() || random.nextInt(5) == 0) {
            return ALL[random.nextInt(ALL.length)];
        }
        List<OrderEventType> forward =
                allowed.stream().filter(e -> !DETOURS.contains(e)).toList();
        List<OrderEventType> from = forward.isEmpty() || random.nextInt(8) == 0 ? allowed : forward;
        return from.get(random.nextInt(from.size()));
    }

    /** A SKU with units left for the event when there is one, else any SKU. */
    private static String pickSku(SplittableRandom random, Order order, OrderEventType op) {
        List<String> useful = order.snapshot().lines().stream()
                .filter(l -> op == OrderEventType.REQUEST_RETURN
                        ? order.returnableQuantity(l.sku()) > 0
                        : l.shippable() && leftToShip(order, l.sku()) > 0)
                .map(OrderLine::sku)
                .toList();
        List<OrderLine> lines = order.snapshot().lines();
        return useful.isEmpty() || random.nextInt(10) == 0
                ? lines.get(random.nextInt(lines.size())).sku()
                : useful.get(random.nextInt(useful.size()));
    }

    private static String pick(SplittableRandom random, List<String> ids, String none) {
        return ids.isEmpty() || random.nextInt(10) == 0 ? none : ids.get(random.nextInt(ids.size()));
    }

    /** Mostly a valid quantity (1 .. max), sometimes zero or one too many. */
    private static Map<String, Integer> units(SplittableRandom random, String sku, int max) {
        return Map.of(
                sku, random.nextInt(8) == 0 ? random.nextInt(0, max + 2) : random.nextInt(1, Math.max(2, max + 1)));
    }

    private static int leftToShip(Order order, String sku) {
        int ordered = order.snapshot().line(sku).orElseThrow().quantity();
        int inShipments = order.shipments().stream()
                .filter(s -> s.status() != ShipmentStatus.CANCELLED)
                .mapToInt(s -> s.quantity(sku))
                .sum();
        return ordered - inShipments;
    }

    private static OrderSnapshot randomSnapshot(SplittableRandom random, int c) {
        CurrencyUnit currency = Monetary.getCurrency(CURRENCIES.get(random.nextInt(CURRENCIES.size())));
        boolean gross = random.nextBoolean();
        int n = random.nextInt(1, 4);
        List<OrderLine> lines = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < n; i++) {
            int qty = random.nextInt(1, 6);
            long unit = random.nextLong(0, 5000);
            long base = qty * unit;
            long discount = random.nextBoolean() ? 0 : random.nextLong(0, base + 1);
            long afterDiscount = base - discount;
            long tax = random.nextLong(0, afterDiscount / 4 + 1);
            long net = gross ? afterDiscount - tax : afterDiscount;
            long lineGross = net + tax;
            total += lineGross;
            lines.add(OrderLine.of(
                    "SKU-" + i,
                    random.nextInt(4) != 0,
                    qty,
                    Monies.ofMinorUnits(unit, currency),
                    Monies.ofMinorUnits(discount, currency),
                    Monies.ofMinorUnits(net, currency),
                    Monies.ofMinorUnits(tax, currency),
                    Monies.ofMinorUnits(lineGross, currency)));
        }
        long shipNet = random.nextLong(0, 1000);
        long shipTax = random.nextLong(0, 200);
        total += shipNet + shipTax;
        return OrderSnapshot.of(
                OrderId.of("o-" + c),
                CustomerId.of("c-" + c % 97),
                currency,
                T0,
                gross,
                lines,
                TaxedAmount.of(
                        Monies.ofMinorUnits(shipNet, currency),
                        Monies.ofMinorUnits(shipTax, currency),
                        Monies.ofMinorUnits(shipNet + shipTax, currency)),
                Monies.ofMinorUnits(total, currency));
    }

    /** Refund of a completed return = next unit amounts g/q (+1 for the first g mod q units), capped. */
    private static void checkReturnRefund(
            String label, Order before, Order after, String returnId, Map<String, Integer> done, boolean goodwill) {
        OrderReturn ret = after.orderReturn(returnId).orElseThrow();
        long expected = 0;
        for (Map.Entry<String, Integer> e : ret.quantities().entrySet()) {
            OrderLine line = before.snapshot().line(e.getKey()).orElseThrow();
            long g = Monies.toMinorUnits(line.gross());
            int q = line.quantity();
            int from = done.getOrDefault(e.getKey(), 0);
            for (int u = from; u < from + e.getValue(); u++) {
                expected += g / q + (u < g % q ? 1 : 0);
            }
            done.put(e.getKey(), from + e.getValue());
        }
        long refundable = Monies.toMinorUnits(before.refundable());
        long refunded = Monies.toMinorUnits(ret.refunded());
        assertThat(refunded).as(label + " return " + returnId).isEqualTo(Math.min(expected, refundable));
        if (!goodwill) {
            assertThat(refunded).as(label + " no cap without goodwill refunds").isEqualTo(expected);
        }
    }

    /** Checks a rule; the message is built only on failure (this runs about 200,000 times). */
    private static void check(boolean ok, String label, java.util.function.Supplier<String> rule) {
        if (!ok) {
            fail(label + ": " + rule.get());
        }
    }

    private static void checkInvariants(String label, Order o) {
        OrderSnapshot s = o.snapshot();
        long total = Monies.toMinorUnits(s.total());
        long captured = Monies.toMinorUnits(o.captured());
        long refunded = Monies.toMinorUnits(o.refunded());
        check(refunded >= 0 && refunded <= captured, label, () -> "refunds " + refunded + " <= payments " + captured);
        check(captured == 0 || captured == total, label, () -> "captured is 0 or the total: " + captured);

        int shippable = 0;
        int shipped = 0;
        int ordered = 0;
        int returned = 0;
        for (OrderLine line : s.lines()) {
            String sku = line.sku();
            int inShipments = line.quantity() - leftToShip(o, sku);
            int shippedHere = o.shippedQuantity(sku);
            check(
                    inShipments >= 0 && inShipments <= line.quantity(),
                    label,
                    () -> sku + " in shipments " + inShipments);
            check(shippedHere >= 0 && shippedHere <= inShipments, label, () -> sku + " shipped " + shippedHere);
            int inReturns = o.returns().stream()
                    .filter(r -> r.status() != ReturnStatus.CANCELLED)
                    .mapToInt(r -> r.quantity(sku))
                    .sum();
            int fulfilled = line.shippable() ? shippedHere : line.quantity();
            check(inReturns <= fulfilled, label, () -> sku + " in returns " + inReturns + " <= fulfilled " + fulfilled);
            int returnedHere = o.returnedQuantity(sku);
            check(returnedHere >= 0 && returnedHere <= inReturns, label, () -> sku + " returned " + returnedHere);
            if (line.shippable()) {
                shippable += line.quantity();
                shipped += shippedHere;
            }
            ordered += line.quantity();
            returned += returnedHere;
        }
        boolean allDelivered = o.shipments().stream()
                .allMatch(x -> x.status() == ShipmentStatus.DELIVERED || x.status() == ShipmentStatus.CANCELLED);
        String state = o.status() + " shipped " + shipped + "/" + shippable + " returned " + returned + "/" + ordered;
        switch (o.status()) {
            case PENDING_PAYMENT -> check(captured == 0 && o.shipments().isEmpty(), label, () -> state);
            case PAID -> check(captured == total && shipped == 0, label, () -> state);
            case PARTIALLY_SHIPPED -> check(shipped > 0 && shipped < shippable, label, () -> state);
            case SHIPPED -> check(shipped == shippable && !allDelivered, label, () -> state);
            case DELIVERED -> check(shipped == shippable && allDelivered && returned == 0, label, () -> state);
            case PARTIALLY_RETURNED ->
                check(shipped == shippable && allDelivered && returned > 0 && returned < ordered, label, () -> state);
            case RETURNED -> check(shipped == shippable && allDelivered && returned == ordered, label, () -> state);
            case CANCELLED ->
                check(
                        shipped == 0 && o.paymentStatus() != PaymentStatus.AUTHORIZED && refunded == captured,
                        label,
                        () -> state + " payment " + o.paymentStatus());
            default -> fail(label + ": undefined state " + o.status());
        }
        checkEvents(label, o);
    }

    /** Every recorded move is a row of its table; the latest event of each subject names its state. */
    private static void checkEvents(String label, Order o) {
        Map<String, String> last = new HashMap<>();
        last.put("PAYMENT/payment", PaymentStatus.PENDING.name()); // the payment starts PENDING, unrecorded
        Instant previous = Instant.MIN;
        for (OrderEvent e : o.events()) {
            check(!e.at().isBefore(previous), label, () -> "events in time order " + e);
            previous = e.at();
            String key = e.axis() + "/" + e.subject();
            if (!OrderEvent.NONE.equals(e.from())) {
                boolean allowed = switch (e.axis()) {
                    case ORDER ->
                        OrderStatus.transitions()
                                .allows(OrderStatus.valueOf(e.from()), e.type(), OrderStatus.valueOf(e.to()));
                    case PAYMENT ->
                        PaymentStatus.transitions()
                                .allows(PaymentStatus.valueOf(e.from()), e.type(), PaymentStatus.valueOf(e.to()));
                    case SHIPMENT ->
                        ShipmentStatus.transitions()
                                .allows(ShipmentStatus.valueOf(e.from()), e.type(), ShipmentStatus.valueOf(e.to()));
                    case RETURN ->
                        ReturnStatus.transitions()
                                .allows(ReturnStatus.valueOf(e.from()), e.type(), ReturnStatus.valueOf(e.to()));
                };
                check(allowed, label, () -> "event is a table row " + e);
                check(e.from().equals(last.get(key)), label, () -> "event continues its subject's chain " + e);
            }
            last.put(key, e.to());
        }
        check(o.status().name().equals(last.get("ORDER/" + o.id())), label, () -> "order state recorded");
        check(o.paymentStatus().name().equals(last.get("PAYMENT/payment")), label, () -> "payment state recorded");
        for (Shipment x : o.shipments()) {
            check(x.status().name().equals(last.get("SHIPMENT/" + x.id())), label, () -> "shipment state recorded");
        }
        for (OrderReturn r : o.returns()) {
            check(r.status().name().equals(last.get("RETURN/" + r.id())), label, () -> "return state recorded");
        }
    }
}
