package io.github.emporion.commerce.pricing;

import io.github.emporion.money.Monies;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The part of one applied promotion that fell on one line; for an order-level promotion this is
 * the line's exact share. This class is immutable and thread-safe.
 *
 * @param promotionId the promotion
 * @param amount the discount on this line, not negative, whole minor units, in the price mode
 */
public record LineDiscount(String promotionId, MonetaryAmount amount) {

    /**
     * Validates the discount.
     *
     * @throws IllegalArgumentException if the amount is negative or has fractions of a minor unit
     */
    public LineDiscount {
        Objects.requireNonNull(promotionId, "promotionId");
        Monies.requireNonNegativeMinorUnits("line discount amount", Objects.requireNonNull(amount, "amount"));
    }
}
