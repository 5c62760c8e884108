package io.github.emporion.commerce.order;

import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/** Validation of the amounts an order holds; messages name the field, the value and the rule. */
final class Amounts {
    private Amounts() {}

    /** Checks currency, whole minor units and sign; returns the exact decimal. */
    static BigDecimal requireCharge(String field, CurrencyUnit currency, MonetaryAmount amount) {
        Objects.requireNonNull(amount, field);
        if (!currency.equals(amount.getCurrency())) {
            throw new CurrencyMismatchException(field, currency, amount.getCurrency());
        }
        BigDecimal value = Monies.decimal(amount);
        int digits = Monies.minorDigits(currency);
        if (value.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(field + " must be a whole number of " + currency.getCurrencyCode()
                    + " minor units (" + digits + " decimals): " + value.toPlainString());
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must be >= 0: " + format(amount));
        }
        return value;
    }

    /** Formats an amount with its currency's decimals, e.g. {@code 12.50 EUR}, {@code 1.000 KWD}. */
    static String format(MonetaryAmount amount) {
        return Monies.decimal(amount).toPlainString() + " "
                + amount.getCurrency().getCurrencyCode();
    }

    static String format(BigDecimal value, CurrencyUnit currency) {
        return format(Monies.of(value, currency));
    }
}
