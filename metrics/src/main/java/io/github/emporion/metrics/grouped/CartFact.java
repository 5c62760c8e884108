package io.github.emporion.metrics.grouped;

import java.util.Objects;

/**
 * One shopping cart of a cohort (carts created in a period), carrying the key it is grouped by and
 * whether it became an order, at any time (Baymard's per-cart cohort: a cart created in the period
 * and bought later still counts as purchased, so the abandonment rate never goes negative).
 *
 * @param key the grouping key, e.g. a channel or the day the cart was created
 * @param purchased the cart became an order
 * @param <K> the key type
 */
public record CartFact<K>(K key, boolean purchased) {

    /** Checks that the key is present. */
    public CartFact {
        Objects.requireNonNull(key, "key");
    }
}
