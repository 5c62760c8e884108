package io.github.emporion.commerce.pricing;

import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The priced shipping charge of a cart. This class is immutable and thread-safe.
 *
 * <p>{@code charged = price − discount} is in the price mode; {@code net + tax = gross} and
 * {@code charged} equals {@code net} (net mode) or {@code gross} (gross mode).
 *
 * @param method the shipping method
 * @param price the method's price for this cart, before shipping discounts
 * @param discount the shipping discount (free shipping), at most {@code price}
 * @param net the net charge
 * @param tax the tax on the charge
 * @param gross the gross charge
 * @param taxRate the rate applied to shipping
 */
public record ShippingBreakdown(
        ShippingMethod method,
        MonetaryAmount price,
        MonetaryAmount discount,
        MonetaryAmount net,
        MonetaryAmount tax,
        MonetaryAmount gross,
        TaxRate taxRate) {

    /**
     * Validates that the figures add up.
     *
     * @throws IllegalArgumentException if an amount is negative, the discount exceeds the price,
     *     {@code net + tax ≠ gross} or the charge is neither net nor gross
     * @throws CurrencyMismatchException if the currencies differ
     */
    public ShippingBreakdown {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(taxRate, "taxRate");
        for (MonetaryAmount m : List.of(
                Objects.requireNonNull(price, "price"),
                Objects.requireNonNull(discount, "discount"),
                Objects.requireNonNull(net, "net"),
                Objects.requireNonNull(tax, "tax"),
                Objects.requireNonNull(gross, "gross"))) {
            Monies.requireNonNegativeMinorUnits(
                    "shipping amount", CurrencyMismatchException.requireCurrency(price.getCurrency(), m));
        }
        BigDecimal charged = Monies.decimal(price).subtract(Monies.decimal(discount));
        if (charged.signum() < 0) {
            throw new IllegalArgumentException("shipping discount must be <= price "
                    + Monies.decimal(price).toPlainString() + ": "
                    + Monies.decimal(discount).toPlainString());
        }
        if (Monies.decimal(net).add(Monies.decimal(tax)).compareTo(Monies.decimal(gross)) != 0) {
            throw new IllegalArgumentException("shipping net + tax must equal gross: " + Monies.decimal(net) + " + "
                    + Monies.decimal(tax) + " ≠ " + Monies.decimal(gross));
        }
        if (charged.compareTo(Monies.decimal(net)) != 0 && charged.compareTo(Monies.decimal(gross)) != 0) {
            throw new IllegalArgumentException(
                    "shipping price − discount must equal net or gross: " + charged.toPlainString());
        }
    }

    /**
     * Returns what the customer is charged for shipping, in the price mode.
     *
     * @return {@code price − discount}
     */
    public MonetaryAmount charged() {
        return Monies.subtract(price, discount);
    }
}
