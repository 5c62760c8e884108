package io.github.emporion.commerce.pricing.promotion;

import io.github.emporion.commerce.catalog.CatalogItem;
import io.github.emporion.commerce.catalog.Sku;
import java.util.Objects;
import java.util.Set;

/**
 * Which cart lines a line promotion targets: lines whose SKU is in {@code skus} or whose product
 * category is in {@code categories}; both sets empty means every line. This class is immutable
 * and thread-safe.
 *
 * @param skus the SKUs to match
 * @param categories the product categories to match
 */
public record LineSelector(Set<Sku> skus, Set<String> categories) {

    /** Every line. */
    public static final LineSelector ALL = new LineSelector(Set.of(), Set.of());

    /** Copies the sets. */
    public LineSelector {
        skus = Set.copyOf(Objects.requireNonNull(skus, "skus"));
        categories = Set.copyOf(Objects.requireNonNull(categories, "categories"));
    }

    /**
     * Selects lines by SKU.
     *
     * @param skus the SKUs
     * @return the selector
     */
    public static LineSelector skus(Sku... skus) {
        return new LineSelector(Set.of(skus), Set.of());
    }

    /**
     * Selects lines by product category.
     *
     * @param categories the categories
     * @return the selector
     */
    public static LineSelector categories(String... categories) {
        return new LineSelector(Set.of(), Set.of(categories));
    }

    /**
     * Tells whether an item is selected.
     *
     * @param item the cart line's item
     * @return true if every line is selected, or the SKU or category matches
     */
    public boolean matches(CatalogItem item) {
        return (skus.isEmpty() && categories.isEmpty())
                || skus.contains(item.sku())
                || categories.contains(item.product().category());
    }
}
