package io.github.emporion.metrics.grouped;

import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One completed order (cancelled and test orders excluded by the caller), carrying the key it is
 * grouped by. Money is held as whole minor units of {@code currency}; the components follow
 * Shopify's sales-report terms (see {@link io.github.emporion.metrics.kpi.SalesTotals}).
 *
 * @param key the grouping key, e.g. the order's channel or month bucket
 * @param currency the order currency
 * @param units units sold, ≥ 0
 * @param unitsReturned units returned, ≥ 0 and ≤ units
 * @param grossMinor gross merchandise value (price × quantity), ≥ 0
 * @param discountsMinor discounts, ≥ 0
 * @param returnsMinor value of returns/refunds of merchandise, ≥ 0
 * @param taxMinor tax and duties, ≥ 0
 * @param shippingMinor shipping charged, ≥ 0
 * @param costOfGoodsMinor cost of the goods sold, ≥ 0
 * @param refunded the order has at least one refund
 * @param <K> the key type
 */
public record OrderFact<K>(
        K key,
        CurrencyUnit currency,
        long units,
        long unitsReturned,
        long grossMinor,
        long discountsMinor,
        long returnsMinor,
        long taxMinor,
        long shippingMinor,
        long costOfGoodsMinor,
        boolean refunded) {

    /**
     * Validates the row.
     *
     * @throws IllegalArgumentException if a count or amount is negative or more units were
     *     returned than sold
     */
    public OrderFact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(currency, "currency");
        Facts.requireNonNegative("units", units);
        Facts.requireNonNegative("unitsReturned", unitsReturned);
        Facts.requireNonNegative("grossMinor", grossMinor);
        Facts.requireNonNegative("discountsMinor", discountsMinor);
        Facts.requireNonNegative("returnsMinor", returnsMinor);
        Facts.requireNonNegative("taxMinor", taxMinor);
        Facts.requireNonNegative("shippingMinor", shippingMinor);
        Facts.requireNonNegative("costOfGoodsMinor", costOfGoodsMinor);
        if (unitsReturned > units) {
            throw new IllegalArgumentException("unitsReturned " + unitsReturned + " must not exceed units " + units);
        }
        MinorUnits.digits(currency);
    }

    /**
     * Creates an order row from amounts.
     *
     * @param key the grouping key
     * @param units units sold
     * @param unitsReturned units returned
     * @param gross gross merchandise value
     * @param discounts discounts
     * @param returns value returned
     * @param tax tax
     * @param shipping shipping
     * @param costOfGoods cost of goods sold
     * @param refunded whether the order has a refund
     * @param <K> the key type
     * @return the row
     * @throws io.github.emporion.money.CurrencyMismatchException if the amounts' currencies differ
     */
    public static <K> OrderFact<K> of(
            K key,
            long units,
            long unitsReturned,
            MonetaryAmount gross,
            MonetaryAmount discounts,
            MonetaryAmount returns,
            MonetaryAmount tax,
            MonetaryAmount shipping,
            MonetaryAmount costOfGoods,
            boolean refunded) {
        Facts.requireSameCurrency(gross, discounts, returns, tax, shipping, costOfGoods);
        return new OrderFact<>(
                key,
                gross.getCurrency(),
                units,
                unitsReturned,
                MinorUnits.of("gross", gross),
                MinorUnits.of("discounts", discounts),
                MinorUnits.of("returns", returns),
                MinorUnits.of("tax", tax),
                MinorUnits.of("shipping", shipping),
                MinorUnits.of("costOfGoods", costOfGoods),
                refunded);
    }
}
