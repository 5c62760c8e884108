package io.github.emporion.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Small, currency-safe helpers for {@link MonetaryAmount}s: creation from exact decimals, the
 * currency's minor units, and comparisons that refuse to compare different currencies.
 *
 * <p>All amounts Emporion creates are Moneta {@link Money} instances backed by {@link BigDecimal};
 * nothing here goes through {@code double}.
 */
public final class Monies {

    private Monies() {}

    /**
     * Creates an amount from an exact decimal.
     *
     * @param amount the amount, e.g. {@code new BigDecimal("12.50")}
     * @param currency the currency
     * @return the amount, unrounded
     */
    public static MonetaryAmount of(BigDecimal amount, CurrencyUnit currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        return Money.of(amount, currency);
    }

    /**
     * Creates an amount from a decimal string and an ISO 4217 currency code.
     *
     * @param amount the amount as a plain decimal string, e.g. {@code "12.345"}
     * @param currencyCode the currency code, e.g. {@code "KWD"}
     * @return the amount, unrounded
     * @throws IllegalArgumentException if {@code amount} is not a decimal number
     * @throws javax.money.UnknownCurrencyException if the currency code is unknown
     */
    public static MonetaryAmount of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal value;
        try {
            value = new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount must be a decimal number: '" + amount + "'", e);
        }
        return of(value, Monetary.getCurrency(Objects.requireNonNull(currencyCode, "currencyCode")));
    }

    /**
     * Returns zero in the given currency.
     *
     * @param currency the currency
     * @return a zero amount in {@code currency}
     */
    public static MonetaryAmount zero(CurrencyUnit currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /**
     * Returns the exact decimal value of an amount, with at least the currency's minor-unit
     * decimals. Moneta drops trailing zeros ({@code 1.000 KWD} is stored as {@code 1}); this puts
     * them back without rounding, so 1 KWD reads {@code 1.000} and 12.3456 EUR stays {@code
     * 12.3456}.
     *
     * @param amount the amount
     * @return its exact value as a {@link BigDecimal}
     */
    public static BigDecimal decimal(MonetaryAmount amount) {
        BigDecimal value = Objects.requireNonNull(amount, "amount").getNumber().numberValue(BigDecimal.class);
        int digits = Math.max(0, amount.getCurrency().getDefaultFractionDigits());
        return value.scale() >= digits ? value : value.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /**
     * Returns the number of minor-unit digits of the currency (2 for EUR, 0 for JPY, 3 for KWD).
     *
     * @param currency the currency
     * @return its default fraction digits
     * @throws IllegalArgumentException if the currency has no minor unit definition (negative)
     */
    public static int minorDigits(CurrencyUnit currency) {
        int digits = Objects.requireNonNull(currency, "currency").getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(
                    "currency " + currency.getCurrencyCode() + " has no minor unit (fraction digits " + digits + ")");
        }
        return digits;
    }

    /**
     * Converts an amount to a whole number of the currency's minor units (cents, fils, yen).
     *
     * @param amount an amount that is already a whole number of minor units
     * @return the amount in minor units, e.g. 12.345 KWD gives 12345
     * @throws IllegalArgumentException if the amount has more decimals than the currency's minor unit
     *     (round it first with {@link MoneyRounding}) or does not fit in a {@code long}
     */
    public static long toMinorUnits(MonetaryAmount amount) {
        int digits = minorDigits(amount.getCurrency());
        BigDecimal value = decimal(amount);
        try {
            return value.setScale(digits, RoundingMode.UNNECESSARY)
                    .movePointRight(digits)
                    .longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "amount must be a whole number of " + amount.getCurrency().getCurrencyCode() + " minor units ("
                            + digits + " decimals) that fits in a long: " + value.toPlainString(),
                    e);
        }
    }

    /**
     * Creates an amount from a whole number of minor units.
     *
     * @param minorUnits the amount in minor units, e.g. 12345
     * @param currency the currency, e.g. KWD
     * @return the amount with the currency's scale, e.g. 12.345 KWD
     */
    public static MonetaryAmount ofMinorUnits(long minorUnits, CurrencyUnit currency) {
        return of(BigDecimal.valueOf(minorUnits, minorDigits(currency)), currency);
    }

    /**
     * Compares two amounts of the same currency by value. Unlike Moneta's {@code compareTo}, a
     * different currency is an error, never silently ignored.
     *
     * @param a the first amount
     * @param b the second amount
     * @return a negative number, zero or a positive number as {@code a} is less than, equal to or
     *     greater than {@code b}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static int compare(MonetaryAmount a, MonetaryAmount b) {
        CurrencyMismatchException.requireSameCurrency(a, b);
        return decimal(a).compareTo(decimal(b));
    }

    /**
     * Adds two amounts of the same currency.
     *
     * @param a the first amount
     * @param b the second amount
     * @return {@code a + b}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static MonetaryAmount add(MonetaryAmount a, MonetaryAmount b) {
        CurrencyMismatchException.requireSameCurrency(a, b);
        return of(decimal(a).add(decimal(b)), a.getCurrency());
    }

    /**
     * Subtracts two amounts of the same currency.
     *
     * @param a the amount to subtract from
     * @param b the amount to subtract
     * @return {@code a - b}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static MonetaryAmount subtract(MonetaryAmount a, MonetaryAmount b) {
        CurrencyMismatchException.requireSameCurrency(a, b);
        return of(decimal(a).subtract(decimal(b)), a.getCurrency());
    }

    /**
     * Sums amounts in one currency.
     *
     * @param currency the currency of the sum (and of every part)
     * @param amounts the parts
     * @return the exact sum, zero for no parts
     * @throws CurrencyMismatchException if a part is in another currency
     */
    public static MonetaryAmount sum(CurrencyUnit currency, Iterable<? extends MonetaryAmount> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (MonetaryAmount amount : Objects.requireNonNull(amounts, "amounts")) {
            total = total.add(decimal(CurrencyMismatchException.requireCurrency(currency, amount)));
        }
        return of(total, currency);
    }

    /**
     * Tells whether two amounts are equal in currency and value, ignoring the decimal scale
     * ({@code 1.5 EUR} equals {@code 1.50 EUR}; zero euros never equal zero dollars).
     *
     * @param a the first amount
     * @param b the second amount
     * @return true if both currency and numeric value are equal
     */
    public static boolean isEqual(MonetaryAmount a, MonetaryAmount b) {
        return a.getCurrency().equals(b.getCurrency()) && decimal(a).compareTo(decimal(b)) == 0;
    }

    /**
     * Checks that an amount is usable as a price: not negative and a whole number of its
     * currency's minor units (so 1.005 EUR or 12.5 JPY are refused, 0.005 KWD is fine).
     *
     * @param field the name of the field being checked, used in the error message
     * @param amount the amount
     * @return {@code amount}, for chaining
     * @throws IllegalArgumentException naming the field, the value and the rule if the amount is
     *     negative or has more decimals than its currency's minor unit
     */
    public static MonetaryAmount requireNonNegativeMinorUnits(String field, MonetaryAmount amount) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(amount, field);
        BigDecimal value = decimal(amount);
        String code = amount.getCurrency().getCurrencyCode();
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must be >= 0: " + code + " " + value.toPlainString());
        }
        int digits = minorDigits(amount.getCurrency());
        if (value.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(field + " must be a whole number of " + code + " minor units (" + digits
                    + " decimals): " + code + " " + value.toPlainString());
        }
        return amount;
    }
}
