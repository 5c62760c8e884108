package io.github.emporion.commerce.order;

import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * What was bought, as charged at checkout: the immutable, priced content of an order. The
 * lifecycle (payments, shipments, returns, events) lives in {@link Order}, which holds one
 * snapshot that never changes.
 *
 * <p>Rules, checked on construction: at least one line; SKUs unique (a checkout merges equal SKUs);
 * every amount in {@code currency}; per line {@code quantity × unitPrice − discount} equals the
 * line's gross when {@code pricesIncludeTax} (EU-style gross prices) and its net otherwise
 * (US-style net prices); {@code net + tax = gross} for every line and the shipping charge.
 *
 * <p>Totals: {@code total = Σ line gross + shipping gross}, {@code totalTax = Σ line tax + shipping
 * tax}, {@code totalNet = total − totalTax}. Worked example (EUR, gross prices, 19 % VAT): 2 × 11.90
 * with 2.38 discount gives gross 21.42 = net 18.00 + tax 3.42; shipping 4.90 = 4.12 + 0.78; total
 * 26.32, tax 4.20, net 22.12.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the order id
 * @param customerId the customer who placed it
 * @param currency the one currency of every amount
 * @param placedAt when it was placed
 * @param pricesIncludeTax true if unit prices are gross (tax included), false if net
 * @param lines the lines, at least one, unique SKUs
 * @param shipping the shipping charge (zero if none)
 */
public record OrderSnapshot(
        OrderId id,
        CustomerId customerId,
        CurrencyUnit currency,
        Instant placedAt,
        boolean pricesIncludeTax,
        List<OrderLine> lines,
        TaxedAmount shipping) {

    /**
     * Validates the snapshot.
     *
     * @throws IllegalArgumentException if a rule in the class description is broken; the message
     *     names the line ({@code lines[i]}, SKU), the figures and the rule
     * @throws CurrencyMismatchException if an amount is not in {@code currency}
     */
    public OrderSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(shipping, "shipping");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("order " + id + ": lines must not be empty: []");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            String field = "order " + id + ": lines[" + i + "] (SKU " + line.sku() + ")";
            Integer first = seen.putIfAbsent(line.sku(), i);
            if (first != null) {
                throw new IllegalArgumentException(
                        field + ": sku must be unique in an order, already on lines[" + first + "]");
            }
            if (!currency.equals(line.gross().getCurrency())) {
                throw new CurrencyMismatchException(
                        field, currency, line.gross().getCurrency());
            }
            BigDecimal base = Monies.decimal(line.subtotal()).subtract(Monies.decimal(line.discount()));
            MonetaryAmount expected = pricesIncludeTax ? line.gross() : line.net();
            if (base.compareTo(Monies.decimal(expected)) != 0) {
                throw new IllegalArgumentException(field + ": quantity × unitPrice − discount = "
                        + line.quantity() + " × " + Amounts.format(line.unitPrice()) + " − "
                        + Amounts.format(line.discount()) + " = " + Amounts.format(base, currency)
                        + " must equal the line's "
                        + (pricesIncludeTax ? "gross (prices include tax)" : "net (prices exclude tax)")
                        + ": " + Amounts.format(expected));
            }
        }
        if (!currency.equals(shipping.gross().getCurrency())) {
            throw new CurrencyMismatchException(
                    "order " + id + ": shipping", currency, shipping.gross().getCurrency());
        }
    }

    /**
     * Creates a snapshot from per-line figures and checks the total the customer was shown.
     *
     * @param id the order id
     * @param customerId the customer
     * @param currency the currency of every amount
     * @param placedAt when the order was placed
     * @param pricesIncludeTax true for gross unit prices, false for net ones
     * @param lines the lines as charged
     * @param shipping the shipping charge, {@link TaxedAmount#zero} if none
     * @param total the grand total charged, which must equal {@code Σ line gross + shipping gross}
     * @return the snapshot
     * @throws IllegalArgumentException if a rule is broken or {@code total} differs from the sum
     * @throws CurrencyMismatchException if an amount is not in {@code currency}
     */
    public static OrderSnapshot of(
            OrderId id,
            CustomerId customerId,
            CurrencyUnit currency,
            Instant placedAt,
            boolean pricesIncludeTax,
            List<OrderLine> lines,
            TaxedAmount shipping,
            MonetaryAmount total) {
        OrderSnapshot snapshot =
                new OrderSnapshot(id, customerId, currency, placedAt, pricesIncludeTax, lines, shipping);
        Objects.requireNonNull(total, "total");
        if (!currency.equals(total.getCurrency())) {
            throw new CurrencyMismatchException("order " + id + ": total", currency, total.getCurrency());
        }
        if (!Monies.isEqual(total, snapshot.total())) {
            throw new IllegalArgumentException("order " + id + ": total must equal Σ line gross + shipping gross = "
                    + Amounts.format(snapshot.total()) + ": " + Amounts.format(total));
        }
        return snapshot;
    }

    /**
     * Returns the grand total charged: {@code Σ line gross + shipping gross}.
     *
     * @return the total
     */
    public MonetaryAmount total() {
        return Monies.add(sum(OrderLine::gross), shipping.gross());
    }

    /**
     * Returns the tax charged: {@code Σ line tax + shipping tax}.
     *
     * @return the total tax
     */
    public MonetaryAmount totalTax() {
        return Monies.add(sum(OrderLine::tax), shipping.tax());
    }

    /**
     * Returns the net total: {@code Σ line net + shipping net}.
     *
     * @return the total without tax
     */
    public MonetaryAmount totalNet() {
        return Monies.add(sum(OrderLine::net), shipping.net());
    }

    /**
     * Returns the discounts: {@code Σ line discount}.
     *
     * @return the total discount
     */
    public MonetaryAmount totalDiscount() {
        return sum(OrderLine::discount);
    }

    /**
     * Returns the line with a SKU.
     *
     * @param sku the SKU
     * @return the line, if the order has one
     */
    public Optional<OrderLine> line(String sku) {
        Objects.requireNonNull(sku, "sku");
        return lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
    }

    /**
     * Tells whether anything in the order ships.
     *
     * @return true if at least one line is shippable
     */
    public boolean hasShippableLines() {
        return lines.stream().anyMatch(OrderLine::shippable);
    }

    private MonetaryAmount sum(Function<OrderLine, MonetaryAmount> part) {
        return Monies.sum(currency, lines.stream().map(part).toList());
    }
}
