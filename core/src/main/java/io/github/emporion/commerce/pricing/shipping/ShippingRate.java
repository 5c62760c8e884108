package io.github.emporion.commerce.pricing.shipping;

import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * How a shipping method computes its price from the goods value and the parcel weight. The
 * goods value is the cart's goods total after discounts, in the calculator's price mode (gross
 * for tax-inclusive shops, net otherwise).
 */
public sealed interface ShippingRate {

    /**
     * Returns the currency of this rate.
     *
     * @return the currency
     */
    CurrencyUnit currency();

    /**
     * Computes the shipping price.
     *
     * @param goodsValue the goods total after discounts, same currency
     * @param weightGrams the parcel weight in grams, at least 0
     * @return the shipping price, before shipping discounts
     * @throws CurrencyMismatchException if {@code goodsValue} is in another currency
     * @throws IllegalArgumentException if the weight is negative or above every tier
     */
    MonetaryAmount price(MonetaryAmount goodsValue, long weightGrams);

    /**
     * A flat price. Example: EUR 4.90 whatever the cart holds.
     *
     * @param price the price, not negative, whole minor units
     */
    record Flat(MonetaryAmount price) implements ShippingRate {
        /**
         * Validates the price.
         *
         * @throws IllegalArgumentException if the price is negative or has fractions of a minor unit
         */
        public Flat {
            Monies.requireNonNegativeMinorUnits("flat shipping price", Objects.requireNonNull(price, "price"));
        }

        @Override
        public CurrencyUnit currency() {
            return price.getCurrency();
        }

        @Override
        public MonetaryAmount price(MonetaryAmount goodsValue, long weightGrams) {
            CurrencyMismatchException.requireCurrency(currency(), goodsValue);
            return price;
        }
    }

    /**
     * A flat price that drops to zero when the goods value reaches a threshold. Example: EUR 4.90,
     * free from EUR 50.00 (a cart of exactly 50.00 ships free).
     *
     * @param price the price below the threshold, not negative, whole minor units
     * @param threshold the goods value from which shipping is free, not negative, same currency
     */
    record FreeAbove(MonetaryAmount price, MonetaryAmount threshold) implements ShippingRate {
        /**
         * Validates the amounts.
         *
         * @throws IllegalArgumentException if an amount is negative or has fractions of a minor unit
         * @throws CurrencyMismatchException if the currencies differ
         */
        public FreeAbove {
            Monies.requireNonNegativeMinorUnits("shipping price", Objects.requireNonNull(price, "price"));
            Monies.requireNonNegativeMinorUnits(
                    "free shipping threshold", Objects.requireNonNull(threshold, "threshold"));
            CurrencyMismatchException.requireSameCurrency(price, threshold);
        }

        @Override
        public CurrencyUnit currency() {
            return price.getCurrency();
        }

        @Override
        public MonetaryAmount price(MonetaryAmount goodsValue, long weightGrams) {
            return Monies.compare(goodsValue, threshold) >= 0 ? Monies.zero(currency()) : price;
        }
    }

    /**
     * A price by parcel weight: the first tier whose {@code maxGrams} is at least the weight.
     * Example: up to 1,000 g EUR 4.90, up to 5,000 g EUR 6.90, up to 31,500 g EUR 12.90; a 1,000 g
     * parcel costs 4.90, a 1,001 g parcel 6.90.
     *
     * @param tiers the tiers, at least one, strictly increasing {@code maxGrams}, one currency
     */
    record WeightTiers(List<WeightTier> tiers) implements ShippingRate {
        /**
         * Validates and copies the tiers.
         *
         * @throws IllegalArgumentException if there are no tiers or they are not increasing
         * @throws CurrencyMismatchException if the tiers' currencies differ
         */
        public WeightTiers {
            tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
            if (tiers.isEmpty()) {
                throw new IllegalArgumentException("weight tiers must not be empty");
            }
            for (int i = 1; i < tiers.size(); i++) {
                CurrencyMismatchException.requireSameCurrency(
                        tiers.get(0).price(), tiers.get(i).price());
                if (tiers.get(i).maxGrams() <= tiers.get(i - 1).maxGrams()) {
                    throw new IllegalArgumentException("weight tiers must have strictly increasing maxGrams: "
                            + tiers.get(i).maxGrams() + " after "
                            + tiers.get(i - 1).maxGrams());
                }
            }
        }

        @Override
        public CurrencyUnit currency() {
            return tiers.get(0).price().getCurrency();
        }

        @Override
        public MonetaryAmount price(MonetaryAmount goodsValue, long weightGrams) {
            CurrencyMismatchException.requireCurrency(currency(), goodsValue);
            if (weightGrams < 0) {
                throw new IllegalArgumentException("parcel weightGrams must be >= 0: " + weightGrams);
            }
            for (WeightTier tier : tiers) {
                if (weightGrams <= tier.maxGrams()) {
                    return tier.price();
                }
            }
            throw new IllegalArgumentException("parcel weightGrams must be <= the largest tier "
                    + tiers.get(tiers.size() - 1).maxGrams() + ": " + weightGrams);
        }
    }
}
