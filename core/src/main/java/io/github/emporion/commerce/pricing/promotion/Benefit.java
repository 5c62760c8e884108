package io.github.emporion.commerce.pricing.promotion;

import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * What a promotion gives. Every benefit works on the amounts left by the promotions applied
 * before it and can never take a line, the order or shipping below zero: a discount larger than
 * what is left is cut to what is left (Broadleaf #1151 took a 12.99 cart to −3.51; here it stops
 * at 0.00). Amounts are in the calculator's price mode (gross or net).
 *
 * <p>Percentages are fractions in [0, 1], stored without trailing zeros (0.10 becomes 0.1); a percentage discount is rounded to minor units with the
 * {@code RoundingPolicy}'s discount rule (HALF_DOWN by default, like commercetools: 50 % of 1.01 is
 * 0.50). Order-level discounts are spread over the lines in proportion to what is left of each
 * line, exactly (largest remainder), so tax and refunds see them.
 */
public sealed interface Benefit {

    /**
     * A percentage off the order. Example: 10 % off an order of 80.00 after earlier discounts is
     * 8.00.
     *
     * @param rate the fraction off, in [0, 1]
     */
    record OrderPercentOff(BigDecimal rate) implements Benefit {
        /**
         * Validates the rate.
         *
         * @throws IllegalArgumentException if the rate is outside [0, 1]
         */
        public OrderPercentOff {
            rate = requireRate(rate);
        }
    }

    /**
     * A fixed amount off the order, cut to the order value. Example: 5.00 off an order of 3.00
     * takes 3.00.
     *
     * @param amount the amount off, not negative, whole minor units
     */
    record OrderAmountOff(MonetaryAmount amount) implements Benefit {
        /**
         * Validates the amount.
         *
         * @throws IllegalArgumentException if the amount is negative or has fractions of a minor unit
         */
        public OrderAmountOff {
            Monies.requireNonNegativeMinorUnits("discount amount", Objects.requireNonNull(amount, "amount"));
        }
    }

    /**
     * A percentage off each matching line. Example: 20 % off category {@code shoes}: a 2 × 50.00
     * line gets 20.00 off.
     *
     * @param rate the fraction off, in [0, 1]
     * @param lines the lines it applies to
     */
    record LinePercentOff(BigDecimal rate, LineSelector lines) implements Benefit {
        /**
         * Validates the rate.
         *
         * @throws IllegalArgumentException if the rate is outside [0, 1]
         */
        public LinePercentOff {
            rate = requireRate(rate);
            Objects.requireNonNull(lines, "lines");
        }
    }

    /**
     * A fixed amount off each matching unit, cut to what is left of the line. Example: 3.00 off
     * each unit: a 2 × 10.00 line gets 6.00 off, a 2 × 2.00 line 4.00 (not 6.00).
     *
     * @param amountPerUnit the amount off per unit, not negative, whole minor units
     * @param lines the lines it applies to
     */
    record LineAmountOff(MonetaryAmount amountPerUnit, LineSelector lines) implements Benefit {
        /**
         * Validates the amount.
         *
         * @throws IllegalArgumentException if the amount is negative or has fractions of a minor unit
         */
        public LineAmountOff {
            Monies.requireNonNegativeMinorUnits(
                    "discount amountPerUnit", Objects.requireNonNull(amountPerUnit, "amountPerUnit"));
            Objects.requireNonNull(lines, "lines");
        }
    }

    /**
     * Matching units cost a fixed unit price, but only where that is lower than what is left.
     * Example: fixed price 15.00 on a 2 × 19.99 line saves 9.98; on a 2 × 12.00 line nothing.
     *
     * @param unitPrice the unit price, not negative, whole minor units
     * @param lines the lines it applies to
     */
    record FixedPrice(MonetaryAmount unitPrice, LineSelector lines) implements Benefit {
        /**
         * Validates the price.
         *
         * @throws IllegalArgumentException if the price is negative or has fractions of a minor unit
         */
        public FixedPrice {
            Monies.requireNonNegativeMinorUnits("fixed unitPrice", Objects.requireNonNull(unitPrice, "unitPrice"));
            Objects.requireNonNull(lines, "lines");
        }
    }

    /**
     * Buy {@code buy}, get {@code get} free, the cheapest units free: of {@code n} matching units
     * (over all matching lines), {@code ⌊n / (buy + get)⌋ × get} units are free, taken from the
     * lines with the lowest list unit price first. A free unit's discount is its share of what is
     * left of its line. Example: buy 2 get 1 on 3 × 10.00 and 2 × 4.00: 5 units, ⌊5/3⌋ × 1 = 1 free
     * unit, a 4.00 one.
     *
     * @param buy the units to pay for, at least 1
     * @param get the units free per group, at least 1
     * @param lines the lines it applies to
     */
    record BuyXGetY(int buy, int get, LineSelector lines) implements Benefit {
        /**
         * Validates the counts.
         *
         * @throws IllegalArgumentException if {@code buy} or {@code get} is below 1
         */
        public BuyXGetY {
            if (buy < 1 || get < 1) {
                throw new IllegalArgumentException("buy-x-get-y buy and get must be >= 1: buy " + buy + ", get " + get);
            }
            Objects.requireNonNull(lines, "lines");
        }
    }

    /**
     * Spend more, save more: the tier with the highest threshold the order value (after earlier
     * discounts) reaches applies. Example: tiers 50.00 → 5 %, 100.00 → 10 %: an order of 120.00
     * gets 12.00 off, one of 49.99 nothing.
     *
     * @param tiers the tiers, at least one, strictly increasing thresholds, one currency
     */
    record SpendTiers(List<SpendTier> tiers) implements Benefit {
        /**
         * Validates and copies the tiers.
         *
         * @throws IllegalArgumentException if there are no tiers or the thresholds do not increase
         * @throws CurrencyMismatchException if the thresholds' currencies differ
         */
        public SpendTiers {
            tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
            if (tiers.isEmpty()) {
                throw new IllegalArgumentException("spend tiers must not be empty");
            }
            for (int i = 1; i < tiers.size(); i++) {
                if (Monies.compare(tiers.get(i).threshold(), tiers.get(i - 1).threshold()) <= 0) {
                    throw new IllegalArgumentException("spend tier thresholds must strictly increase: "
                            + Monies.decimal(tiers.get(i).threshold()).toPlainString() + " after "
                            + Monies.decimal(tiers.get(i - 1).threshold()).toPlainString());
                }
            }
        }
    }

    /**
     * Shipping costs nothing. It applies only to carts that ship and have a shipping method, and
     * for {@code stopFurther} it counts as having taken effect whenever it applies (the shipping
     * price is known only after all goods discounts); if that price is already zero, no discount
     * is recorded.
     */
    record FreeShipping() implements Benefit {}

    /** Checks a rate and strips trailing zeros, so that 0.1 and 0.10 are equal. */
    private static BigDecimal requireRate(BigDecimal rate) {
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "discount rate must be in [0, 1] (a fraction, 0.10 for 10 %): " + rate.toPlainString());
        }
        return rate.signum() == 0 ? BigDecimal.ZERO : rate.stripTrailingZeros();
    }
}
