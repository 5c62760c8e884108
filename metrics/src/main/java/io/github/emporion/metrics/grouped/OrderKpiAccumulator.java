package io.github.emporion.metrics.grouped;

import io.github.emporion.metrics.kpi.SalesTotals;
import io.github.emporion.money.CurrencyMismatchException;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * Sums {@link OrderFact} rows per key: orders, units, returns, refunds and every sales component in
 * exact minor units, giving sales volume, gross / net / total sales, AOV (all variants), gross
 * profit and margin, refund and return rates per key and in total. Memory grows with the number of
 * keys, not rows. Rows in another currency are rejected ({@link CurrencyMismatchException}).
 *
 * <p>{@code state()} counters per key: orders, units, units returned, refunded orders, then in minor
 * units gross, discounts, returns, tax, shipping and cost of goods.
 *
 * @param <K> the grouping key type
 */
public final class OrderKpiAccumulator<K>
        extends MoneyGroupedAccumulator<
                K, OrderFact<K>, OrderKpiAccumulator.Totals, OrderSummary, OrderKpiAccumulator<K>> {

    /**
     * Creates an empty accumulator working in {@code currency}.
     *
     * @param currency the currency of every row
     */
    public OrderKpiAccumulator(CurrencyUnit currency) {
        super(currency);
    }

    /**
     * Creates an empty accumulator working in the currency with this ISO code.
     *
     * @param currencyCode e.g. {@code "KWD"}
     * @param <K> the key type
     * @return the accumulator
     */
    public static <K> OrderKpiAccumulator<K> of(String currencyCode) {
        return new OrderKpiAccumulator<>(Monetary.getCurrency(currencyCode));
    }

    @Override
    Totals newGroup() {
        return new Totals();
    }

    @Override
    K keyOf(OrderFact<K> row) {
        return row.key();
    }

    @Override
    CurrencyUnit currencyOf(OrderFact<K> row) {
        return row.currency();
    }

    @Override
    OrderSummary summarise(Totals t) {
        SalesTotals sales = new SalesTotals(
                MinorUnits.toAmount(t.gross, currency()),
                MinorUnits.toAmount(t.discounts, currency()),
                MinorUnits.toAmount(t.returns, currency()),
                MinorUnits.toAmount(t.tax, currency()),
                MinorUnits.toAmount(t.shipping, currency()));
        return new OrderSummary(
                t.orders, t.units, t.unitsReturned, t.refunded, sales, MinorUnits.toAmount(t.costOfGoods, currency()));
    }

    @Override
    OrderKpiAccumulator<K> self() {
        return this;
    }

    /** Per-key counters: plain longs, money in minor units. */
    static final class Totals implements GroupState<OrderFact<?>, Totals> {
        private long orders;
        private long units;
        private long unitsReturned;
        private long refunded;
        private long gross;
        private long discounts;
        private long returns;
        private long tax;
        private long shipping;
        private long costOfGoods;

        @Override
        public void add(OrderFact<?> row) {
            orders = Math.addExact(orders, 1);
            units = Math.addExact(units, row.units());
            unitsReturned = Math.addExact(unitsReturned, row.unitsReturned());
            refunded = Math.addExact(refunded, row.refunded() ? 1 : 0);
            gross = Math.addExact(gross, row.grossMinor());
            discounts = Math.addExact(discounts, row.discountsMinor());
            returns = Math.addExact(returns, row.returnsMinor());
            tax = Math.addExact(tax, row.taxMinor());
            shipping = Math.addExact(shipping, row.shippingMinor());
            costOfGoods = Math.addExact(costOfGoods, row.costOfGoodsMinor());
        }

        @Override
        public void merge(Totals other) {
            orders = Math.addExact(orders, other.orders);
            units = Math.addExact(units, other.units);
            unitsReturned = Math.addExact(unitsReturned, other.unitsReturned);
            refunded = Math.addExact(refunded, other.refunded);
            gross = Math.addExact(gross, other.gross);
            discounts = Math.addExact(discounts, other.discounts);
            returns = Math.addExact(returns, other.returns);
            tax = Math.addExact(tax, other.tax);
            shipping = Math.addExact(shipping, other.shipping);
            costOfGoods = Math.addExact(costOfGoods, other.costOfGoods);
        }

        @Override
        public long[] toLongs() {
            return new long[] {
                orders, units, unitsReturned, refunded, gross, discounts, returns, tax, shipping, costOfGoods
            };
        }

        @Override
        public void addLongs(long[] c) {
            orders = Math.addExact(orders, c[0]);
            units = Math.addExact(units, c[1]);
            unitsReturned = Math.addExact(unitsReturned, c[2]);
            refunded = Math.addExact(refunded, c[3]);
            gross = Math.addExact(gross, c[4]);
            discounts = Math.addExact(discounts, c[5]);
            returns = Math.addExact(returns, c[6]);
            tax = Math.addExact(tax, c[7]);
            shipping = Math.addExact(shipping, c[8]);
            costOfGoods = Math.addExact(costOfGoods, c[9]);
        }
    }
}
