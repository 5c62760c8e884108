package io.github.emporion.metrics.kpi;

import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Small shared checks and conversions for the KPI formulas. Not public API. */
final class KpiMath {

    private KpiMath() {}

    static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    static long requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative but was " + value);
        }
        return value;
    }

    static BigDecimal requireNonNegative(String name, BigDecimal value) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative but was " + value.toPlainString());
        }
        return value;
    }

    static MonetaryAmount requireNonNegative(String name, MonetaryAmount value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative but was " + value);
        }
        return value;
    }

    /** Checks that every amount is in the currency of the first one and returns that currency. */
    static CurrencyUnit requireOneCurrency(MonetaryAmount first, MonetaryAmount... others) {
        Objects.requireNonNull(first, "amount");
        for (MonetaryAmount other : others) {
            CurrencyMismatchException.requireCurrency(first.getCurrency(), other);
        }
        return first.getCurrency();
    }

    static MonetaryAmount money(BigDecimal value, CurrencyUnit currency) {
        return Money.of(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros(), currency);
    }
}
