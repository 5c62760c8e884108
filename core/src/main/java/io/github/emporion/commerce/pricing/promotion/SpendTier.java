package io.github.emporion.commerce.pricing.promotion;

import io.github.emporion.money.Monies;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One step of a "spend more, save more" promotion: from {@code threshold} on, {@code benefit}
 * applies to the order. This class is immutable and thread-safe.
 *
 * @param threshold the order value from which the tier applies (inclusive), not negative
 * @param benefit an {@link Benefit.OrderPercentOff} or {@link Benefit.OrderAmountOff}
 */
public record SpendTier(MonetaryAmount threshold, Benefit benefit) {

    /**
     * Validates the tier.
     *
     * @throws IllegalArgumentException if the threshold is invalid or the benefit is not an order
     *     discount
     */
    public SpendTier {
        Monies.requireNonNegativeMinorUnits("spend tier threshold", Objects.requireNonNull(threshold, "threshold"));
        Objects.requireNonNull(benefit, "benefit");
        if (!(benefit instanceof Benefit.OrderPercentOff || benefit instanceof Benefit.OrderAmountOff)) {
            throw new IllegalArgumentException(
                    "spend tier benefit must be OrderPercentOff or OrderAmountOff: " + benefit);
        }
    }

    /**
     * Creates a tier.
     *
     * @param threshold the order value from which it applies
     * @param benefit the order discount
     * @return the tier
     * @throws IllegalArgumentException if a field is invalid
     */
    public static SpendTier of(MonetaryAmount threshold, Benefit benefit) {
        return new SpendTier(threshold, benefit);
    }
}
