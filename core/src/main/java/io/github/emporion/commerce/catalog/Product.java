package io.github.emporion.commerce.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A product in the catalog: an id, a name, a category, a type, a tax category, one or more
 * variants (SKUs) and per-order quantity limits. This class is immutable and thread-safe.
 *
 * <p>Example: product {@code tshirt} in category {@code apparel}, type {@link ProductType#PHYSICAL},
 * tax category {@code standard}, variants {@code TSHIRT-S} and {@code TSHIRT-M} at EUR 19.99
 * each, at most 10 per order.
 *
 * @param id the product id, not blank
 * @param name the display name, not blank
 * @param category the category id used by promotions and reports, not blank
 * @param type what kind of product it is; only {@link ProductType#PHYSICAL} ships
 * @param taxCategory the tax category used to look up the rate
 * @param variants the variants, at least one, distinct SKUs
 * @param limits the quantity limits per order and SKU
 */
public record Product(
        String id,
        String name,
        String category,
        ProductType type,
        TaxCategory taxCategory,
        List<Variant> variants,
        QuantityLimits limits) {

    /**
     * Validates the product and copies the variants.
     *
     * @throws IllegalArgumentException if a text field is blank, there are no variants or two
     *     variants share a SKU
     */
    public Product {
        requireText("product id", id);
        requireText("product " + id + " name", name);
        requireText("product " + id + " category", category);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(taxCategory, "taxCategory");
        Objects.requireNonNull(limits, "limits");
        variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("product " + id + " variants must not be empty");
        }
        Set<Sku> skus = new HashSet<>();
        for (Variant v : variants) {
            if (!skus.add(v.sku())) {
                throw new IllegalArgumentException(
                        "product " + id + " variants must have distinct SKUs: " + v.sku() + " appears twice");
            }
        }
    }

    /**
     * Creates a single-variant product without quantity limits.
     *
     * @param id the product id
     * @param name the display name
     * @param category the category
     * @param type the product type
     * @param taxCategory the tax category
     * @param variant the only variant
     * @return the product
     * @throws IllegalArgumentException if a field is invalid
     */
    public static Product of(
            String id, String name, String category, ProductType type, TaxCategory taxCategory, Variant variant) {
        return new Product(id, name, category, type, taxCategory, List.of(variant), QuantityLimits.NONE);
    }

    /**
     * Returns a copy with other quantity limits.
     *
     * @param newLimits the limits
     * @return the changed product
     */
    public Product withLimits(QuantityLimits newLimits) {
        return new Product(id, name, category, type, taxCategory, variants, newLimits);
    }

    /**
     * Finds a variant by SKU.
     *
     * @param sku the SKU
     * @return the variant, or empty if this product has no such SKU
     */
    public Optional<Variant> variant(Sku sku) {
        Objects.requireNonNull(sku, "sku");
        return variants.stream().filter(v -> v.sku().equals(sku)).findFirst();
    }

    private static void requireText(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank: '" + value + "'");
        }
    }
}
