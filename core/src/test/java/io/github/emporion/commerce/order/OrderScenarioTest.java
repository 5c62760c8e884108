package io.github.emporion.commerce.order;

import static io.github.emporion.commerce.order.OrderFixtures.T0;
import static io.github.emporion.commerce.order.OrderFixtures.money;
import static io.github.emporion.commerce.order.OrderFixtures.simpleEur;
import static io.github.emporion.commerce.order.OrderFixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.money.Monies;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Worked orders with refunds computed by hand (the arithmetic is in the comments). Each unit's paid
 * amount is the line gross split evenly in minor units, earlier units taking the extra minor units.
 */
class OrderScenarioTest {

    private static OrderLine line(
            String ccy,
            String sku,
            boolean ships,
            int qty,
            String unit,
            String discount,
            String net,
            String tax,
            String gross) {
        return OrderLine.of(
                sku,
                ships,
                qty,
                money(unit, ccy),
                money(discount, ccy),
                money(net, ccy),
                money(tax, ccy),
                money(gross, ccy));
    }

    private static OrderSnapshot snapshot(
            String ccy, boolean gross, List<OrderLine> lines, TaxedAmount shipping, String total) {
        return OrderSnapshot.of(
                OrderId.of("o-" + ccy),
                CustomerId.of("c-7"),
                Monetary.getCurrency(ccy),
                T0,
                gross,
                lines,
                shipping,
                money(total, ccy));
    }

    private static TaxedAmount shipping(String ccy, String net, String tax, String gross) {
        return TaxedAmount.of(money(net, ccy), money(tax, ccy), money(gross, ccy));
    }

    private static void assertAmount(MonetaryAmount actual, String expected, String ccy) {
        assertThat(Monies.isEqual(actual, money(expected, ccy)))
                .as("expected %s %s but was %s", expected, ccy, actual)
                .isTrue();
    }

    private static Order returned(Order order, String id, Map<String, Integer> units, int minute) {
        return order.requestReturn(id, units, t(minute))
                .acceptReturn(id, t(minute + 1))
                .receiveReturn(id, t(minute + 2))
                .completeReturn(id, t(minute + 3));
    }

    @Test
    void eur_grossPricesPartialShipmentsAndTwoReturns_refundsWhatWasPaid() {
        // SHIRT 3 x 19.99 = 59.97 - 5.00 discount = 54.97 gross; 19 % VAT: tax 54.97 x 19/119 = 8.777 -> 8.78,
        //   net 46.19. Units paid: 5497 cents / 3 = 1832 r 1 -> 18.33, 18.32, 18.32.
        // EBOOK (digital) 1 x 9.99 - 1.00 = 8.99 gross, tax 1.44, net 7.55.
        // Shipping 4.90 gross = 4.12 + 0.78. Total 54.97 + 8.99 + 4.90 = 68.86.
        OrderSnapshot s = snapshot(
                "EUR",
                true,
                List.of(
                        line("EUR", "SHIRT", true, 3, "19.99", "5.00", "46.19", "8.78", "54.97"),
                        line("EUR", "EBOOK", false, 1, "9.99", "1.00", "7.55", "1.44", "8.99")),
                shipping("EUR", "4.12", "0.78", "4.90"),
                "68.86");
        assertAmount(s.totalTax(), "11.00", "EUR"); // 8.78 + 1.44 + 0.78
        assertAmount(s.totalNet(), "57.86", "EUR"); // 46.19 + 7.55 + 4.12
        assertAmount(s.totalDiscount(), "6.00", "EUR");

        Order o = Order.place(s).authorizePayment(t(1)).capturePayment(t(2));
        assertThat(o.status()).isEqualTo(OrderStatus.PAID);
        assertThat(o.paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertAmount(o.captured(), "68.86", "EUR");

        o = o.ship("P1", Map.of("SHIRT", 2), t(3));
        assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        o = o.deliver("P1", t(4));
        assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        o = o.ship("P2", Map.of("SHIRT", 1), t(5));
        assertThat(o.status()).isEqualTo(OrderStatus.SHIPPED);
        o = o.deliver("P2", t(6));
        assertThat(o.status()).isEqualTo(OrderStatus.DELIVERED);

        // Return 1 shirt and the e-book: 18.33 + 8.99 = 27.32.
        o = returned(o, "R1", Map.of("SHIRT", 1, "EBOOK", 1), 7);
        assertAmount(o.orderReturn("R1").orElseThrow().refunded(), "27.32", "EUR");
        assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_RETURNED);
        assertThat(o.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);

        // Return the other 2 shirts: 18.32 + 18.32 = 36.64; all units back -> RETURNED.
        o = returned(o, "R2", Map.of("SHIRT", 2), 11);
        assertAmount(o.orderReturn("R2").orElseThrow().refunded(), "36.64", "EUR");
        assertThat(o.status()).isEqualTo(OrderStatus.RETURNED);
        assertAmount(o.refunded(), "63.96", "EUR");
        assertAmount(o.refundable(), "4.90", "EUR"); // the shipping charge

        o = o.refund(money("4.90", "EUR"), t(15));
        assertThat(o.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertAmount(o.refundable(), "0.00", "EUR");

        // Analytics: time to ship = first SHIP on the order axis minus PLACE = 3 minutes.
        OrderEvent firstShip = o.events().stream()
                .filter(e -> e.type() == OrderEventType.SHIP && e.axis() == OrderAxis.ORDER)
                .findFirst()
                .orElseThrow();
        assertThat(Duration.between(o.events().get(0).at(), firstShip.at())).isEqualTo(Duration.ofMinutes(3));
        assertThat(firstShip.from()).isEqualTo("PAID");
        assertThat(firstShip.to()).isEqualTo("PARTIALLY_SHIPPED");
    }

    @Test
    void usd_netPricesSalesTax_refundsAndOverRefundRejected() {
        // MUG 4 x 12.50 = 50.00 - 7.50 = 42.50 net; 8.875 % tax = 3.771875 -> 3.77; gross 46.27.
        //   Units paid: 4627 / 4 = 1156 r 3 -> 11.57, 11.57, 11.57, 11.56.
        // LAMP 1 x 80.00 - 10.00 = 70.00 net; tax 6.2125 -> 6.21; gross 76.21.
        // Shipping 5.00, untaxed. Total 46.27 + 76.21 + 5.00 = 127.48.
        OrderSnapshot s = snapshot(
                "USD",
                false,
                List.of(
                        line("USD", "MUG", true, 4, "12.50", "7.50", "42.50", "3.77", "46.27"),
                        line("USD", "LAMP", true, 1, "80.00", "10.00", "70.00", "6.21", "76.21")),
                shipping("USD", "5.00", "0", "5.00"),
                "127.48");
        Order o = Order.place(s)
                .capturePayment(t(1)) // direct charge, no authorization
                .ship("P1", Map.of("MUG", 4, "LAMP", 1), t(2))
                .deliver("P1", t(3));
        assertThat(o.status()).isEqualTo(OrderStatus.DELIVERED);

        o = returned(o, "R1", Map.of("MUG", 3), 4); // 3 x 11.57 = 34.71
        assertAmount(o.refunded(), "34.71", "USD");
        assertAmount(o.refundable(), "92.77", "USD"); // 127.48 - 34.71

        Order before = o;
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> before.refund(money("92.78", "USD"), t(9)))
                .withMessageContaining("o-USD")
                .withMessageContaining("92.77 USD")
                .withMessageContaining("92.78 USD");
        assertThat(o).isSameAs(before);
        assertAmount(o.refunded(), "34.71", "USD");

        o = returned(o, "R2", Map.of("MUG", 1, "LAMP", 1), 10); // 11.56 + 76.21 = 87.77
        assertAmount(o.orderReturn("R2").orElseThrow().refunded(), "87.77", "USD");
        assertThat(o.status()).isEqualTo(OrderStatus.RETURNED);
        assertAmount(o.refundable(), "5.00", "USD");
    }

    @Test
    void jpy_zeroDecimals_unitSplitGivesExtraYenToFirstUnit() {
        // TEA 3 x 1000 = 3000 - 200 = 2800 gross; 10 % tax 2800 x 10/110 = 254.5 -> 255; net 2545.
        //   Units paid: 2800 / 3 = 933 r 1 -> 934, 933, 933.
        // CUP 2 x 1500 = 3000 gross, tax 272.7 -> 273, net 2727; units 1500, 1500.
        // Shipping 550 = 500 + 50. Total 2800 + 3000 + 550 = 6350.
        OrderSnapshot s = snapshot(
                "JPY",
                true,
                List.of(
                        line("JPY", "TEA", true, 3, "1000", "200", "2545", "255", "2800"),
                        line("JPY", "CUP", true, 2, "1500", "0", "2727", "273", "3000")),
                shipping("JPY", "500", "50", "550"),
                "6350");
        assertThat(s.lines().get(0).paidPerUnit())
                .extracting(Monies::toMinorUnits)
                .containsExactly(934L, 933L, 933L);
        Order o = Order.place(s)
                .authorizePayment(t(1))
                .capturePayment(t(2))
                .ship("P1", Map.of("TEA", 3, "CUP", 1), t(3))
                .ship("P2", Map.of("CUP", 1), t(4))
                .deliver("P1", t(5));
        assertThat(o.status()).isEqualTo(OrderStatus.SHIPPED);
        o = o.deliver("P2", t(6));
        assertThat(o.status()).isEqualTo(OrderStatus.DELIVERED);

        o = returned(o, "R1", Map.of("TEA", 2, "CUP", 1), 7); // 934 + 933 + 1500 = 3367
        assertAmount(o.refunded(), "3367", "JPY");
        assertAmount(o.refundable(), "2983", "JPY");
        assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_RETURNED);
        assertThat(o.returnableQuantity("TEA")).isEqualTo(1);
        assertThat(o.returnableQuantity("CUP")).isEqualTo(1);
    }

    @Test
    void kwd_threeDecimals_refundsInFils() {
        // Kuwait has no VAT: tax 0, net = gross.
        // PERFUME 3 x 12.345 = 37.035 - 1.000 = 36.035; units 36035 / 3 = 12011 r 2 -> 12.012, 12.012, 12.011.
        // SOAP 7 x 0.250 = 1.750 - 0.105 = 1.645; units 1645 / 7 = 235 -> 0.235 each.
        // Shipping 1.500. Total 36.035 + 1.645 + 1.500 = 39.180.
        OrderSnapshot s = snapshot(
                "KWD",
                false,
                List.of(
                        line("KWD", "PERFUME", true, 3, "12.345", "1.000", "36.035", "0", "36.035"),
                        line("KWD", "SOAP", true, 7, "0.250", "0.105", "1.645", "0", "1.645")),
                shipping("KWD", "1.500", "0", "1.500"),
                "39.180");
        Order o = Order.place(s)
                .capturePayment(t(1))
                .ship("P1", Map.of("PERFUME", 3, "SOAP", 7), t(2))
                .deliver("P1", t(3));
        o = returned(o, "R1", Map.of("PERFUME", 2, "SOAP", 3), 4); // 24.024 + 0.705 = 24.729
        assertAmount(o.refunded(), "24.729", "KWD");
        o = returned(o, "R2", Map.of("PERFUME", 1), 8); // 12.011
        assertAmount(o.orderReturn("R2").orElseThrow().refunded(), "12.011", "KWD");
        assertAmount(o.refunded(), "36.740", "KWD");
        assertAmount(o.refundable(), "2.440", "KWD"); // shipping 1.500 + 4 soaps 0.940
        assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_RETURNED);
    }

    @Test
    void cancel_paidWithReadyShipment_refundsAllAndCancelsShipment() {
        Order o = Order.place(simpleEur("o-9"))
                .capturePayment(t(1))
                .prepareShipment("S1", Map.of("SKU-1", 1), t(2))
                .cancel(t(3));
        assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(o.shipment("S1").orElseThrow().status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(o.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertAmount(o.refunded(), "20.00", "EUR");
        assertThat(o.events().subList(o.events().size() - 3, o.events().size()))
                .extracting(OrderEvent::axis, OrderEvent::from, OrderEvent::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OrderAxis.ORDER, "PAID", "CANCELLED"),
                        org.assertj.core.groups.Tuple.tuple(OrderAxis.SHIPMENT, "READY", "CANCELLED"),
                        org.assertj.core.groups.Tuple.tuple(OrderAxis.PAYMENT, "CAPTURED", "REFUNDED"));
    }

    @Test
    void cancel_authorizedOnly_voidsAuthorization() {
        Order o = Order.place(simpleEur("o-9")).authorizePayment(t(1)).cancel(t(2));
        assertThat(o.paymentStatus()).isEqualTo(PaymentStatus.VOIDED);
        assertAmount(o.captured(), "0", "EUR");
    }

    @Test
    void failPayment_thenRetry_derivesStatusFromTransactions() {
        Order o = Order.place(simpleEur("o-3")).failPayment(t(1));
        assertThat(o.paymentStatus()).isEqualTo(PaymentStatus.FAILED);
        o = o.authorizePayment(t(2)).failPayment(t(3)); // failed capture keeps the authorization
        assertThat(o.paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED);
        o = o.voidPayment(t(4));
        assertThat(o.paymentStatus()).isEqualTo(PaymentStatus.VOIDED);
        o = o.capturePayment(t(5));
        assertThat(o.paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(o.transactions())
                .extracting(PaymentTransaction::kind, PaymentTransaction::successful)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PaymentTransaction.Kind.AUTHORIZATION, false),
                        org.assertj.core.groups.Tuple.tuple(PaymentTransaction.Kind.AUTHORIZATION, true),
                        org.assertj.core.groups.Tuple.tuple(PaymentTransaction.Kind.CHARGE, false),
                        org.assertj.core.groups.Tuple.tuple(PaymentTransaction.Kind.CANCEL_AUTHORIZATION, true),
                        org.assertj.core.groups.Tuple.tuple(PaymentTransaction.Kind.CHARGE, true));
    }

    @Test
    void deliverDigital_orderWithoutPhysicalLines_isDeliveredAndReturnable() {
        OrderSnapshot s = snapshot(
                "EUR",
                true,
                List.of(line("EUR", "COURSE", false, 1, "119.00", "0", "100.00", "19.00", "119.00")),
                TaxedAmount.zero(Monetary.getCurrency("EUR")),
                "119.00");
        Order o = Order.place(s).capturePayment(t(1)).deliverDigital(t(2));
        assertThat(o.status()).isEqualTo(OrderStatus.DELIVERED);
        o = returned(o, "W1", Map.of("COURSE", 1), 3);
        assertThat(o.status()).isEqualTo(OrderStatus.RETURNED);
        assertThat(o.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void completeReturn_afterGoodwillRefund_isCappedAtRefundable() {
        // 2 x 10.00: units 10.00 each. A goodwill refund of 15.00 leaves 5.00 refundable, so returning
        // one unit (paid 10.00) refunds only 5.00; refunds never exceed the captured 20.00.
        Order o = Order.place(simpleEur("o-4"))
                .capturePayment(t(1))
                .ship("P", Map.of("SKU-1", 2), t(2))
                .deliver("P", t(3))
                .refund(money("15.00", "EUR"), t(4));
        Order received = o.requestReturn("R", Map.of("SKU-1", 1), t(5))
                .acceptReturn("R", t(6))
                .receiveReturn("R", t(7));
        assertAmount(received.quoteRefund("R"), "10.00", "EUR");
        Order back = received.completeReturn("R", t(8));
        assertAmount(back.orderReturn("R").orElseThrow().refunded(), "5.00", "EUR");
        assertAmount(back.refunded(), "20.00", "EUR");
        assertThat(back.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    }
}
