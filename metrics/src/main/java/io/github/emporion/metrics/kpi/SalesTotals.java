package io.github.emporion.metrics.kpi;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The components of a period's sales in one currency, with Shopify's sales-report terms:
 *
 * <ul>
 *   <li>gross sales = price × quantity before discounts, returns, tax and shipping;
 *   <li>net sales = gross − discounts − returns (the library's "revenue" default);
 *   <li>total sales = net sales + tax + shipping.
 * </ul>
 *
 * <p>Example: gross 12 500.00, discounts 500.00, returns 300.00, tax 960.00, shipping 720.00 → net
 * 11 700.00, total 13 380.00.
 *
 * @param grossSales gross sales, ≥ 0
 * @param discounts discounts, ≥ 0
 * @param returns value of returned/refunded merchandise, ≥ 0
 * @param tax taxes (and duties) charged, ≥ 0
 * @param shipping shipping charged, ≥ 0
 */
public record SalesTotals(
        MonetaryAmount grossSales,
        MonetaryAmount discounts,
        MonetaryAmount returns,
        MonetaryAmount tax,
        MonetaryAmount shipping) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a component is negative
     * @throws io.github.emporion.money.CurrencyMismatchException if the currencies differ
     */
    public SalesTotals {
        KpiMath.requireNonNegative("grossSales", grossSales);
        KpiMath.requireNonNegative("discounts", discounts);
        KpiMath.requireNonNegative("returns", returns);
        KpiMath.requireNonNegative("tax", tax);
        KpiMath.requireNonNegative("shipping", shipping);
        KpiMath.requireOneCurrency(grossSales, discounts, returns, tax, shipping);
    }

    /**
     * Returns totals with only gross sales and discounts; returns, tax and shipping zero.
     *
     * @param grossSales gross sales
     * @param discounts discounts
     * @return the totals
     */
    public static SalesTotals of(MonetaryAmount grossSales, MonetaryAmount discounts) {
        Objects.requireNonNull(grossSales, "grossSales");
        MonetaryAmount zero = KpiMath.money(BigDecimal.ZERO, grossSales.getCurrency());
        return new SalesTotals(grossSales, discounts, zero, zero, zero);
    }

    /**
     * Returns the currency of every component.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return grossSales.getCurrency();
    }

    /**
     * Returns gross − discounts (the default AOV numerator).
     *
     * @return the amount, may be negative only if discounts exceed gross sales
     */
    public MonetaryAmount grossAfterDiscounts() {
        return KpiMath.money(KpiMath.decimal(grossSales).subtract(KpiMath.decimal(discounts)), currency());
    }

    /**
     * Returns net sales = gross − discounts − returns.
     *
     * @return net sales
     */
    public MonetaryAmount netSales() {
        return KpiMath.money(
                KpiMath.decimal(grossSales).subtract(KpiMath.decimal(discounts)).subtract(KpiMath.decimal(returns)),
                currency());
    }

    /**
     * Returns total sales = net sales + tax + shipping.
     *
     * @return total sales
     */
    public MonetaryAmount totalSales() {
        return KpiMath.money(
                KpiMath.decimal(netSales()).add(KpiMath.decimal(tax)).add(KpiMath.decimal(shipping)), currency());
    }
}
