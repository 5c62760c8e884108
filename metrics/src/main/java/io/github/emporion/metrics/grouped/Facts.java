package io.github.emporion.metrics.grouped;

import io.github.emporion.money.CurrencyMismatchException;
import javax.money.MonetaryAmount;

/** Shared row validation. Not public API. */
final class Facts {

    private Facts() {}

    static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative but was " + value);
        }
    }

    static void requireSameCurrency(MonetaryAmount first, MonetaryAmount... others) {
        for (MonetaryAmount other : others) {
            CurrencyMismatchException.requireSameCurrency(first, other);
        }
    }
}
