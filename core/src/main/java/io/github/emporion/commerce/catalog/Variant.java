package io.github.emporion.commerce.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * One sellable variant of a product (a size, a colour, a licence tier), identified by its SKU,
 * with at most one price per currency. This class is immutable and thread-safe.
 *
 * @param sku the SKU
 * @param name the variant's display name (e.g. {@code "red, M"}); may be empty
 * @param prices the prices, at most one per currency; may be empty (then the variant cannot be
 *     put in a cart)
 * @param weightGrams the shipping weight of one unit in grams, at least 0 (0 for non-physical
 *     goods)
 */
public record Variant(Sku sku, String name, List<Price> prices, long weightGrams) {

    /**
     * Validates the variant and copies the prices.
     *
     * @throws IllegalArgumentException if two prices share a currency or the weight is negative
     */
    public Variant {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        prices = List.copyOf(Objects.requireNonNull(prices, "prices"));
        Set<CurrencyUnit> seen = new HashSet<>();
        for (Price price : prices) {
            if (!seen.add(price.currency())) {
                throw new IllegalArgumentException(
                        "variant " + sku + " prices must have at most one price per currency: "
                                + price.currency().getCurrencyCode() + " appears twice");
            }
        }
        if (weightGrams < 0) {
            throw new IllegalArgumentException("variant " + sku + " weightGrams must be >= 0: " + weightGrams);
        }
    }

    /**
     * Creates a variant with a name-less SKU, one price and a weight.
     *
     * @param sku the SKU
     * @param price the price
     * @param weightGrams the unit weight in grams
     * @return the variant
     * @throws IllegalArgumentException if the weight is negative
     */
    public static Variant of(Sku sku, Price price, long weightGrams) {
        return new Variant(sku, "", List.of(price), weightGrams);
    }

    /**
     * Returns the price in a currency.
     *
     * @param currency the currency
     * @return the price in that currency, or empty if the variant has none
     */
    public Optional<Price> priceIn(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        return prices.stream().filter(p -> p.currency().equals(currency)).findFirst();
    }
}
