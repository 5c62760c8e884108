package io.github.emporion.metrics.grouped;

import io.github.emporion.metrics.kpi.Kpis;
import io.github.emporion.metrics.kpi.RateResult;

/**
 * Cart totals of one group and the cart abandonment rate over them (computed by {@link Kpis}).
 *
 * @param carts carts created
 * @param purchasedCarts carts of those that became an order
 */
public record CartSummary(long carts, long purchasedCarts) {

    /**
     * Validates the counts, as the accumulator produces them.
     *
     * @throws IllegalArgumentException if a count is negative or more carts were purchased than
     *     created
     */
    public CartSummary {
        Facts.requireNonNegative("carts", carts);
        Facts.requireNonNegative("purchasedCarts", purchasedCarts);
        Facts.requireAtMost("purchasedCarts", purchasedCarts, "carts", carts);
    }

    /**
     * Returns 1 − purchased carts ÷ carts created ({@link Kpis#cartAbandonmentRate(long, long)}).
     *
     * <p>Example: 600 carts, 180 purchased → 0.70; no carts → undefined.
     *
     * @return the cart abandonment rate
     */
    public RateResult cartAbandonmentRate() {
        return Kpis.cartAbandonmentRate(carts, purchasedCarts);
    }
}
