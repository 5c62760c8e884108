package io.github.emporion.examples;

import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.OrderId;
import io.github.emporion.commerce.order.OrderLine;
import io.github.emporion.commerce.order.OrderSnapshot;
import io.github.emporion.commerce.order.TaxedAmount;
import io.github.emporion.money.Monies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * E-commerce: an order's lifecycle — placed, paid, shipped in two parcels, delivered, and one unit
 * returned and refunded.
 *
 * <p>Prices include 19 % VAT. Line 1: 3 glasses at 10.00 with 1.00 discount = 29.00 (net 24.37, VAT
 * 4.63). Line 2: 1 carafe at 20.00 = 20.00 (net 16.81, VAT 3.19). Shipping 4.90 (net 4.12, VAT 0.78).
 * Total 53.90. The refund of a returned glass is what was paid for that unit: the line's 29.00 split
 * into 9.67 + 9.67 + 9.66 (no cent lost or invented), so the first returned unit refunds 9.67; the
 * shipping charge is not refunded by a return.
 */
public final class OrderLifecycle {

    private OrderLifecycle() {}

    /**
     * Plays the lifecycle and prints each state.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        OrderSnapshot snapshot = OrderSnapshot.of(
                OrderId.of("o-1001"),
                CustomerId.of("c-42"),
                Monies.of("0", "EUR").getCurrency(),
                at("2026-05-04T09:00:00Z"),
                true,
                List.of(
                        OrderLine.of(
                                "GLASS", true, 3, eur("10.00"), eur("1.00"), eur("24.37"), eur("4.63"), eur("29.00")),
                        OrderLine.of(
                                "CARAFE", true, 1, eur("20.00"), eur("0.00"), eur("16.81"), eur("3.19"), eur("20.00"))),
                TaxedAmount.of(eur("4.12"), eur("0.78"), eur("4.90")),
                eur("53.90"));
        Order order = Order.place(snapshot);
        System.out.println("placed: " + order.status() + ", total " + plain(snapshot.total()));

        order = order.authorizePayment(at("2026-05-04T09:00:05Z")).capturePayment(at("2026-05-04T09:01:00Z"));
        System.out.println("paid: " + order.status() + ", captured " + plain(order.captured()));

        order = order.prepareShipment("parcel-1", Map.of("GLASS", 3), at("2026-05-05T08:00:00Z"))
                .ship("parcel-1", at("2026-05-05T12:00:00Z"));
        System.out.println("first parcel shipped: " + order.status());
        order = order.prepareShipment("parcel-2", Map.of("CARAFE", 1), at("2026-05-06T08:00:00Z"))
                .ship("parcel-2", at("2026-05-06T12:00:00Z"))
                .deliver("parcel-1", at("2026-05-07T10:00:00Z"))
                .deliver("parcel-2", at("2026-05-08T10:00:00Z"));
        System.out.println("delivered: " + order.status());

        System.out.println("paid per glass: "
                + snapshot.line("GLASS").orElseThrow().paidPerUnit().stream()
                        .map(OrderLifecycle::plain)
                        .toList());
        order = order.requestReturn("return-1", Map.of("GLASS", 1), at("2026-05-12T09:00:00Z"))
                .acceptReturn("return-1", at("2026-05-12T15:00:00Z"))
                .receiveReturn("return-1", at("2026-05-15T11:00:00Z"))
                .completeReturn("return-1", at("2026-05-15T16:00:00Z"));
        System.out.println("returned: " + order.returnedQuantity("GLASS") + " glass, refunded "
                + plain(order.refunded()) + ", still refundable " + plain(order.refundable()));
        System.out.println("status: " + order.status() + ", payment " + order.paymentStatus());
        System.out.println("events: " + order.events().size());
    }

    private static MonetaryAmount eur(String amount) {
        return Monies.of(amount, "EUR");
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static String plain(MonetaryAmount amount) {
        return Monies.decimal(amount).setScale(2).toPlainString();
    }
}
