package io.github.emporion.commerce.pricing;

import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One promotion as it took effect on a cart: its total and, for line and order discounts, the
 * exact share of every cart line. This class is immutable and thread-safe.
 *
 * <p>Example: 10 % off an order of 30.00 + 10.00 is 4.00, allocated 3.00 and 1.00.
 *
 * @param promotionId the promotion
 * @param name the promotion's label
 * @param target what it reduced
 * @param amount the total discount, positive, whole minor units, in the price mode
 * @param lineAllocations one share per cart line, in line order, summing exactly to {@code
 *     amount}; empty for {@link DiscountTarget#SHIPPING}
 */
public record AppliedDiscount(
        String promotionId,
        String name,
        DiscountTarget target,
        MonetaryAmount amount,
        List<MonetaryAmount> lineAllocations) {

    /**
     * Validates that the shares add up.
     *
     * @throws IllegalArgumentException if the amount is not positive, a share is negative, or the
     *     shares do not sum to the amount (or are present for a shipping discount)
     * @throws CurrencyMismatchException if a share is in another currency
     */
    public AppliedDiscount {
        Objects.requireNonNull(promotionId, "promotionId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Monies.requireNonNegativeMinorUnits(
                "discount " + promotionId + " amount", Objects.requireNonNull(amount, "amount"));
        lineAllocations = List.copyOf(Objects.requireNonNull(lineAllocations, "lineAllocations"));
        if (Monies.decimal(amount).signum() == 0) {
            throw new IllegalArgumentException("discount " + promotionId + " amount must be > 0: 0");
        }
        if (target == DiscountTarget.SHIPPING) {
            if (!lineAllocations.isEmpty()) {
                throw new IllegalArgumentException(
                        "discount " + promotionId + " lineAllocations must be empty for a shipping discount");
            }
        } else {
            for (MonetaryAmount share : lineAllocations) {
                Monies.requireNonNegativeMinorUnits("discount " + promotionId + " line share", share);
            }
            MonetaryAmount sum = Monies.sum(amount.getCurrency(), lineAllocations);
            if (!Monies.isEqual(sum, amount)) {
                throw new IllegalArgumentException("discount " + promotionId + " lineAllocations must sum to amount "
                        + Monies.decimal(amount).toPlainString() + ": "
                        + Monies.decimal(sum).toPlainString());
            }
        }
    }
}
