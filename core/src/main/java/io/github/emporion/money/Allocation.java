package io.github.emporion.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Exact allocation: splits an amount into parts, whole minor units each, that add up to the
 * amount exactly — never losing or inventing a cent (or fils, or yen).
 *
 * <p>Method (largest remainder, also called Hamilton's method): each part first gets the floor of
 * its exact share {@code amount × weight / Σ weights} in minor units; the minor units left over are
 * then handed out one at a time to the parts with the largest remainders. Ties go to the part that
 * comes first, so the result is deterministic. A negative amount is allocated as its absolute value
 * and every part negated.
 *
 * <p>Examples: 100.00 EUR by 1:1:1 gives 33.34, 33.33, 33.33; 0.010 KWD by 1:1 gives 0.005, 0.005;
 * 10 JPY by 1:2 gives 3, 7 (shares 3.33 and 6.67: the second has the larger remainder); 0.05 EUR
 * by 1:1 gives 0.03, 0.02.
 */
public final class Allocation {

    private Allocation() {}

    /**
     * Splits {@code amount} in proportion to {@code weights}.
     *
     * @param amount the amount to split; must be a whole number of its currency's minor units
     *     (round it first with {@link MoneyRounding})
     * @param weights the non-negative weights, at least one, with a positive sum
     * @return one part per weight, in order; the parts sum exactly to {@code amount} and a part with
     *     weight zero is zero
     * @throws IllegalArgumentException if a weight is negative, the weights are empty or sum to zero,
     *     or the amount has more decimals than its currency's minor unit
     */
    public static List<MonetaryAmount> byWeights(MonetaryAmount amount, List<BigDecimal> weights) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(weights, "weights");
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("weights must not be empty");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal w = Objects.requireNonNull(weights.get(i), "weights[" + i + "]");
            if (w.signum() < 0) {
                throw new IllegalArgumentException("weights[" + i + "] must be >= 0: " + w.toPlainString());
            }
            total = total.add(w);
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("weights must have a positive sum: " + weights);
        }
        long minor = Monies.toMinorUnits(amount);
        long[] parts = split(Math.abs(minor), weights, total);
        int n = parts.length;
        List<MonetaryAmount> result = new ArrayList<>(n);
        for (long part : parts) {
            result.add(Monies.ofMinorUnits(minor < 0 ? -part : part, amount.getCurrency()));
        }
        return List.copyOf(result);
    }

    /**
     * Splits a whole number of minor units in proportion to whole-number weights, with the same
     * largest-remainder rule as {@link #byWeights}. This is the allocation used in hot loops (a
     * price calculation) where amounts are kept as {@code long} minor units.
     *
     * <p>Example: 1000 (10.00 EUR) by 1:2 gives 333, 667.
     *
     * @param amount the minor units to split; a negative amount is split as its absolute value and
     *     every part negated
     * @param weights the non-negative weights, at least one, with a positive sum
     * @return one part per weight, summing exactly to {@code amount}; a zero weight gets zero
     * @throws IllegalArgumentException if a weight is negative, the weights are empty or sum to zero
     */
    public static long[] splitMinorUnits(long amount, long[] weights) {
        Objects.requireNonNull(weights, "weights");
        List<BigDecimal> decimals = new ArrayList<>(weights.length);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weights[" + i + "] must be >= 0: " + weights[i]);
            }
            decimals.add(BigDecimal.valueOf(weights[i]));
            total = total.add(decimals.get(i));
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("weights must have a positive sum: " + Arrays.toString(weights));
        }
        long[] parts = split(Math.abs(amount), decimals, total);
        if (amount < 0) {
            for (int i = 0; i < parts.length; i++) {
                parts[i] = -parts[i];
            }
        }
        return parts;
    }

    /** Largest-remainder core: splits {@code units >= 0} by validated weights summing to {@code total}. */
    private static long[] split(long units, List<BigDecimal> weights, BigDecimal total) {
        int n = weights.size();
        long[] parts = new long[n];
        BigDecimal[] remainders = new BigDecimal[n];
        long given = 0;
        BigDecimal unitsDecimal = BigDecimal.valueOf(units);
        for (int i = 0; i < n; i++) {
            // exact share = units * w / total; floor it, keep the remainder (units * w mod total) / total
            BigDecimal numerator = unitsDecimal.multiply(weights.get(i));
            BigDecimal floor = numerator.divide(total, 0, RoundingMode.FLOOR);
            parts[i] = floor.longValueExact();
            remainders[i] = numerator.subtract(floor.multiply(total));
            given += parts[i];
        }
        long left = units - given;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        // Largest remainder first; ties to the lower index (stable sort keeps index order).
        Arrays.sort(order, Comparator.comparing((Integer i) -> remainders[i]).reversed());
        for (int k = 0; k < left; k++) {
            parts[order[k]]++;
        }
        return parts;
    }

    /**
     * Splits {@code amount} into {@code parts} near-equal parts; earlier parts get the extra minor
     * units. Example: 100.00 EUR into 3 gives 33.34, 33.33, 33.33.
     *
     * @param amount the amount to split; a whole number of its currency's minor units
     * @param parts the number of parts, at least 1
     * @return the parts, summing exactly to {@code amount}
     * @throws IllegalArgumentException if {@code parts < 1} or the amount has too many decimals
     */
    public static List<MonetaryAmount> evenly(MonetaryAmount amount, int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be >= 1: " + parts);
        }
        BigDecimal[] weights = new BigDecimal[parts];
        Arrays.fill(weights, BigDecimal.ONE);
        return byWeights(amount, List.of(weights));
    }

    /**
     * Splits {@code amount} in proportion to other amounts of the same currency, typically an
     * order-level discount over line totals.
     *
     * @param amount the amount to split; a whole number of its currency's minor units
     * @param basis the amounts whose values are the weights; non-negative, same currency, positive
     *     sum
     * @return one part per basis amount, summing exactly to {@code amount}
     * @throws CurrencyMismatchException if a basis amount is in another currency
     * @throws IllegalArgumentException if a basis amount is negative or all are zero
     */
    public static List<MonetaryAmount> proportionally(MonetaryAmount amount, List<? extends MonetaryAmount> basis) {
        Objects.requireNonNull(basis, "basis");
        List<BigDecimal> weights = new ArrayList<>(basis.size());
        for (MonetaryAmount b : basis) {
            weights.add(Monies.decimal(CurrencyMismatchException.requireCurrency(amount.getCurrency(), b)));
        }
        return byWeights(amount, weights);
    }
}
