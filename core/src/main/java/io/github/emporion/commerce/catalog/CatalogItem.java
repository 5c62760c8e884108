package io.github.emporion.commerce.catalog;

import java.util.Objects;

/**
 * What a SKU stands for: a product together with one of its variants. This is what a cart line
 * holds. This class is immutable and thread-safe.
 *
 * @param product the product
 * @param variant one of the product's variants
 */
public record CatalogItem(Product product, Variant variant) {

    /**
     * Validates that the variant belongs to the product.
     *
     * @throws IllegalArgumentException if the product has no variant equal to {@code variant}
     */
    public CatalogItem {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(variant, "variant");
        if (!product.variants().contains(variant)) {
            throw new IllegalArgumentException(
                    "variant " + variant.sku() + " must belong to product " + product.id() + ": it does not");
        }
    }

    /**
     * Returns the item for a SKU of a product.
     *
     * @param product the product
     * @param sku one of its SKUs
     * @return the item
     * @throws IllegalArgumentException if the product has no such SKU
     */
    public static CatalogItem of(Product product, Sku sku) {
        Variant variant = product.variant(sku)
                .orElseThrow(() -> new IllegalArgumentException(
                        "sku " + sku + " is unknown: product " + product.id() + " has no such variant"));
        return new CatalogItem(product, variant);
    }

    /**
     * Returns the SKU.
     *
     * @return the variant's SKU
     */
    public Sku sku() {
        return variant.sku();
    }
}
