package io.github.emporion.commerce.catalog;

import io.github.emporion.money.Monies;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A volume price: from {@code minimumQuantity} units on, each unit costs {@code unitPrice}
 * (commercetools' {@code PriceTier}). This class is immutable and thread-safe.
 *
 * <p>Example: a tier (10, EUR 0.90) on a base price of EUR 1.00 makes 12 units cost 12 × 0.90 =
 * EUR 10.80.
 *
 * @param minimumQuantity the quantity from which the tier applies, at least 2 (quantity 1 is the
 *     base price)
 * @param unitPrice the unit price, not negative, whole minor units
 */
public record PriceTier(int minimumQuantity, MonetaryAmount unitPrice) {

    /**
     * Validates the tier.
     *
     * @throws IllegalArgumentException if {@code minimumQuantity < 2} or the price is negative or
     *     has fractions of a minor unit
     */
    public PriceTier {
        if (minimumQuantity < 2) {
            throw new IllegalArgumentException(
                    "price tier minimumQuantity must be >= 2 (quantity 1 is the base price): " + minimumQuantity);
        }
        Monies.requireNonNegativeMinorUnits("price tier unitPrice", Objects.requireNonNull(unitPrice, "unitPrice"));
    }

    /**
     * Creates a tier.
     *
     * @param minimumQuantity the quantity from which the tier applies, at least 2
     * @param unitPrice the unit price from that quantity on
     * @return the tier
     * @throws IllegalArgumentException if the quantity or price is invalid
     */
    public static PriceTier of(int minimumQuantity, MonetaryAmount unitPrice) {
        return new PriceTier(minimumQuantity, unitPrice);
    }
}
