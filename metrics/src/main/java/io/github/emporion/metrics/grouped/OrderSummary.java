package io.github.emporion.metrics.grouped;

import io.github.emporion.metrics.kpi.AmountResult;
import io.github.emporion.metrics.kpi.AovVariant;
import io.github.emporion.metrics.kpi.Kpis;
import io.github.emporion.metrics.kpi.MoneyResult;
import io.github.emporion.metrics.kpi.RateResult;
import io.github.emporion.metrics.kpi.SalesTotals;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Order totals of one group and the order KPIs over them (each computed by {@link Kpis}).
 *
 * @param orders orders (sales volume)
 * @param units units sold (sales volume)
 * @param unitsReturned units returned
 * @param refundedOrders orders with a refund
 * @param sales gross sales, discounts, returns, tax and shipping
 * @param costOfGoods cost of the goods sold
 */
public record OrderSummary(
        long orders,
        long units,
        long unitsReturned,
        long refundedOrders,
        SalesTotals sales,
        MonetaryAmount costOfGoods) {

    /**
     * Validates the totals, as the accumulator produces them.
     *
     * @throws IllegalArgumentException if a count or the cost of goods is negative, more units were
     *     returned than sold or more orders refunded than counted
     * @throws io.github.emporion.money.CurrencyMismatchException if the cost of goods is not in the
     *     currency of the sales
     */
    public OrderSummary {
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(costOfGoods, "costOfGoods");
        Facts.requireNonNegative("orders", orders);
        Facts.requireNonNegative("units", units);
        Facts.requireNonNegative("unitsReturned", unitsReturned);
        Facts.requireNonNegative("refundedOrders", refundedOrders);
        Facts.requireAtMost("unitsReturned", unitsReturned, "units", units);
        Facts.requireAtMost("refundedOrders", refundedOrders, "orders", orders);
        Facts.requireNonNegative("costOfGoods", costOfGoods);
        Facts.requireSameCurrency(sales.grossSales(), costOfGoods);
    }

    /**
     * Returns the default AOV, (gross − discounts) ÷ orders.
     *
     * @return the AOV
     */
    public MoneyResult aov() {
        return Kpis.aov(sales, orders, AovVariant.DEFAULT);
    }

    /**
     * Returns the AOV on a named basis.
     *
     * @param variant the revenue basis
     * @return the AOV
     */
    public MoneyResult aov(AovVariant variant) {
        return Kpis.aov(sales, orders, variant);
    }

    /**
     * Returns net sales, gross − discounts − returns (the library's revenue).
     *
     * @return net sales
     */
    public AmountResult netSales() {
        return Kpis.netSales(sales);
    }

    /**
     * Returns total sales, net sales + tax + shipping.
     *
     * @return total sales
     */
    public AmountResult totalSales() {
        return Kpis.totalSales(sales);
    }

    /**
     * Returns net sales − cost of goods.
     *
     * @return gross profit
     */
    public AmountResult grossProfit() {
        return Kpis.grossProfit(sales.netSales(), costOfGoods);
    }

    /**
     * Returns (net sales − cost of goods) ÷ net sales.
     *
     * @return the gross margin; undefined when net sales are 0
     * @throws IllegalArgumentException if net sales are negative (returns booked in the group
     *     exceed its sales), where a margin has no meaning
     */
    public RateResult grossMargin() {
        return Kpis.grossMargin(sales.netSales(), costOfGoods);
    }

    /**
     * Returns refunded orders ÷ orders.
     *
     * @return the refund rate
     */
    public RateResult refundRate() {
        return Kpis.refundRate(refundedOrders, orders);
    }

    /**
     * Returns units returned ÷ units sold.
     *
     * @return the return rate
     */
    public RateResult returnRate() {
        return Kpis.returnRate(unitsReturned, units);
    }
}
