package io.github.emporion.commerce.cart;

import io.github.emporion.commerce.catalog.CatalogItem;
import io.github.emporion.commerce.catalog.Sku;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One line of a cart: a catalog item and how many units of it. This class is immutable and
 * thread-safe.
 *
 * @param item the product variant
 * @param quantity the number of units, at least 1 and within the product's quantity limits
 */
public record CartLine(CatalogItem item, int quantity) {

    /**
     * Validates the line.
     *
     * @throws IllegalArgumentException naming the SKU, the quantity and the limit if the quantity
     *     is below 1 or outside the product's limits
     */
    public CartLine {
        Objects.requireNonNull(item, "item");
        item.product().limits().check(item.sku(), quantity);
    }

    /**
     * Returns the SKU.
     *
     * @return the item's SKU
     */
    public Sku sku() {
        return item.sku();
    }

    /**
     * Returns the list unit price for this line's quantity (volume tiers applied), before
     * discounts, in the given currency.
     *
     * @param currency the cart's currency
     * @return the unit price
     * @throws IllegalArgumentException if the item has no price in {@code currency}
     */
    public MonetaryAmount unitPrice(CurrencyUnit currency) {
        return item.variant()
                .priceIn(currency)
                .orElseThrow(() -> new IllegalArgumentException(
                        "sku " + sku() + " must have a price in " + currency.getCurrencyCode() + ": it has none"))
                .unitPriceFor(quantity);
    }

    /**
     * Returns the shipping weight of the line.
     *
     * @return unit weight × quantity, in grams
     */
    public long weightGrams() {
        return Math.multiplyExact(item.variant().weightGrams(), (long) quantity);
    }
}
