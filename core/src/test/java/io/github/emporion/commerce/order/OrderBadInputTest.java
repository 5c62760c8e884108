package io.github.emporion.commerce.order;

import static io.github.emporion.commerce.order.OrderFixtures.T0;
import static io.github.emporion.commerce.order.OrderFixtures.money;
import static io.github.emporion.commerce.order.OrderFixtures.simpleEur;
import static io.github.emporion.commerce.order.OrderFixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.money.CurrencyMismatchException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.money.Monetary;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a message naming the field, the value and the rule; nothing changes. */
class OrderBadInputTest {

    private static OrderLine eurLine(int qty, String unit, String discount, String net, String tax, String gross) {
        return OrderLine.of(
                "SKU-1",
                true,
                qty,
                money(unit, "EUR"),
                money(discount, "EUR"),
                money(net, "EUR"),
                money(tax, "EUR"),
                money(gross, "EUR"));
    }

    /** Runs a failing call on a fresh order and checks the order still equals a freshly built twin. */
    private static void assertUnchanged(Supplier<Order> build, java.util.function.Consumer<Order> call) {
        Order order = build.get();
        List<OrderEvent> eventsBefore = List.copyOf(order.events());
        assertThatThrownBy(() -> call.accept(order)).isInstanceOf(RuntimeException.class);
        assertThat(order).isEqualTo(build.get());
        assertThat(order.events()).isEqualTo(eventsBefore);
    }

    private static Order paid() {
        return Order.place(simpleEur("o-1")).capturePayment(t(1));
    }

    private static Order delivered() {
        return paid().ship("P", Map.of("SKU-1", 2), t(2)).deliver("P", t(3));
    }

    @Test
    void orderLine_zeroOrNegativeQuantity_namesFieldValueAndRule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> eurLine(0, "10.00", "0", "0", "0", "0"))
                .withMessageContaining("SKU-1")
                .withMessageContaining("quantity must be >= 1: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> eurLine(-2, "10.00", "0", "0", "0", "0"))
                .withMessageContaining("quantity must be >= 1: -2");
    }

    @Test
    void orderLine_discountAboveSubtotal_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> eurLine(2, "10.00", "20.01", "0", "0", "0"))
                .withMessageContaining("discount must not exceed quantity × unitPrice = 20.00 EUR: 20.01 EUR");
    }

    @Test
    void orderLine_netPlusTaxNotGross_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> eurLine(1, "10.00", "0", "8.40", "1.59", "10.00"))
                .withMessageContaining("net + tax must equal gross: 8.40 EUR + 1.59 EUR != 10.00 EUR");
    }

    @Test
    void orderLine_negativeOrFractionalMinorUnits_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> eurLine(1, "-1.00", "0", "0", "0", "0"))
                .withMessageContaining("unitPrice must be >= 0: -1.00 EUR");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OrderLine.of(
                        "T",
                        true,
                        1,
                        money("100.5", "JPY"),
                        money("0", "JPY"),
                        money("100", "JPY"),
                        money("0", "JPY"),
                        money("100", "JPY")))
                .withMessageContaining("unitPrice must be a whole number of JPY minor units (0 decimals): 100.5");
    }

    @Test
    void orderLine_mixedCurrencies_throwsCurrencyMismatchNamingField() {
        assertThatThrownBy(() -> OrderLine.of(
                        "SKU-1",
                        true,
                        1,
                        money("10.00", "USD"),
                        money("0", "EUR"),
                        money("10.00", "EUR"),
                        money("0", "EUR"),
                        money("10.00", "EUR")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("unitPrice")
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
    }

    @Test
    void snapshot_lineInOtherCurrency_throwsCurrencyMismatch() {
        OrderLine usd = OrderLine.of(
                "SKU-1",
                true,
                1,
                money("10.00", "USD"),
                money("0", "USD"),
                money("10.00", "USD"),
                money("0", "USD"),
                money("10.00", "USD"));
        assertThatThrownBy(() -> new OrderSnapshot(
                        OrderId.of("o-1"),
                        CustomerId.of("c-1"),
                        Monetary.getCurrency("EUR"),
                        T0,
                        true,
                        List.of(usd),
                        TaxedAmount.zero(Monetary.getCurrency("EUR"))))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("lines[0]")
                .hasMessageContaining("expected EUR but got USD");
    }

    @Test
    void snapshot_totalDiffersFromSum_rejected() {
        OrderSnapshot ok = simpleEur("o-1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OrderSnapshot.of(
                        ok.id(),
                        ok.customerId(),
                        ok.currency(),
                        T0,
                        true,
                        ok.lines(),
                        ok.shipping(),
                        money("20.01", "EUR")))
                .withMessageContaining("total must equal Σ line gross + shipping gross = 20.00 EUR: 20.01 EUR");
    }

    @Test
    void snapshot_priceIdentityBroken_namesLineAndFigures() {
        // Gross prices: 2 x 10.00 - 0 = 20.00 must equal gross; 19.99 does not.
        OrderLine wrong = eurLine(2, "10.00", "0", "16.80", "3.19", "19.99");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrderSnapshot(
                        OrderId.of("o-1"),
                        CustomerId.of("c-1"),
                        Monetary.getCurrency("EUR"),
                        T0,
                        true,
                        List.of(wrong),
                        TaxedAmount.zero(Monetary.getCurrency("EUR"))))
                .withMessageContaining("lines[0] (SKU SKU-1)")
                .withMessageContaining("2 × 10.00 EUR − 0.00 EUR = 20.00 EUR")
                .withMessageContaining("gross (prices include tax): 19.99 EUR");
    }

    @Test
    void snapshot_duplicateSkuOrNoLines_rejected() {
        OrderLine a = eurLine(1, "1.00", "0", "1.00", "0", "1.00");
        var eur = Monetary.getCurrency("EUR");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrderSnapshot(
                        OrderId.of("o-1"), CustomerId.of("c-1"), eur, T0, true, List.of(a, a), TaxedAmount.zero(eur)))
                .withMessageContaining("lines[1] (SKU SKU-1): sku must be unique in an order, already on lines[0]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrderSnapshot(
                        OrderId.of("o-1"), CustomerId.of("c-1"), eur, T0, true, List.of(), TaxedAmount.zero(eur)))
                .withMessageContaining("lines must not be empty");
    }

    @Test
    void anyOperation_dateBeforeLastEvent_rejectedAndOrderUnchanged() {
        Order order = paid();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> order.prepareShipment("S", Map.of("SKU-1", 1), T0))
                .withMessageContaining("o-1")
                .withMessageContaining("at must not be before the last event at " + t(1))
                .withMessageContaining(": " + T0);
        assertUnchanged(OrderBadInputTest::paid, o -> o.cancel(T0));
    }

    @Test
    void illegalTransition_namesOrderFromEventAndTo_andChangesNothing() {
        assertThatIllegalStateException()
                .isThrownBy(() -> paid().capturePayment(t(2)))
                .withMessageContaining("order o-1: illegal transition of order from PAID to PAID on event CAPTURE");
        assertThatIllegalStateException()
                .isThrownBy(() -> Order.place(simpleEur("o-1")).prepareShipment("S", Map.of("SKU-1", 1), t(1)))
                .withMessageContaining("from PENDING_PAYMENT to PENDING_PAYMENT on event PREPARE_SHIPMENT");
        Supplier<Order> partly = () -> paid().ship("S1", Map.of("SKU-1", 1), t(2));
        assertThatIllegalStateException()
                .isThrownBy(() -> partly.get().cancel(t(3)))
                .withMessageContaining("order o-1: illegal transition of order from PARTIALLY_SHIPPED to CANCELLED"
                        + " on event CANCEL");
        assertUnchanged(partly, o -> o.cancel(t(3)));
        Supplier<Order> ready = () -> paid().prepareShipment("S1", Map.of("SKU-1", 1), t(2));
        assertThatIllegalStateException()
                .isThrownBy(() -> ready.get().deliver("S1", t(3)))
                .withMessageContaining("illegal transition of shipment S1 from READY to DELIVERED on event DELIVER");
        assertUnchanged(ready, o -> o.deliver("S1", t(3)));
        assertThatIllegalStateException()
                .isThrownBy(() -> Order.place(simpleEur("o-1")).voidPayment(t(1)))
                .withMessageContaining("illegal transition of payment from PENDING to VOIDED on event VOID");
    }

    @Test
    void deliverDigital_orderWithPhysicalLines_rejected() {
        assertThatIllegalStateException()
                .isThrownBy(() -> paid().deliverDigital(t(2)))
                .withMessageContaining("from PAID to DELIVERED on event DELIVER_DIGITAL")
                .withMessageContaining("shippable lines");
    }

    @Test
    void refund_overRefundZeroOrForeignCurrency_rejectedAndUnchanged() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> paid().refund(money("20.01", "EUR"), t(2)))
                .withMessageContaining("refund amount must not exceed refundable = captured 20.00 EUR − refunded"
                        + " 0.00 EUR = 20.00 EUR: 20.01 EUR");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> paid().refund(money("0", "EUR"), t(2)))
                .withMessageContaining("refund amount must be > 0: 0.00 EUR");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> paid().refund(money("-1", "EUR"), t(2)))
                .withMessageContaining("refund amount must be >= 0: -1.00 EUR");
        assertThatThrownBy(() -> paid().refund(money("1", "USD"), t(2)))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("refund amount");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Order.place(simpleEur("o-1")).refund(money("1.00", "EUR"), t(1)))
                .withMessageContaining("refundable = captured 0.00 EUR");
        assertUnchanged(OrderBadInputTest::paid, o -> o.refund(money("20.01", "EUR"), t(2)));
    }

    @Test
    void shipment_unknownSkuTooManyUnitsOrDuplicateId_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> paid().prepareShipment("S", Map.of("NOPE", 1), t(2)))
                .withMessageContaining("SKU must be on the order: 'NOPE'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> paid().prepareShipment("S", Map.of("SKU-1", 0), t(2)))
                .withMessageContaining("quantity of SKU SKU-1 must be >= 1: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        paid().ship("S1", Map.of("SKU-1", 1), t(2)).prepareShipment("S2", Map.of("SKU-1", 2), t(3)))
                .withMessageContaining("must not exceed the units left to ship = ordered 2 − in shipments 1 = 1: 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        paid().ship("S1", Map.of("SKU-1", 1), t(2)).prepareShipment("S1", Map.of("SKU-1", 1), t(3)))
                .withMessageContaining("shipment id must be unique: 'S1'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> paid().ship("S9", t(2)))
                .withMessageContaining("shipmentId must name a shipment of the order: 'S9'");
        assertUnchanged(OrderBadInputTest::paid, o -> o.prepareShipment("S", Map.of("SKU-1", 3), t(2)));
    }

    @Test
    void shipment_nonShippableSku_rejected() {
        OrderLine digital = OrderLine.of(
                "EBOOK",
                false,
                1,
                money("5.00", "EUR"),
                money("0", "EUR"),
                money("5.00", "EUR"),
                money("0", "EUR"),
                money("5.00", "EUR"));
        OrderSnapshot base = simpleEur("o-1");
        OrderSnapshot mixed = OrderSnapshot.of(
                base.id(),
                base.customerId(),
                base.currency(),
                T0,
                true,
                List.of(base.lines().get(0), digital),
                base.shipping(),
                money("25.00", "EUR"));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> Order.place(mixed).capturePayment(t(1)).prepareShipment("S", Map.of("EBOOK", 1), t(2)))
                .withMessageContaining("SKU EBOOK is not shippable");
    }

    @Test
    void returns_unshippedOrAlreadyReturnedUnits_rejected() {
        // Partially shipped: returns are not open yet.
        assertThatIllegalStateException()
                .isThrownBy(
                        () -> paid().ship("S1", Map.of("SKU-1", 1), t(2)).requestReturn("R", Map.of("SKU-1", 1), t(3)))
                .withMessageContaining("from PARTIALLY_SHIPPED to PARTIALLY_SHIPPED on event REQUEST_RETURN");
        // Delivered 2 units, 2 already in a return: nothing left to return.
        Supplier<Order> oneReturnOpen = () -> delivered().requestReturn("R1", Map.of("SKU-1", 2), t(4));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> oneReturnOpen.get().requestReturn("R2", Map.of("SKU-1", 1), t(5)))
                .withMessageContaining("return R2: quantity of SKU SKU-1 must not exceed the returnable units ="
                        + " fulfilled 2 − already in returns 2 = 0: 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> delivered().requestReturn("R1", Map.of("SKU-1", 3), t(4)))
                .withMessageContaining("fulfilled 2 − already in returns 0 = 2: 3");
        assertUnchanged(oneReturnOpen, o -> o.requestReturn("R2", Map.of("SKU-1", 1), t(5)));
        // A cancelled return frees its units again.
        Order again = oneReturnOpen.get().cancelReturn("R1", t(5)).requestReturn("R2", Map.of("SKU-1", 2), t(6));
        assertThat(again.returnableQuantity("SKU-1")).isZero();
        // Completing a return that was not received is an illegal transition.
        assertThatIllegalStateException()
                .isThrownBy(() -> again.completeReturn("R2", t(7)))
                .withMessageContaining("illegal transition of return R2 from REQUESTED to COMPLETED");
    }

    @Test
    void ids_badValues_rejectedWithRule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OrderId.of(""))
                .withMessageContaining("order id must match");
        assertThatIllegalArgumentException().isThrownBy(() -> OrderId.of("a b")).withMessageContaining("'a b'");
        ThrowingCallable blankShipment = () -> paid().prepareShipment(" ", Map.of("SKU-1", 1), t(2));
        assertThatIllegalArgumentException()
                .isThrownBy(blankShipment)
                .withMessageContaining("shipment id must be 1 to 64 characters and not blank: ' '");
    }
}
