package io.github.emporion.metrics.grouped;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Exact conversion between amounts and whole minor units (cents for EUR, yen for JPY, fils for
 * KWD), the representation of money inside the accumulators.
 */
public final class MinorUnits {

    private MinorUnits() {}

    /**
     * Returns {@code amount} as a whole number of minor units of its currency.
     *
     * @param name the argument name for error messages
     * @param amount the amount, e.g. EUR 12.34
     * @return the minor units, e.g. 1234
     * @throws IllegalArgumentException if the amount has finer precision than the minor unit, the
     *     currency has no minor unit, or the result does not fit a {@code long}
     */
    public static long of(String name, MonetaryAmount amount) {
        Objects.requireNonNull(amount, name);
        int digits = digits(amount.getCurrency());
        BigDecimal value = amount.getNumber().numberValueExact(BigDecimal.class);
        try {
            return value.movePointRight(digits).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    name + " must be a whole number of minor units (" + digits + " decimals for "
                            + amount.getCurrency().getCurrencyCode() + ") but was " + amount,
                    e);
        }
    }

    /**
     * Returns {@code minorUnits} of {@code currency} as an amount.
     *
     * @param minorUnits the minor units, e.g. 1234
     * @param currency the currency, e.g. EUR
     * @return the amount, e.g. EUR 12.34
     */
    public static MonetaryAmount toAmount(long minorUnits, CurrencyUnit currency) {
        return Money.of(BigDecimal.valueOf(minorUnits, digits(currency)), currency);
    }

    static int digits(CurrencyUnit currency) {
        int digits = Objects.requireNonNull(currency, "currency").getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(
                    "currency " + currency.getCurrencyCode() + " has no minor unit and cannot be summed");
        }
        return digits;
    }
}
