package io.github.emporion.money;

import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Thrown when two amounts (or an amount and an expected currency) that must share one currency do
 * not. The message names both currencies.
 *
 * <p>Moneta's {@code compareTo} silently ignores the currency; Emporion checks it explicitly
 * wherever amounts meet.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String actual;

    /**
     * Creates the exception for two currencies that should have been equal.
     *
     * @param expected the currency the operation works in
     * @param actual the currency that was offered
     */
    public CurrencyMismatchException(CurrencyUnit expected, CurrencyUnit actual) {
        super("currency mismatch: expected " + expected.getCurrencyCode() + " but got " + actual.getCurrencyCode());
        this.expected = expected.getCurrencyCode();
        this.actual = actual.getCurrencyCode();
    }

    /**
     * Creates the exception for a named field whose currency is not the expected one; the message
     * starts with the field, e.g. {@code "lines[1].unitPrice: currency mismatch: expected EUR but got
     * USD"}.
     *
     * @param field the field or argument that holds the offending amount
     * @param expected the currency the operation works in
     * @param actual the currency that was offered
     */
    public CurrencyMismatchException(String field, CurrencyUnit expected, CurrencyUnit actual) {
        super(field + ": currency mismatch: expected " + expected.getCurrencyCode() + " but got "
                + actual.getCurrencyCode());
        this.expected = expected.getCurrencyCode();
        this.actual = actual.getCurrencyCode();
    }

    /**
     * Returns the ISO 4217 code of the currency the operation works in.
     *
     * @return the expected currency code, e.g. {@code "EUR"}
     */
    public String expectedCurrency() {
        return expected;
    }

    /**
     * Returns the ISO 4217 code of the currency that was offered.
     *
     * @return the offending currency code, e.g. {@code "USD"}
     */
    public String actualCurrency() {
        return actual;
    }

    /**
     * Checks that {@code amount} is in {@code currency}.
     *
     * @param currency the required currency
     * @param amount the amount to check
     * @return {@code amount}, for chaining
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static MonetaryAmount requireCurrency(CurrencyUnit currency, MonetaryAmount amount) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        if (!currency.equals(amount.getCurrency())) {
            throw new CurrencyMismatchException(currency, amount.getCurrency());
        }
        return amount;
    }

    /**
     * Checks that two amounts share one currency.
     *
     * @param a the first amount, whose currency is taken as expected
     * @param b the second amount
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static void requireSameCurrency(MonetaryAmount a, MonetaryAmount b) {
        Objects.requireNonNull(a, "a");
        requireCurrency(a.getCurrency(), b);
    }
}
