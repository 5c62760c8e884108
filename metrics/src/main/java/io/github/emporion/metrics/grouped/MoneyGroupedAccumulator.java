package io.github.emporion.metrics.grouped;

import io.github.emporion.money.CurrencyMismatchException;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * A grouped accumulator whose sums are money in one currency: rows and merged accumulators in any
 * other currency are rejected with {@link CurrencyMismatchException} before anything changes. Not
 * public API; the public subclasses document the contract.
 */
abstract class MoneyGroupedAccumulator<
                K, T, G extends GroupState<? super T, G>, S, A extends MoneyGroupedAccumulator<K, T, G, S, A>>
        extends GroupedAccumulator<K, T, G, S, A> {

    private final CurrencyUnit currency;

    MoneyGroupedAccumulator(CurrencyUnit currency) {
        this.currency = Objects.requireNonNull(currency, "currency");
        MinorUnits.digits(currency);
    }

    /**
     * Returns the currency of every money sum.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /** The currency a row's amounts are in. */
    abstract CurrencyUnit currencyOf(T row);

    @Override
    void check(T row) {
        CurrencyUnit rowCurrency = currencyOf(row);
        if (!currency.equals(rowCurrency)) {
            throw new CurrencyMismatchException(currency, rowCurrency);
        }
    }

    @Override
    void checkCompatible(A other) {
        if (!currency.equals(other.currency())) {
            throw new CurrencyMismatchException(currency, other.currency());
        }
    }
}
