package io.github.emporion.commerce.order;

import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.money.Monies;
import java.time.Instant;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/** Small builders shared by the order tests. */
final class OrderFixtures {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private OrderFixtures() {}

    static MonetaryAmount money(String amount, String currency) {
        return Monies.of(amount, currency);
    }

    static Instant t(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    /** A one-line EUR order: 2 × 10.00 gross, no discount, 19 % VAT (3.19 of 20.00), no shipping. */
    static OrderSnapshot simpleEur(String id) {
        OrderLine line = OrderLine.of(
                "SKU-1",
                true,
                2,
                money("10.00", "EUR"),
                money("0", "EUR"),
                money("16.81", "EUR"),
                money("3.19", "EUR"),
                money("20.00", "EUR"));
        return OrderSnapshot.of(
                OrderId.of(id),
                CustomerId.of("c-1"),
                Monetary.getCurrency("EUR"),
                T0,
                true,
                List.of(line),
                TaxedAmount.zero(Monetary.getCurrency("EUR")),
                money("20.00", "EUR"));
    }
}
