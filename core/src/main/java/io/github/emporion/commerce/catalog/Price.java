package io.github.emporion.commerce.catalog;

import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A unit price in one currency with optional volume tiers. Whether the amount includes tax
 * (gross, EU style) or not (net, US style) is decided by the price calculator's
 * {@code PriceMode}, as one shop quotes all its prices the same way. This class is immutable and
 * thread-safe.
 *
 * <p>Example: base EUR 1.00 with tiers (10, 0.90) and (100, 0.80): 9 units cost 1.00 each, 10 to
 * 99 units 0.90 each, 100 and more 0.80 each.
 *
 * @param unitPrice the base unit price (quantity 1 up to the first tier); not negative, whole
 *     minor units
 * @param tiers volume tiers in strictly increasing {@code minimumQuantity}, same currency; may be
 *     empty
 */
public record Price(MonetaryAmount unitPrice, List<PriceTier> tiers) {

    /**
     * Validates the price and copies the tiers.
     *
     * @throws IllegalArgumentException if the price is negative or has fractions of a minor unit,
     *     or the tiers are not in strictly increasing minimum quantity
     * @throws CurrencyMismatchException if a tier is in another currency
     */
    public Price {
        Monies.requireNonNegativeMinorUnits("unitPrice", Objects.requireNonNull(unitPrice, "unitPrice"));
        tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
        int previous = 1;
        for (PriceTier tier : tiers) {
            CurrencyMismatchException.requireCurrency(unitPrice.getCurrency(), tier.unitPrice());
            if (tier.minimumQuantity() <= previous) {
                throw new IllegalArgumentException("price tiers must have strictly increasing minimumQuantity: "
                        + tier.minimumQuantity() + " after " + previous);
            }
            previous = tier.minimumQuantity();
        }
    }

    /**
     * Creates a price without tiers.
     *
     * @param unitPrice the unit price
     * @return the price
     * @throws IllegalArgumentException if the price is negative or has fractions of a minor unit
     */
    public static Price of(MonetaryAmount unitPrice) {
        return new Price(unitPrice, List.of());
    }

    /**
     * Creates a price with volume tiers.
     *
     * @param unitPrice the base unit price
     * @param tiers the tiers, in increasing minimum quantity
     * @return the price
     * @throws IllegalArgumentException if the price or tiers are invalid
     */
    public static Price of(MonetaryAmount unitPrice, PriceTier... tiers) {
        return new Price(unitPrice, List.of(tiers));
    }

    /**
     * Returns the currency of this price.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return unitPrice.getCurrency();
    }

    /**
     * Returns the unit price that applies when {@code quantity} units are bought in one line: the
     * tier with the largest minimum quantity not above {@code quantity}, else the base price.
     *
     * @param quantity the quantity in the line, at least 1
     * @return the unit price for that quantity
     * @throws IllegalArgumentException if {@code quantity < 1}
     */
    public MonetaryAmount unitPriceFor(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be >= 1: " + quantity);
        }
        MonetaryAmount result = unitPrice;
        for (PriceTier tier : tiers) {
            if (tier.minimumQuantity() <= quantity) {
                result = tier.unitPrice();
            }
        }
        return result;
    }
}
