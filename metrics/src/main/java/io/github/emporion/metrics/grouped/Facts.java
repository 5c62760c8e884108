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

    static void requireNonNegative(String name, MonetaryAmount value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative but was " + value);
        }
    }

    static void requireAtMost(String name, long value, String boundName, long bound) {
        if (value > bound) {
            throw new IllegalArgumentException(name + " " + value + " must not exceed " + boundName + " " + bound);
        }
    }

    static void requireSameCurrency(MonetaryAmount first, MonetaryAmount... others) {
        for (MonetaryAmount other : others) {
            CurrencyMismatchException.requireSameCurrency(first, other);
        }
    }
}
