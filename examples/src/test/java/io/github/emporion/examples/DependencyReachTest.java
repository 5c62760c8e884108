package io.github.emporion.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * This module depends on Emporion exactly as a user would (the BOM plus declared artifacts). These
 * tests fail with {@code NoClassDefFoundError} if the artifacts stop bringing what Moneta needs at
 * run time (for example {@code jakarta.annotation-api}).
 */
class DependencyReachTest {

    @Test
    void moneyCall_withOnlyEmporionCoreDeclared_works() {
        MonetaryAmount price = Monetary.getDefaultAmountFactory()
                .setCurrency("KWD")
                .setNumber(new BigDecimal("12.345"))
                .create();
        MonetaryAmount twice = price.add(price);
        assertThat(twice.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("24.690");
        assertThat(Monetary.getCurrency("JPY").getDefaultFractionDigits()).isZero();
    }

    @Test
    void emporionCurrencyCheck_rejectsMismatch_namingBothCurrencies() {
        MonetaryAmount eur = Monetary.getDefaultAmountFactory()
                .setCurrency("EUR")
                .setNumber(1)
                .create();
        assertThatThrownBy(() -> CurrencyMismatchException.requireCurrency(Monetary.getCurrency("USD"), eur))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("USD")
                .hasMessageContaining("EUR");
    }
}
