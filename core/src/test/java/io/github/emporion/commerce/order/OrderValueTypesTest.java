package io.github.emporion.commerce.order;

import static io.github.emporion.commerce.order.OrderFixtures.money;
import static io.github.emporion.commerce.order.OrderFixtures.simpleEur;
import static io.github.emporion.commerce.order.OrderFixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.emporion.commerce.customer.CustomerId;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class OrderValueTypesTest {

    private static final MonetaryAmount RED = money("1.00", "EUR");
    private static final MonetaryAmount BLUE = money("2.00", "EUR");

    @Test
    void equals_orderId_followsValue() {
        EqualsVerifier.forClass(OrderId.class)
                .withPrefabValuesForField("value", "o-1", "o-2")
                .verify();
    }

    @Test
    void equals_orderLine_overAllFields() {
        TaxedAmount one = TaxedAmount.of(money("1.00", "EUR"), money("0", "EUR"), money("1.00", "EUR"));
        TaxedAmount two = TaxedAmount.of(money("2.00", "EUR"), money("0", "EUR"), money("2.00", "EUR"));
        EqualsVerifier.forClass(OrderLine.class)
                .withPrefabValuesForField("sku", "A", "B")
                .withPrefabValuesForField("quantity", 1, 2)
                .withPrefabValuesForField("unitPrice", money("5.00", "EUR"), money("6.00", "EUR"))
                .withPrefabValuesForField("discount", money("0", "EUR"), money("0.50", "EUR"))
                .withPrefabValuesForField("charged", one, two)
                .verify();
    }

    /*
     * TaxedAmount and OrderSnapshot hold cross-field invariants (net + tax = gross; one currency for
     * every amount), so EqualsVerifier cannot vary one field at a time through their constructors.
     * Their equals is the record's; these tests check what matters: value (not scale) equality and
     * that every field takes part.
     */
    @Test
    void equals_taxedAmount_byValueNotScale() {
        TaxedAmount a = TaxedAmount.of(money("10", "EUR"), money("1.9", "EUR"), money("11.90", "EUR"));
        TaxedAmount b = TaxedAmount.of(money("10.00", "EUR"), money("1.90", "EUR"), money("11.9", "EUR"));
        TaxedAmount c = TaxedAmount.of(money("10.01", "EUR"), money("1.89", "EUR"), money("11.90", "EUR"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(TaxedAmount.zero(Monetary.getCurrency("EUR")))
                .isNotEqualTo(TaxedAmount.zero(Monetary.getCurrency("USD")));
    }

    @Test
    void equals_orderSnapshot_everyFieldCounts() {
        OrderSnapshot a = simpleEur("o-1");
        assertThat(a).isEqualTo(simpleEur("o-1")).hasSameHashCodeAs(simpleEur("o-1"));
        assertThat(a).isNotEqualTo(simpleEur("o-2"));
        assertThat(a)
                .isNotEqualTo(new OrderSnapshot(
                        a.id(), CustomerId.of("c-2"), a.currency(), a.placedAt(), true, a.lines(), a.shipping()));
        assertThat(a)
                .isNotEqualTo(
                        new OrderSnapshot(a.id(), a.customerId(), a.currency(), t(1), true, a.lines(), a.shipping()));
        OrderLine net = a.lines().get(0);
        // The same figures read as net prices: 2 x 16.81 would be needed, so only the flag differs if valid;
        // build a tax-free line where gross = net so both flags are valid.
        OrderLine taxFree = OrderLine.of(
                net.sku(),
                true,
                2,
                money("10.00", "EUR"),
                money("0", "EUR"),
                money("20.00", "EUR"),
                money("0", "EUR"),
                money("20.00", "EUR"));
        OrderSnapshot gross = new OrderSnapshot(
                a.id(), a.customerId(), a.currency(), a.placedAt(), true, List.of(taxFree), a.shipping());
        OrderSnapshot netPrices = new OrderSnapshot(
                a.id(), a.customerId(), a.currency(), a.placedAt(), false, List.of(taxFree), a.shipping());
        assertThat(gross).isNotEqualTo(netPrices).isNotEqualTo(a);
        assertThat(gross)
                .isNotEqualTo(new OrderSnapshot(
                        a.id(),
                        a.customerId(),
                        a.currency(),
                        a.placedAt(),
                        true,
                        List.of(taxFree),
                        TaxedAmount.of(money("1.00", "EUR"), money("0", "EUR"), money("1.00", "EUR"))));
    }

    @Test
    void equals_orderEvent_overAllFields() {
        EqualsVerifier.forClass(OrderEvent.class)
                .withPrefabValuesForField("orderId", OrderId.of("o-1"), OrderId.of("o-2"))
                .withPrefabValuesForField("subject", "s-1", "s-2")
                .withPrefabValuesForField("from", "PAID", "SHIPPED")
                .withPrefabValuesForField("to", "SHIPPED", "DELIVERED")
                .verify();
    }

    @Test
    void equals_paymentTransaction_overAllFields() {
        EqualsVerifier.forClass(PaymentTransaction.class)
                .withPrefabValuesForField("sequence", 1, 2)
                .withPrefabValuesForField("amount", RED, BLUE)
                .verify();
    }

    @Test
    void equals_shipmentAndReturn_overAllFields() {
        EqualsVerifier.forClass(Shipment.class)
                .withPrefabValuesForField("id", "s-1", "s-2")
                .withPrefabValuesForField("quantities", Map.of("A", 1), Map.of("A", 2))
                .verify();
        EqualsVerifier.forClass(OrderReturn.class)
                .withPrefabValuesForField("id", "r-1", "r-2")
                .withPrefabValuesForField("quantities", Map.of("A", 1), Map.of("A", 2))
                .withPrefabValuesForField("refunded", RED, BLUE)
                .verify();
    }

    @Test
    void equals_order_overSnapshotStatesAndHistory() {
        Order red = Order.place(simpleEur("o-1"));
        Order blue = Order.place(simpleEur("o-2")).capturePayment(t(1));
        EqualsVerifier.forClass(Order.class)
                .withPrefabValues(OrderSnapshot.class, red.snapshot(), blue.snapshot())
                .withPrefabValues(MonetaryAmount.class, RED, BLUE)
                .withPrefabValues(CurrencyUnit.class, Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"))
                .withPrefabValuesForField("events", red.events(), blue.events())
                .withPrefabValuesForField("transactions", red.transactions(), blue.transactions())
                .verify();
    }
}
