package io.github.emporion.commerce.order;

import io.github.emporion.money.Monies;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An amount as charged, split into net and tax: {@code net + tax = gross}, exactly, each a
 * non-negative whole number of the currency's minor units. Used for an order line and for the
 * shipping charge.
 *
 * <p>Example: net 10.00 EUR, tax 1.90 EUR, gross 11.90 EUR; net 1.000 KWD, tax 0 KWD, gross 1.000
 * KWD.
 *
 * <p>This record is immutable and thread-safe. Equality compares values, not decimal scale.
 *
 * @param net the amount without tax
 * @param tax the tax on it
 * @param gross the amount with tax
 */
public record TaxedAmount(MonetaryAmount net, MonetaryAmount tax, MonetaryAmount gross) {

    /**
     * Validates the amounts.
     *
     * @throws io.github.emporion.money.CurrencyMismatchException if the currencies differ
     * @throws IllegalArgumentException if an amount is negative or not whole minor units, or
     *     {@code net + tax != gross}
     */
    public TaxedAmount {
        check("amount", net, tax, gross);
    }

    /**
     * Creates a taxed amount.
     *
     * @param net the amount without tax
     * @param tax the tax
     * @param gross the amount with tax, equal to {@code net + tax}
     * @return the taxed amount
     * @throws IllegalArgumentException as the constructor
     */
    public static TaxedAmount of(MonetaryAmount net, MonetaryAmount tax, MonetaryAmount gross) {
        return new TaxedAmount(net, tax, gross);
    }

    /**
     * Returns a zero amount (no charge).
     *
     * @param currency the currency
     * @return net, tax and gross all zero
     */
    public static TaxedAmount zero(javax.money.CurrencyUnit currency) {
        MonetaryAmount zero = Monies.ofMinorUnits(0, currency);
        return new TaxedAmount(zero, zero, zero);
    }

    static void check(String field, MonetaryAmount net, MonetaryAmount tax, MonetaryAmount gross) {
        Objects.requireNonNull(net, field + ".net");
        var currency = net.getCurrency();
        var n = Amounts.requireCharge(field + ".net", currency, net);
        var t = Amounts.requireCharge(field + ".tax", currency, tax);
        var g = Amounts.requireCharge(field + ".gross", currency, gross);
        if (n.add(t).compareTo(g) != 0) {
            throw new IllegalArgumentException(field + ": net + tax must equal gross: " + Amounts.format(net) + " + "
                    + Amounts.format(tax) + " != " + Amounts.format(gross));
        }
    }
}
