package io.github.emporion.metrics.report;

import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.OrderStatus;
import io.github.emporion.metrics.grouped.OrderKpiAccumulator;
import io.github.emporion.metrics.time.TimeWindow;
import io.github.emporion.money.CurrencyMismatchException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * Customer-level KPIs from a list of orders with explicit period boundaries: the entry point for
 * retention, churn, repeat purchase rate, returning-customer rate, purchase frequency and
 * historical CLV ({@link CustomerKpiResult}).
 *
 * <p><b>Memory.</b> Unlike {@link KpiReport}, these KPIs need to know, per customer, whether they
 * ordered before, in the base period and in the period, so the computation keeps a few counters
 * per customer: memory grows with the number of customers (not with orders). It is not an
 * accumulator; run it on one machine, or pre-aggregate per customer on a cluster.
 *
 * <p><b>Definitions</b> (orders dated by {@code placedAt}; cancelled orders are not purchases and
 * are ignored; pass the whole order history up to the end of the period, since "returning" and
 * "first-time" look before the periods):
 *
 * <ul>
 *   <li>S = customers with an order in the base period, E = customers with an order in the period,
 *       N = customers of E without an order in the base period ("new to the base": first-time and
 *       reactivated customers). So E − N = customers of the base period who ordered again, always ≤
 *       S, and retention (E − N) ÷ S is the share of the base period's customers retained; churn =
 *       1 − retention.
 *   <li>repeat purchase rate: customers with ≥ 2 orders in the period ÷ E;
 *   <li>returning-customer rate (Shopify): customers of E with an order before the period ÷ E;
 *       the others are first-time customers;
 *   <li>purchase frequency: orders in the period ÷ E;
 *   <li>historical CLV: gross profit of all orders before the end of the period (net sales − cost
 *       of goods, per {@link DomainFacts#orderFact}) ÷ customers with such an order; only when
 *       every one of those orders has a cost of goods.
 * </ul>
 *
 * <p>Worked example: base period January, period February; Ana ordered in January and twice in
 * February, Ben in January only, Cy first in February, Dee in December and February. S = 2 (Ana,
 * Ben), E = 3 (Ana, Cy, Dee), N = 2 (Cy, Dee) → retention (3 − 2) ÷ 2 = 0.5, churn 0.5; repeat
 * purchase 1 ÷ 3; returning (Ana, Dee) 2 ÷ 3; frequency 4 ÷ 3.
 */
public final class CustomerKpis {

    private CustomerKpis() {}

    /**
     * Computes the customer KPIs of orders that may carry a cost of goods.
     *
     * @param orders the order history (at least up to the end of {@code period})
     * @param basePeriod the earlier period whose customers are S
     * @param period the period of the report
     * @return the result
     * @throws IllegalArgumentException if the base period ends after the period starts
     * @throws CurrencyMismatchException if the orders are in more than one currency
     */
    public static CustomerKpiResult compute(
            Collection<AttributedOrder> orders, TimeWindow basePeriod, TimeWindow period) {
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(basePeriod, "basePeriod");
        Objects.requireNonNull(period, "period");
        if (basePeriod.end().isAfter(period.start())) {
            throw new IllegalArgumentException(
                    "basePeriod must end no later than period starts: basePeriod " + basePeriod + ", period " + period);
        }
        Map<CustomerId, Counters> customers = new HashMap<>();
        @Nullable CurrencyUnit currency = null;
        long ordersInPeriod = 0;
        @Nullable OrderKpiAccumulator<Boolean> toDate = null;
        boolean costKnown = true;
        for (AttributedOrder row : orders) {
            Order order = row.order();
            if (order.status() == OrderStatus.CANCELLED) {
                continue;
            }
            CurrencyUnit orderCurrency = order.snapshot().currency();
            if (currency == null) {
                currency = orderCurrency;
                toDate = new OrderKpiAccumulator<>(currency);
            } else if (!currency.equals(orderCurrency)) {
                throw new CurrencyMismatchException(currency, orderCurrency);
            }
            Instant at = order.snapshot().placedAt();
            if (!at.isBefore(period.end())) {
                continue;
            }
            Counters c = customers.computeIfAbsent(order.snapshot().customerId(), id -> new Counters());
            c.first = c.first == null || at.isBefore(c.first) ? at : c.first;
            if (basePeriod.contains(at)) {
                c.inBase++;
            }
            if (period.contains(at)) {
                c.inPeriod++;
                ordersInPeriod++;
            }
            Objects.requireNonNull(toDate).add(DomainFacts.orderFact(Boolean.TRUE, order, row.costOfGoods()));
            costKnown &= row.costOfGoods().isPresent();
        }
        long s = 0;
        long e = 0;
        long n = 0;
        long firstTime = 0;
        long repeat = 0;
        for (Counters c : customers.values()) {
            s += c.inBase > 0 ? 1 : 0;
            if (c.inPeriod > 0) {
                e++;
                n += c.inBase == 0 ? 1 : 0;
                firstTime += period.contains(Objects.requireNonNull(c.first)) ? 1 : 0;
                repeat += c.inPeriod >= 2 ? 1 : 0;
            }
        }
        Optional<MonetaryAmount> profit = costKnown && toDate != null
                ? Optional.of(toDate.result().total().grossProfit().value())
                : Optional.empty();
        return new CustomerKpiResult(
                basePeriod, period, s, e, n, firstTime, repeat, ordersInPeriod, customers.size(), profit);
    }

    /**
     * Computes the customer KPIs of plain orders (no cost of goods, so no historical CLV).
     *
     * @param orders the order history (at least up to the end of {@code period})
     * @param basePeriod the earlier period whose customers are S
     * @param period the period of the report
     * @return the result
     * @throws IllegalArgumentException if the base period ends after the period starts
     * @throws CurrencyMismatchException if the orders are in more than one currency
     */
    public static CustomerKpiResult computeFromOrders(
            Collection<Order> orders, TimeWindow basePeriod, TimeWindow period) {
        return compute(orders.stream().map(AttributedOrder::of).toList(), basePeriod, period);
    }

    /** Per-customer state. */
    private static final class Counters {
        private @Nullable Instant first;
        private long inBase;
        private long inPeriod;
    }
}
