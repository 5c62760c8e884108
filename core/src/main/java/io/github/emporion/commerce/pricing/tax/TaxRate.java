package io.github.emporion.commerce.pricing.tax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A named tax rate as a fraction: 19 % VAT is {@code 0.19}, New York City's combined sales tax of
 * 8.875 % is {@code 0.08875}. This class is immutable and thread-safe.
 *
 * <p>Two rates are equal when name and numeric value are equal ({@code 0.19} equals {@code
 * 0.190}).
 *
 * @param name the label shown in a breakdown, e.g. {@code "DE VAT 19%"}, not blank
 * @param rate the rate, in [0, 1]
 */
public record TaxRate(String name, BigDecimal rate) {

    /**
     * Validates the rate and strips trailing zeros.
     *
     * @throws IllegalArgumentException if the name is blank or the rate is outside [0, 1]
     */
    public TaxRate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rate, "rate");
        if (name.isBlank()) {
            throw new IllegalArgumentException("tax rate name must not be blank: '" + name + "'");
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("tax rate " + name
                    + " rate must be in [0, 1] (a fraction, 0.19 for 19 %): " + rate.toPlainString());
        }
        rate = rate.signum() == 0 ? BigDecimal.ZERO : rate.stripTrailingZeros();
    }

    /**
     * Creates a rate.
     *
     * @param name the label
     * @param rate the rate as a decimal string, e.g. {@code "0.19"}
     * @return the rate
     * @throws IllegalArgumentException if the name is blank or the rate is not a number in [0, 1]
     */
    public static TaxRate of(String name, String rate) {
        Objects.requireNonNull(rate, "rate");
        try {
            return new TaxRate(name, new BigDecimal(rate));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "tax rate " + name + " rate must be a decimal number: '" + rate + "'", e);
        }
    }

    /**
     * A zero rate (exempt goods, out-of-scope services).
     *
     * @param name the label
     * @return a rate of 0
     */
    public static TaxRate zero(String name) {
        return new TaxRate(name, BigDecimal.ZERO);
    }
}
