package io.github.emporion.commerce.pricing;

import io.github.emporion.money.MoneyRounding;
import java.util.Objects;

/**
 * The rounding rules of a price calculation, applied in one place each. Catalog prices and
 * shipping prices are whole minor units already; only percentage discounts, per-unit splits of
 * free items and taxes need rounding. This class is immutable and thread-safe.
 *
 * @param discount how a percentage discount is rounded to minor units (default {@link
 *     MoneyRounding#HALF_DOWN}, like commercetools: 50 % of 1.01 is 0.50)
 * @param tax how tax is rounded to minor units (default {@link MoneyRounding#HALF_EVEN})
 * @param taxCalculation where tax is rounded (default {@link TaxCalculationMode#LINE})
 */
public record RoundingPolicy(MoneyRounding discount, MoneyRounding tax, TaxCalculationMode taxCalculation) {

    /** HALF_DOWN discounts, HALF_EVEN tax, rounded per line. */
    public static final RoundingPolicy DEFAULT =
            new RoundingPolicy(MoneyRounding.HALF_DOWN, MoneyRounding.HALF_EVEN, TaxCalculationMode.LINE);

    /** Checks for nulls. */
    public RoundingPolicy {
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(taxCalculation, "taxCalculation");
    }

    /**
     * Returns a copy with another tax calculation mode.
     *
     * @param mode where tax is rounded
     * @return the changed policy
     */
    public RoundingPolicy withTaxCalculation(TaxCalculationMode mode) {
        return new RoundingPolicy(discount, tax, mode);
    }

    /**
     * Returns a copy with another tax rounding rule.
     *
     * @param rounding how tax is rounded
     * @return the changed policy
     */
    public RoundingPolicy withTaxRounding(MoneyRounding rounding) {
        return new RoundingPolicy(discount, rounding, taxCalculation);
    }

    /**
     * Returns a copy with another discount rounding rule.
     *
     * @param rounding how percentage discounts are rounded
     * @return the changed policy
     */
    public RoundingPolicy withDiscountRounding(MoneyRounding rounding) {
        return new RoundingPolicy(rounding, tax, taxCalculation);
    }
}
