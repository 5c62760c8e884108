package io.github.emporion.commerce.pricing;

import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The tax of one rate over an order: the net amount taxed at that rate and the tax on it (the
 * "VAT 19 % on 100.00: 19.00" row of an invoice). This class is immutable and thread-safe.
 *
 * @param rate the rate
 * @param net the net amount taxed at the rate (lines and shipping), not negative
 * @param tax the tax, not negative, same currency
 */
public record TaxPortion(TaxRate rate, MonetaryAmount net, MonetaryAmount tax) {

    /**
     * Validates the portion.
     *
     * @throws IllegalArgumentException if an amount is negative or has fractions of a minor unit
     * @throws CurrencyMismatchException if the currencies differ
     */
    public TaxPortion {
        Objects.requireNonNull(rate, "rate");
        Monies.requireNonNegativeMinorUnits("tax portion net", Objects.requireNonNull(net, "net"));
        Monies.requireNonNegativeMinorUnits("tax portion tax", Objects.requireNonNull(tax, "tax"));
        CurrencyMismatchException.requireSameCurrency(net, tax);
    }

    /**
     * Returns net plus tax.
     *
     * @return the gross amount at this rate
     */
    public MonetaryAmount gross() {
        return Monies.add(net, tax);
    }
}
