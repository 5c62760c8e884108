package io.github.emporion.commerce.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable set of products, indexed by SKU. This class is immutable and thread-safe.
 *
 * <p>A database-backed shop usually looks products up itself and builds {@link CatalogItem}s;
 * this class serves tests, examples and small shops.
 */
public final class Catalog {
    private final List<Product> products;
    private final Map<Sku, CatalogItem> bySku;

    private Catalog(List<Product> products, Map<Sku, CatalogItem> bySku) {
        this.products = products;
        this.bySku = bySku;
    }

    /**
     * Creates a catalog.
     *
     * @param products the products; SKUs must be unique across all products
     * @return the catalog
     * @throws IllegalArgumentException if two products share a SKU or a product id
     */
    public static Catalog of(Collection<Product> products) {
        Map<Sku, CatalogItem> index = new LinkedHashMap<>();
        Map<String, Product> ids = new LinkedHashMap<>();
        for (Product product : Objects.requireNonNull(products, "products")) {
            if (ids.putIfAbsent(product.id(), product) != null) {
                throw new IllegalArgumentException(
                        "catalog product ids must be unique: " + product.id() + " appears twice");
            }
            for (Variant variant : product.variants()) {
                if (index.putIfAbsent(variant.sku(), new CatalogItem(product, variant)) != null) {
                    throw new IllegalArgumentException(
                            "catalog SKUs must be unique: " + variant.sku() + " appears in more than one product");
                }
            }
        }
        return new Catalog(List.copyOf(ids.values()), Map.copyOf(index));
    }

    /**
     * Creates a catalog.
     *
     * @param products the products
     * @return the catalog
     * @throws IllegalArgumentException if two products share a SKU or a product id
     */
    public static Catalog of(Product... products) {
        return of(List.of(products));
    }

    /**
     * Returns the products, in the order given.
     *
     * @return the products
     */
    public List<Product> products() {
        return products;
    }

    /**
     * Finds the item for a SKU.
     *
     * @param sku the SKU
     * @return the item, or empty if no product has that SKU
     */
    public Optional<CatalogItem> find(Sku sku) {
        return Optional.ofNullable(bySku.get(Objects.requireNonNull(sku, "sku")));
    }

    /**
     * Returns the item for a SKU.
     *
     * @param sku the SKU
     * @return the item
     * @throws IllegalArgumentException if no product has that SKU
     */
    public CatalogItem item(Sku sku) {
        return find(sku)
                .orElseThrow(() -> new IllegalArgumentException("sku " + sku + " is unknown: not in the catalog"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Catalog other && products.equals(other.products) && bySku.equals(other.bySku);
    }

    @Override
    public int hashCode() {
        return 31 * products.hashCode() + bySku.hashCode();
    }

    @Override
    public String toString() {
        return "Catalog[" + products.size() + " products, " + bySku.size() + " SKUs]";
    }
}
