package io.github.emporion.commerce.pricing.shipping;

import io.github.emporion.money.Monies;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One step of a weight-based shipping rate: parcels up to {@code maxGrams} cost {@code price}.
 * This class is immutable and thread-safe.
 *
 * @param maxGrams the heaviest parcel (inclusive) in grams, at least 1; {@link Long#MAX_VALUE}
 *     for no upper bound
 * @param price the shipping price for that weight, not negative, whole minor units
 */
public record WeightTier(long maxGrams, MonetaryAmount price) {

    /**
     * Validates the tier.
     *
     * @throws IllegalArgumentException if {@code maxGrams < 1} or the price is invalid
     */
    public WeightTier {
        if (maxGrams < 1) {
            throw new IllegalArgumentException("weight tier maxGrams must be >= 1: " + maxGrams);
        }
        Monies.requireNonNegativeMinorUnits("weight tier price", Objects.requireNonNull(price, "price"));
    }

    /**
     * Creates a tier.
     *
     * @param maxGrams the heaviest parcel in grams
     * @param price the price
     * @return the tier
     * @throws IllegalArgumentException if a field is invalid
     */
    public static WeightTier of(long maxGrams, MonetaryAmount price) {
        return new WeightTier(maxGrams, price);
    }
}
