package io.github.emporion.commerce.catalog;

/**
 * The smallest and largest quantity of one SKU a single order may contain (commercetools'
 * {@code minCartQuantity} / {@code maxCartQuantity}). This class is immutable and thread-safe.
 *
 * @param minimum the smallest allowed quantity, at least 1
 * @param maximum the largest allowed quantity, at least {@code minimum}; {@link Integer#MAX_VALUE}
 *     for no limit
 */
public record QuantityLimits(int minimum, int maximum) {

    /** No limits: any quantity from 1 up. */
    public static final QuantityLimits NONE = new QuantityLimits(1, Integer.MAX_VALUE);

    /**
     * Validates the limits.
     *
     * @throws IllegalArgumentException if {@code minimum < 1} or {@code maximum < minimum}
     */
    public QuantityLimits {
        if (minimum < 1) {
            throw new IllegalArgumentException("quantity limit minimum must be >= 1: " + minimum);
        }
        if (maximum < minimum) {
            throw new IllegalArgumentException("quantity limit maximum must be >= minimum " + minimum + ": " + maximum);
        }
    }

    /**
     * Creates limits.
     *
     * @param minimum the smallest allowed quantity, at least 1
     * @param maximum the largest allowed quantity, at least {@code minimum}
     * @return the limits
     * @throws IllegalArgumentException if the limits are out of order
     */
    public static QuantityLimits of(int minimum, int maximum) {
        return new QuantityLimits(minimum, maximum);
    }

    /**
     * Checks a quantity against these limits.
     *
     * @param sku the SKU, for the message
     * @param quantity the quantity to check
     * @return {@code quantity}, for chaining
     * @throws IllegalArgumentException naming the SKU, the quantity and the limit if {@code quantity}
     *     is below 1, below the minimum or above the maximum
     */
    public int check(Sku sku, int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity of " + sku + " must be >= 1: " + quantity);
        }
        if (quantity < minimum) {
            throw new IllegalArgumentException(
                    "quantity of " + sku + " must be >= the minimum per order " + minimum + ": " + quantity);
        }
        if (quantity > maximum) {
            throw new IllegalArgumentException(
                    "quantity of " + sku + " must be <= the maximum per order " + maximum + ": " + quantity);
        }
        return quantity;
    }
}
